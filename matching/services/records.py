"""What happens inside a mentorship: meetings, goals and feedback, kept by its participants.

Coordinators read these records but do not write them (`policies.can_mentorship_keep_records`).
A goal or meeting is changed or removed only by whoever wrote it, while the mentorship is live;
each change and removal is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from accounts.models import User
from core.audit import audit_event_record
from core.errors import Conflict
from core.models import AuditEvent
from core.services import model_update_fields, row_locked
from matching import policies
from matching.models import Feedback, Goal, Meeting, Mentorship, Topic

Verb = AuditEvent.Verb


def _mentorship_for_records(mentorship: Mentorship, actor: User) -> Mentorship:
    """Lock the mentorship and check the actor keeps its records."""
    mentorship = row_locked(Mentorship.objects.select_related("mentor", "request"), mentorship.pk)
    policies.require(
        policies.can_mentorship_keep_records(actor, mentorship),
        "Only the mentor and the organisation keep this mentorship's records.",
    )
    return mentorship


def _require_live(mentorship: Mentorship, what: str) -> None:
    if mentorship.status not in Mentorship.LIVE_STATUSES:
        raise Conflict(
            f"This mentorship is {mentorship.get_status_display().lower()}; {what} can only be "
            "added while it is active or paused.",
            code="invalid_state",
        )


def _require_not_before_start(mentorship: Mentorship, data: dict[str, Any]) -> None:
    """A meeting held, or a goal due, before the mentorship started is a typo (2019 for 2025):
    refused naming the field, before anything is saved."""
    started = timezone.localdate(mentorship.started_at)
    when = date_format(started, "j F Y")
    held_on, due_on = data.get("held_on"), data.get("due_on")
    if isinstance(held_on, dt.date) and held_on < started:
        raise ValidationError(
            {"held_on": [f"This mentorship started on {when}; log meetings from that day on."]}
        )
    if isinstance(due_on, dt.date) and due_on < started:
        raise ValidationError(
            {"due_on": [f"This mentorship started on {when}; choose a due date after that."]}
        )


@transaction.atomic
def meeting_create(
    *,
    mentorship: Mentorship,
    actor: User,
    held_on: dt.date,
    minutes: int,
    topics: list[Topic],
    notes: str = "",
) -> Meeting:
    mentorship = _mentorship_for_records(mentorship, actor)
    _require_not_before_start(mentorship, {"held_on": held_on})
    meeting = Meeting(mentorship=mentorship, created_by=actor)
    # Validated before the state check, so a bad field is a 400 whatever the state; the
    # transaction rolls the row back if the state then refuses.
    model_update_fields(
        instance=meeting,
        fields=["held_on", "minutes", "topics", "notes"],
        data={"held_on": held_on, "minutes": minutes, "topics": topics, "notes": notes},
    )
    _require_live(mentorship, "meetings")
    audit_event_record(
        actor=actor,
        verb=Verb.CREATED,
        target=meeting,
        data={"mentorship": mentorship.pk, "minutes": minutes},
    )
    return meeting


@transaction.atomic
def goal_create(
    *, mentorship: Mentorship, actor: User, title: str, due_on: dt.date | None = None
) -> Goal:
    mentorship = _mentorship_for_records(mentorship, actor)
    _require_not_before_start(mentorship, {"due_on": due_on})
    goal = Goal(mentorship=mentorship, created_by=actor)
    model_update_fields(
        instance=goal, fields=["title", "due_on"], data={"title": title, "due_on": due_on}
    )
    _require_live(mentorship, "goals")
    audit_event_record(
        actor=actor, verb=Verb.CREATED, target=goal, data={"mentorship": mentorship.pk}
    )
    return goal


MEETING_FIELDS = ("held_on", "minutes", "topics", "notes")
GOAL_FIELDS = ("title", "due_on")


def _own_record(model: type[Meeting] | type[Goal], record: Meeting | Goal, actor: User) -> Any:
    """Lock the mentorship, then the record; only its author, while the mentorship is live."""
    mentorship = _mentorship_for_records(record.mentorship, actor)
    locked = cast(Meeting | Goal, row_locked(model.objects.select_related("mentorship"), record.pk))
    noun = model._meta.verbose_name
    policies.require(
        policies.can_record_change(actor, locked),
        f"Only the person who added this {noun} can change or remove it.",
    )
    if mentorship.status not in Mentorship.LIVE_STATUSES:
        raise Conflict(
            f"This mentorship is {mentorship.get_status_display().lower()}; a {noun} can only "
            "be changed or removed while it is active or paused.",
            code="invalid_state",
        )
    return locked


def _record_update(
    model: type[Meeting] | type[Goal],
    record: Meeting | Goal,
    actor: User,
    fields: tuple[str, ...],
    data: dict[str, Any],
) -> Any:
    locked = _own_record(model, record, actor)
    _require_not_before_start(locked.mentorship, data)
    changed = model_update_fields(instance=locked, fields=fields, data=data, reject_unknown=True)
    if changed:
        audit_event_record(
            actor=actor,
            verb=Verb.UPDATED,
            target=locked,
            data={"mentorship": locked.mentorship_id, "fields": sorted(changed)},
        )
    return locked


def _record_delete(model: type[Meeting] | type[Goal], record: Meeting | Goal, actor: User) -> None:
    locked = _own_record(model, record, actor)
    # The event keeps what was removed, since the row itself goes.
    audit_event_record(
        actor=actor,
        verb=Verb.DELETED,
        target=locked,
        data={"mentorship": locked.mentorship_id, "was": str(locked)},
    )
    locked.delete()


@transaction.atomic
def meeting_update(*, meeting: Meeting, actor: User, **data: Any) -> Meeting:
    """Change a meeting's date, length, topics or notes (only the fields given)."""
    return _record_update(Meeting, meeting, actor, MEETING_FIELDS, data)


@transaction.atomic
def meeting_delete(*, meeting: Meeting, actor: User) -> None:
    _record_delete(Meeting, meeting, actor)


@transaction.atomic
def goal_update(*, goal: Goal, actor: User, **data: Any) -> Goal:
    """Change a goal's title or due date (only the fields given)."""
    return _record_update(Goal, goal, actor, GOAL_FIELDS, data)


@transaction.atomic
def goal_delete(*, goal: Goal, actor: User) -> None:
    _record_delete(Goal, goal, actor)


@transaction.atomic
def goal_set_done(*, goal: Goal, actor: User, done: bool) -> Goal:
    _mentorship_for_records(goal.mentorship, actor)
    goal = row_locked(Goal.objects.select_related("mentorship"), goal.pk)
    if goal.mentorship.status not in Mentorship.LIVE_STATUSES:
        raise Conflict(
            f"This mentorship is {goal.mentorship.get_status_display().lower()}; goals can "
            "only be ticked while it is active or paused.",
            code="invalid_state",
        )
    if done == (goal.done_at is not None):
        return goal
    goal.done_at = timezone.now() if done else None
    goal.save(update_fields=["done_at"])
    audit_event_record(
        actor=actor,
        verb=Verb.DONE if done else Verb.REOPENED,
        target=goal,
        data={"mentorship": goal.mentorship_id},
    )
    return goal


@transaction.atomic
def feedback_create(
    *, mentorship: Mentorship, actor: User, rating: int, comment: str = ""
) -> Feedback:
    # The mentorship lock serialises two mentees of one organisation answering at once, so the
    # second gets a clear 409 rather than a unique-constraint error.
    mentorship = _mentorship_for_records(mentorship, actor)
    side = Feedback.Side.MENTOR if mentorship.mentor.user_id == actor.pk else Feedback.Side.MENTEE
    feedback = Feedback(mentorship=mentorship, author=actor, side=side)
    # Field checks come first, and the row is only inserted once the state allows it: the
    # one-per-side constraint must answer with the 409 below, not a validation error.
    feedback_fields = ["rating", "comment"]
    model_update_fields(
        instance=feedback,
        fields=feedback_fields,
        data={"rating": rating, "comment": comment},
        save=False,
        validate_unique=False,
    )
    if mentorship.status not in (Mentorship.Status.COMPLETED, Mentorship.Status.ENDED):
        raise Conflict(
            "Feedback opens once the mentorship is completed or ended; this one is "
            f"{mentorship.get_status_display().lower()}.",
            code="invalid_state",
        )
    if Feedback.objects.filter(mentorship=mentorship, side=side).exists():
        raise Conflict(
            f"The {side.label.lower()} side has already left feedback on this mentorship; "
            "each side gives it once.",
            code="feedback_given",
        )
    feedback.save()
    audit_event_record(
        actor=actor,
        verb=Verb.CREATED,
        target=feedback,
        data={"mentorship": mentorship.pk, "side": side, "rating": feedback.rating},
    )
    return feedback
