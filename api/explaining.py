"""Proposal fields that explain a match: sentences per factor, and the mentor's load and capacity.

Lists load what the sentences need for all their proposals at once (a fixed number of queries),
so `ProposalSerializer` reads them from the context rather than one query per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from django.db.models import Count, Manager, QuerySet
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import Role, User
from api.fields import Serializer
from matching import explanations, selectors
from matching.models import Proposal

FACTS = "explanation_facts"
LOADS = "mentor_loads"
RECOMMENDED_ELSEWHERE = "recommended_elsewhere"
LIVE = "live_introductions"
LIVE_STATUSES = (Proposal.Status.APPROVED, Proposal.Status.ACCEPTED)


class ExplanationItemSerializer(Serializer[Any]):
    feature = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # the API contract names it `label`
    value = serializers.FloatField(allow_null=True)
    weight = serializers.FloatField()
    contribution = serializers.FloatField()
    sentence = serializers.CharField(help_text="The factor in words, from the raw facts.")
    max = serializers.FloatField(
        help_text=(
            "What a close match gets from this factor: its weight, or for the words (`text`) its "
            "weight times 0.3, a similarity few pairs reach. For drawing a bar."
        )
    )


def _audience(context: Mapping[str, Any]) -> str:
    request = context.get("request")
    user = getattr(request, "user", None)
    is_mentee = isinstance(user, User) and user.role == Role.MENTEE
    return explanations.MENTEE if is_mentee else explanations.OTHERS


def _recommended_elsewhere(proposals: Sequence[Proposal]) -> dict[int, int]:
    """Per mentor: other requests they are recommended for and still open (one grouped query)."""
    mentor_ids = {p.mentor_id for p in proposals}
    rows = (
        Proposal.objects.filter(
            mentor_id__in=mentor_ids,
            recommended=True,
            status__in=Proposal.OPEN_STATUSES,
        )
        .values_list("mentor_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    return dict(rows)


def _is_coordinator(context: Mapping[str, Any]) -> bool:
    user = getattr(context.get("request"), "user", None)
    return isinstance(user, User) and user.role == Role.COORDINATOR


def _live_introductions(proposals: Sequence[Proposal]) -> dict[int, dict[str, Any]]:
    """Per request: the introduction under way (approved or accepted), if any (one query)."""
    rows = Proposal.objects.filter(
        request_id__in={p.request_id for p in proposals}, status__in=LIVE_STATUSES
    ).values_list("request_id", "pk", "status", "mentor__user__full_name")
    return {
        request_id: {"proposal": pk, "status": status, "mentor_name": name}
        for request_id, pk, status, name in rows.order_by("status_changed_at", "pk")
    }


def load_context(proposals: Iterable[Proposal], shared: Mapping[str, Any]) -> None:
    """Fill the context with what every proposal in the list needs: eight queries at most.

    DRF types the context as a Mapping, but it is the root serializer's own dict, shared by
    every field, which is what lets a list load once for all its rows.
    """
    context = cast(dict[str, Any], shared)
    items = [p for p in proposals if p.pk not in context.get(FACTS, {})]
    if not items:
        return
    selectors.proposals_attach_terms(items)
    context.setdefault(FACTS, {}).update(explanations.facts_for(items, audience=_audience(context)))
    context.setdefault(LOADS, {}).update(selectors.mentor_loads({p.mentor_id for p in items}))
    context.setdefault(RECOMMENDED_ELSEWHERE, {}).update(_recommended_elsewhere(items))
    # Only coordinators choose between mentors; others never see a rival's name.
    if _is_coordinator(context):
        context.setdefault(LIVE, {}).update(_live_introductions(items))


class ProposalListSerializer(serializers.ListSerializer[Any]):
    def to_representation(self, data: Any) -> list[Any]:
        items = list(data.all() if isinstance(data, Manager | QuerySet) else data)
        load_context(items, self.context)
        return super().to_representation(items)


class MentorLoadSerializer(Serializer[Any]):
    capacity = serializers.IntegerField(help_text="The most mentorships the mentor runs at once.")
    load = serializers.IntegerField(
        help_text="Places taken: live mentorships plus accepted introductions."
    )
    recommended_elsewhere = serializers.IntegerField(
        help_text="Other open requests this mentor is recommended for (0 unless coordinator)."
    )


class LiveIntroductionSerializer(Serializer[Any]):
    proposal = serializers.IntegerField()
    # A plain string: a second, smaller enum of proposal statuses would clash in the schema.
    status = serializers.CharField(help_text="approved or accepted")
    mentor_name = serializers.CharField()


class ExplainedProposalMixin(Serializer[Any]):
    """Adds `explanation` with sentences, and the mentor's load, to a proposal serializer."""

    explanation = serializers.SerializerMethodField()
    mentor_load = serializers.SerializerMethodField()
    on_hold_for = serializers.SerializerMethodField()

    def to_representation(self, instance: Any) -> Any:
        # Before any field: every field below reads what this loads (the nested request and
        # mentor read the terms it attaches). A list has loaded all its rows already, and this
        # finds nothing left to do.
        load_context([instance], self.context)
        return super().to_representation(instance)

    @extend_schema_field(ExplanationItemSerializer(many=True))
    def get_explanation(self, proposal: Proposal) -> list[dict[str, Any]]:
        facts = self.context[FACTS].get(proposal.pk)
        return explanations.explain(proposal.explanation, facts)

    @extend_schema_field(MentorLoadSerializer)
    def get_mentor_load(self, proposal: Proposal) -> dict[str, int]:
        elsewhere = self.context[RECOMMENDED_ELSEWHERE].get(proposal.mentor_id, 0)
        if proposal.recommended and proposal.status in Proposal.OPEN_STATUSES:
            elsewhere -= 1  # this request itself is not "elsewhere"
        if not _is_coordinator(self.context):
            elsewhere = 0  # other organisations' suggestions are the programme team's business
        return {
            "capacity": proposal.mentor.capacity,
            "load": self.context[LOADS].get(proposal.mentor_id, 0),
            "recommended_elsewhere": max(elsewhere, 0),
        }

    @extend_schema_field(LiveIntroductionSerializer(allow_null=True))
    def get_on_hold_for(self, proposal: Proposal) -> dict[str, Any] | None:
        """For coordinators: the request's introduction under way, when it is another one.

        One introduction runs per request at a time, so a suggestion waits while it lasts.
        """
        live = self.context.get(LIVE, {}).get(proposal.request_id)
        if live is None or live["proposal"] == proposal.pk:
            return None
        return dict(live)
