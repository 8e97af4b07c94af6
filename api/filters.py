"""Query-string filters for list endpoints (django-filter): bad values give a 400 naming the key."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from accounts.models import Region, Sector, Stage
from api.fields import ID_SCHEMA, MAX_ID, SEARCH_MAX_LENGTH, TRUE_OR_FALSE
from matching.models import MentoringRequest, Mentorship, Proposal
from programme import selectors as programme_selectors


@extend_schema_field(dict(ID_SCHEMA))
class IdFilter(filters.NumberFilter):
    # NumberFilter would accept 1.5 and quietly truncate it to 1; ids are whole numbers.
    field_class = forms.IntegerField


class TrueOrFalse(forms.Field):
    """A query-string boolean as the schema writes it: `true` or `false`, nothing else.
    (django-filter's own also took 1, 0, True and null, the last as "no filter".)"""

    default_error_messages = {"invalid": "Use true or false."}

    def to_python(self, value: Any) -> bool | None:
        if value in self.empty_values:
            return None
        if value not in TRUE_OR_FALSE:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return TRUE_OR_FALSE[value]


@extend_schema_field({"type": "boolean"})
class BooleanFilter(filters.BooleanFilter):
    field_class = TrueOrFalse

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # django-filter's BooleanWidget reads anything but true/false as "no filter".
        kwargs.setdefault("widget", forms.TextInput)
        super().__init__(*args, **kwargs)


class ProposalFilter(filters.FilterSet):
    request = IdFilter(field_name="request_id", min_value=1, max_value=MAX_ID)
    mentor = IdFilter(field_name="mentor_id", min_value=1, max_value=MAX_ID)
    status = filters.ChoiceFilter(choices=Proposal.Status.choices)
    recommended = BooleanFilter()
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


def _search(field: str) -> filters.CharFilter:
    """Case-insensitive "contains" search, capped so a pasted essay is a 400, not a slow scan."""
    return filters.CharFilter(
        field_name=field, lookup_expr="icontains", max_length=SEARCH_MAX_LENGTH
    )


class MentoringRequestFilter(filters.FilterSet):
    """The coordinator's request list (docs/programme.md, "Coordinator lists and pages")."""

    status = filters.ChoiceFilter(choices=MentoringRequest.Status.choices)
    stage = filters.ChoiceFilter(field_name="organisation__stage", choices=Stage.choices)
    sector = filters.ModelChoiceFilter(
        field_name="organisation__sectors",
        queryset=Sector.objects.all(),
        to_field_name="slug",
        distinct=True,
    )
    region = filters.ChoiceFilter(field_name="organisation__region", choices=Region.choices)
    q = _search("organisation__name")

    class Meta:
        model = MentoringRequest
        fields = ["status", "stage", "sector", "region", "q"]


class MentorshipFilter(filters.FilterSet):
    """Needs the attention annotations of programme.selectors.mentorships_with_progress."""

    status = filters.ChoiceFilter(choices=Mentorship.Status.choices)
    attention = filters.ChoiceFilter(
        choices=[("any", "Any flag"), *programme_selectors.ATTENTION_LABELS.items()],
        method="filter_attention",
    )
    q = filters.CharFilter(method="filter_q", max_length=SEARCH_MAX_LENGTH)

    class Meta:
        model = Mentorship
        fields = ["status", "attention", "q"]

    def filter_attention(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(programme_selectors.attention_filter(value))

    def filter_q(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return programme_selectors.mentorships_filtered(queryset, q=value)
