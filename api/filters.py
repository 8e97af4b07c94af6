"""Query-string filters for list endpoints (django-filter): bad values give a 400 naming the key."""

from __future__ import annotations

from django import forms
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from accounts.models import Region, Sector, Stage
from matching.models import Proposal

# A 64-bit id: larger numbers would overflow SQLite's INTEGER inside the query (a 500).
MAX_ID = 2**63 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(filters.NumberFilter):
    # NumberFilter would accept 1.5 and quietly truncate it to 1; ids are whole numbers.
    field_class = forms.IntegerField


class ProposalFilter(filters.FilterSet):
    request = IdFilter(field_name="request_id", min_value=1, max_value=MAX_ID)
    mentor = IdFilter(field_name="mentor_id", min_value=1, max_value=MAX_ID)
    status = filters.ChoiceFilter(choices=Proposal.Status.choices)
    recommended = filters.BooleanFilter()
    # The coordinator's queue filters by the requesting organisation without fetching them all.
    sector = filters.ModelChoiceFilter(
        field_name="request__organisation__sectors",
        queryset=Sector.objects.all(),
        to_field_name="slug",
        distinct=True,
    )
    stage = filters.ChoiceFilter(field_name="request__organisation__stage", choices=Stage.choices)
    region = filters.ChoiceFilter(
        field_name="request__organisation__region", choices=Region.choices
    )

    class Meta:
        model = Proposal
        fields = ["request", "mentor", "status", "recommended", "sector", "stage", "region"]
