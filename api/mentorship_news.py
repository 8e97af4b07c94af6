"""Mentorship fields that tell each side what changed: the latest change, feedback, reopening.

A list loads them for all its mentorships at once (three queries), so the dashboards can show
"Paused by Priya on 3 November 2026" and "Tell us how it went" without a query per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from django.contrib.contenttypes.models import ContentType
from django.db.models import Manager, QuerySet
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import Role, User
from api.fields import Serializer
from core.models import AuditEvent
from matching import policies
from matching.models import Feedback, Mentorship

CHANGES = "mentorship_changes"
FEEDBACK_GIVEN = "mentorship_feedback_given"
# The verbs of a mentorship's own changes; `GET taxonomy/` serves their labels (from
# AuditEvent.Verb) as `mentorship_changes`.
CHANGE_VERBS = ("started", "paused", "resumed", "completed", "ended", "reopened")
# Who made a change, when they have since closed their account: "Ended by someone who has since
# closed their account on 2 December 2026".
CLOSED_ACCOUNT_ACTOR = "someone who has since closed their account"


def _user(context: Mapping[str, Any]) -> User | None:
    user = getattr(context.get("request"), "user", None)
    return user if isinstance(user, User) else None


def load_news(mentorships: Iterable[Mentorship], shared: Mapping[str, Any]) -> None:
    """Fill the (root serializer's, shared) context for these mentorships: two queries."""
    context = cast(dict[str, Any], shared)
    items = [m for m in mentorships if m.pk not in context.get(CHANGES, {})]
    if not items:
        return
    ids = [m.pk for m in items]
    changes: dict[int, dict[str, Any] | None] = dict.fromkeys(ids)
    events = (
        AuditEvent.objects.filter(
            content_type=ContentType.objects.get_for_model(Mentorship),
            object_id__in=ids,
            verb__in=CHANGE_VERBS,
        )
        .order_by("at", "id")
        .values_list(
            "object_id",
            "verb",
            "actor_id",
            "actor__full_name",
            "actor__is_active",
            "actor__password",
            "at",
        )
    )
    for object_id, verb, actor_id, actor_name, active, password, at in events:
        # A closed account's placeholder name is never shown as a person's name
        # (policies.account_closed).
        if actor_id is not None and policies.closed_account(is_active=active, password=password):
            actor_name = CLOSED_ACCOUNT_ACTOR
        # Later rows overwrite earlier ones, so each mentorship keeps its latest change.
        changes[object_id] = {"verb": verb, "actor": actor_id, "actor_name": actor_name, "at": at}
    context.setdefault(CHANGES, {}).update(changes)
    user = _user(context)
    given: set[int] = set()
    if user is not None and user.role in (Role.MENTOR, Role.MENTEE):
        side = Feedback.Side.MENTOR if user.role == Role.MENTOR else Feedback.Side.MENTEE
        given = set(
            Feedback.objects.filter(mentorship_id__in=ids, side=side).values_list(
                "mentorship_id", flat=True
            )
        )
    context.setdefault(FEEDBACK_GIVEN, {}).update({pk: pk in given for pk in ids})


class MentorshipListSerializer(serializers.ListSerializer[Any]):
    def to_representation(self, data: Any) -> list[Any]:
        items = list(data.all() if isinstance(data, Manager | QuerySet) else data)
        load_news(items, self.context)
        return super().to_representation(items)


class ChangeSerializer(Serializer[Any]):
    verb = serializers.CharField(
        help_text=f"One of: {', '.join(CHANGE_VERBS)}; labels in taxonomy's `mentorship_changes`."
    )
    actor = serializers.IntegerField(allow_null=True)
    actor_name = serializers.CharField(allow_null=True)
    at = serializers.DateTimeField()


class MentorshipNewsMixin(Serializer[Any]):
    """`latest_change`, `my_feedback_given` and `reopen_until` for a mentorship serializer."""

    latest_change = serializers.SerializerMethodField()
    my_feedback_given = serializers.SerializerMethodField()
    reopen_until = serializers.SerializerMethodField()

    @extend_schema_field(ChangeSerializer(allow_null=True))
    def get_latest_change(self, mentorship: Mentorship) -> dict[str, Any] | None:
        load_news([mentorship], self.context)
        change = self.context[CHANGES].get(mentorship.pk)
        return None if change is None else ChangeSerializer(change).data

    @extend_schema_field(serializers.BooleanField())
    def get_my_feedback_given(self, mentorship: Mentorship) -> bool:
        """Whether the caller's side has given feedback (always false for coordinators)."""
        load_news([mentorship], self.context)
        return bool(self.context[FEEDBACK_GIVEN].get(mentorship.pk))

    @extend_schema_field(serializers.DateTimeField(allow_null=True))
    def get_reopen_until(self, mentorship: Mentorship) -> Any:
        """For coordinators: until when a completed mentorship can be reopened, else null."""
        user = _user(self.context)
        if user is None or user.role != Role.COORDINATOR:
            return None
        if mentorship.status != Mentorship.Status.COMPLETED or mentorship.ended_at is None:
            return None
        until = mentorship.ended_at + Mentorship.REOPEN_WITHIN
        return (
            serializers.DateTimeField().to_representation(until) if until > timezone.now() else None
        )
