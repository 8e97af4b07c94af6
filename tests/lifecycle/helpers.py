"""Helpers for lifecycle tests: proposals in a given state, and what a transition left behind."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from accounts.models import User
from core.models import AuditEvent
from matching.models import MentoringRequest, Mentorship, Proposal
from matching.notifications import Outgoing
from tests import factories
from tests.factories import request_creator


def proposal_in(status: str, *, capacity: int = 2, **kwargs: Any) -> Proposal:
    """A proposal already in `status`, for a mentor with `capacity` places."""
    if "mentor" not in kwargs:
        kwargs["mentor"] = factories.MentorProfileFactory.create(capacity=capacity)
    return factories.ProposalFactory.create(status=status, **kwargs)


def mentorship_in(status: str = Mentorship.Status.ACTIVE) -> Mentorship:
    mentorship = factories.MentorshipFactory.create(status=status)
    MentoringRequest.objects.filter(pk=mentorship.request_id).update(
        status=MentoringRequest.Status.MATCHED
    )
    mentorship.request.refresh_from_db()
    return mentorship


def mentee_of(request: MentoringRequest) -> User:
    return request_creator(request)


def colleague_of(request: MentoringRequest) -> User:
    """A second mentee of the same organisation: they speak for it too."""
    return factories.MenteeFactory.create(organisation=request.organisation)


def outsider() -> User:
    """A mentee of another organisation."""
    return factories.MenteeFactory.create()


def other_mentor() -> User:
    return factories.MentorProfileFactory.create().user


def events(obj: Any) -> list[tuple[str, str, str]]:
    return [
        (e.verb, e.from_status, e.to_status)
        for e in AuditEvent.objects.filter(
            content_type__model=obj._meta.model_name, object_id=obj.pk
        )
    ]


def queued(callbacks: list[Any]) -> list[tuple[str, dict[str, Any]]]:
    """The e-mail tasks a transaction queued for after its commit."""
    return [(c.task, c.kwargs) for c in callbacks if isinstance(c, Outgoing)]


def days_ago(days: float, now: dt.datetime | None = None) -> dt.datetime:
    return (now or timezone.now()) - dt.timedelta(days=days)
