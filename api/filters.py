"""Query-string filters for list endpoints (django-filter): bad values give a 400 naming the key."""

from __future__ import annotations

from django import forms
from django_filters import rest_framework as filters

from matching.models import Proposal

# A 64-bit id: larger numbers would overflow SQLite's INTEGER inside the query (a 500).
MAX_ID = 2**63 - 1


class IdFilter(filters.NumberFilter):
    # NumberFilter would accept 1.5 and quietly truncate it to 1; ids are whole numbers.
    field_class = forms.IntegerField


class ProposalFilter(filters.FilterSet):
    request = IdFilter(field_name="request_id", min_value=1, max_value=MAX_ID)
    mentor = IdFilter(field_name="mentor_id", min_value=1, max_value=MAX_ID)
    status = filters.ChoiceFilter(choices=Proposal.Status.choices)
    recommended = filters.BooleanFilter()

    class Meta:
        model = Proposal
        fields = ["request", "mentor", "status", "recommended"]
