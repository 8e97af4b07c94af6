"""Mentorships: pause, resume, complete or end one; a coordinator reopens a mistaken completion.

Participants and coordinators steer a mentorship (`policies.can_mentorship_steer`). Each move
is one transition, audited, with `paused_at` and `ended_at` kept on the row, and e-mailed to the
other side (`complete` asks both sides for feedback). A completed mentorship closes its request;
one ended early opens it again, re-scored, so the organisation can find another mentor.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from core.audit import audit_event_record
from core.errors import Conflict
from core.models import AuditEvent
from core.services import model_field_clean, row_locked
from matching import notifications, policies, selectors
from matching.models import MentoringRequest, MentorProfile, Mentorship
from matching.services.requests import request_close, request_rematch, request_reopen

Status = Mentorship.Status
Verb = AuditEvent.Verb


def _mentorship_for_change(mentorship: Mentorship, actor: User, *, action: str) -> Mentorship:
    """Lock the mentorship and check the actor may steer it."""
    mentorship = row_locked(Mentorship.objects.select_related("mentor", "request"), mentorship.pk)
    policies.require(
        policies.can_mentorship_steer(actor, mentorship),
        f"Only the mentor and the organisation can {action} a mentorship.",
    )
    return mentorship


def _mentorship_move(
    mentorship: Mentorship, *, actor: User, to: Status, verb: str, reason: str = ""
) -> None:
    now = timezone.now()
    from_status = mentorship.status
    mentorship.status = to
    mentorship.paused_at = now if to == Status.PAUSED else None
    fields = ["status", "paused_at"]
    if to in (Status.COMPLETED, Status.ENDED):
        mentorship.ended_at = now
        mentorship.end_reason = reason
        fields += ["ended_at", "end_reason"]
    mentorship.save(update_fields=fields)
    audit_event_record(
        actor=actor,
        verb=verb,
        target=mentorship,
        from_status=from_status,
        to_status=to,
        reason=reason,
    )
    notifications.notify_mentorship_changed(mentorship=mentorship, verb=verb, actor=actor)


def _state_conflict(mentorship: Mentorship, action: str) -> Conflict:
    return Conflict(
        f"This mentorship is {mentorship.get_status_display().lower()}, so it cannot be "
        f"{action}. Reload the page to see where it stands.",
        code="invalid_state",
    )


@transaction.atomic
def mentorship_pause(*, mentorship: Mentorship, actor: User) -> Mentorship:
    mentorship = _mentorship_for_change(mentorship, actor, action="pause")
    if mentorship.status != Status.ACTIVE:
        raise _state_conflict(mentorship, "paused")
    _mentorship_move(mentorship, actor=actor, to=Status.PAUSED, verb=Verb.PAUSED)
    return mentorship


@transaction.atomic
def mentorship_resume(*, mentorship: Mentorship, actor: User) -> Mentorship:
    mentorship = _mentorship_for_change(mentorship, actor, action="resume")
    if mentorship.status != Status.PAUSED:
        raise _state_conflict(mentorship, "resumed")
    _mentorship_move(mentorship, actor=actor, to=Status.ACTIVE, verb=Verb.RESUMED)
    return mentorship


@transaction.atomic
def mentorship_complete(*, mentorship: Mentorship, actor: User) -> Mentorship:
    mentorship = _mentorship_for_change(mentorship, actor, action="complete")
    if mentorship.status not in Mentorship.LIVE_STATUSES:
        raise _state_conflict(mentorship, "completed")
    _mentorship_move(mentorship, actor=actor, to=Status.COMPLETED, verb=Verb.COMPLETED)
    request_close(request=mentorship.request, actor=actor, reason="The mentorship was completed.")
    return mentorship


@transaction.atomic
def mentorship_end(*, mentorship: Mentorship, actor: User, reason: str) -> Mentorship:
    mentorship = _mentorship_for_change(mentorship, actor, action="end")
    reason = model_field_clean(model=Mentorship, field="end_reason", value=reason, name="reason")
    if not reason:
        raise ValidationError({"reason": ["Enter a reason: the programme team reads it"]})
    if mentorship.status not in Mentorship.LIVE_STATUSES:
        raise _state_conflict(mentorship, "ended")
    _mentorship_move(mentorship, actor=actor, to=Status.ENDED, verb=Verb.ENDED, reason=reason)
    # An early end is not the end of the need: the request is open again and re-scored.
    request_reopen(request=mentorship.request, actor=actor, reason="The mentorship ended early.")
    return mentorship


@transaction.atomic
def mentorship_reopen(*, mentorship: Mentorship, actor: User, reason: str) -> Mentorship:
    """A coordinator undoes a completion made by mistake, within Mentorship.REOPEN_WITHIN."""
    policies.require(
        policies.can_mentorship_reopen(actor),
        "Only the programme team can reopen a mentorship.",
    )
    reason = model_field_clean(model=Mentorship, field="end_reason", value=reason, name="reason")
    if not reason:
        raise ValidationError({"reason": ["Enter why you are reopening the mentorship"]})
    # Locks in the usual order: request, mentor profile, mentorship.
    row_locked(MentoringRequest.objects.all(), mentorship.request_id)
    profile = row_locked(MentorProfile.objects.all(), mentorship.mentor_id)
    mentorship = row_locked(Mentorship.objects.select_related("mentor", "request"), mentorship.pk)
    if mentorship.status != Status.COMPLETED or mentorship.ended_at is None:
        raise _state_conflict(mentorship, "reopened")
    if timezone.now() - mentorship.ended_at > Mentorship.REOPEN_WITHIN:
        days = Mentorship.REOPEN_WITHIN.days
        raise Conflict(
            f"This mentorship was completed more than {days} days ago, so it can no longer be "
            "reopened. If the two sides want to carry on, the organisation can ask again.",
            code="reopen_window_passed",
        )
    # Live again, it takes a place: the capacity rule holds as at accept and confirm.
    load = selectors.mentor_load(profile.pk)
    if load + 1 > profile.capacity:
        raise Conflict(
            f"The mentor has no place left ({load} of {profile.capacity} taken), so this "
            "mentorship cannot be reopened until they finish one or raise their capacity.",
            code="mentor_at_capacity",
        )
    from_status = mentorship.status
    mentorship.status = Status.ACTIVE
    mentorship.ended_at = None
    mentorship.end_reason = ""
    mentorship.paused_at = None
    mentorship.save(update_fields=["status", "ended_at", "end_reason", "paused_at"])
    audit_event_record(
        actor=actor,
        verb=Verb.REOPENED,
        target=mentorship,
        from_status=from_status,
        to_status=mentorship.status,
        reason=reason,
    )
    request_rematch(request=mentorship.request, actor=actor, reason=reason)
    notifications.notify_mentorship_changed(mentorship=mentorship, verb=Verb.REOPENED, actor=actor)
    return mentorship
