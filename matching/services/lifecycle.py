"""The human transitions of matching: requests, profiles, proposals, mentorships and their records.

Each public function is one transition: it runs in a transaction, checks who is acting
(`PermissionDenied`) and the state (`Conflict`), validates its input (`ValidationError` naming the
field), and writes one `AuditEvent` per object whose status changes. Locks are always taken in the
order request → mentor profile → proposal → mentorship, so two transitions never wait on each other
in a cycle.

Audit verbs: proposals `approved`, `rejected`, `accepted`, `declined`, `confirmed`, `withdrawn`,
`expired`, `nudged`; requests `created`, `updated`, `matched`, `closed`, `withdrawn`; mentor
profiles `created`, `updated`; mentorships `started`, `paused`, `resumed`, `completed`, `ended`;
meetings, goals and feedback `created`; goals `done` and `reopened`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TypeVar

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from accounts.models import Role, Sector, User
from core.audit import audit_event_record
from core.errors import Conflict
from core.models import AuditEvent
from matching import notifications, selectors
from matching.models import (
    Feedback,
    Goal,
    Meeting,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    PreferredFormat,
    Proposal,
    Topic,
)
from matching.services.scoring import mentor_profile_changed, request_enqueue_scoring

M = TypeVar("M", bound=models.Model)

REQUEST_FIELDS = frozenset({"needs", "summary", "goals", "preferred_format"})
PROFILE_FIELDS = frozenset({"expertise", "sectors", "capacity", "accepting", "remote_ok", "bio"})
MAX_CAPACITY = 20


# --- Reads the transitions share ------------------------------------------------------------


def mentor_load(profile_id: int) -> int:
    """Places a mentor has promised: live (active or paused) mentorships plus accepted proposals.

    The capacity rule is `mentor_load(...) <= capacity`. The count itself is the engine's
    `selectors.mentor_loads`, so matching and the lifecycle can never disagree about it.
    """
    return selectors.mentor_loads([profile_id]).get(profile_id, 0)


def is_request_mentee(user: User, request: MentoringRequest) -> bool:
    """A mentee of the organisation that filed the request speaks for it."""
    return (
        user.role == Role.MENTEE
        and user.organisation_id is not None
        and user.organisation_id == request.organisation_id
    )


def is_mentorship_participant(user: User, mentorship: Mentorship) -> bool:
    if mentorship.mentor.user_id == user.pk:
        return True
    return is_request_mentee(user, mentorship.request)


# --- Small helpers ----------------------------------------------------------------------------


def _locked(queryset: models.QuerySet[M], pk: Any) -> M:
    """Re-read one row under `SELECT ... FOR UPDATE`, so the checks below see the latest state."""
    return queryset.select_for_update().get(pk=pk)


class _Errors:
    """Collects every bad field so one 400 names them all, and nothing is stored."""

    def __init__(self) -> None:
        self.by_field: dict[str, list[str]] = {}

    def add(self, field: str, message: str) -> None:
        self.by_field.setdefault(field, []).append(message)

    def raise_any(self) -> None:
        if self.by_field:
            raise ValidationError(self.by_field)


def _text(
    errors: _Errors,
    field: str,
    value: Any,
    *,
    max_length: int,
    required: bool = False,
    required_message: str = "This field is required.",
) -> str:
    if not isinstance(value, str):
        errors.add(field, "Enter text.")
        return ""
    value = value.strip()
    if required and not value:
        errors.add(field, required_message)
    elif len(value) > max_length:
        errors.add(field, f"Use at most {max_length} characters (this has {len(value)}).")
    return value


def _instances(
    errors: _Errors, field: str, value: Any, model: type[M], *, required: bool = False
) -> list[M]:
    if not isinstance(value, list | tuple | set | frozenset) or not all(
        isinstance(item, model) and item.pk is not None for item in value
    ):
        errors.add(field, f"Give a list of {model._meta.verbose_name_plural}.")
        return []
    if required and not value:
        errors.add(field, f"Choose at least one {model._meta.verbose_name}.")
    return list(value)


def _integer(errors: _Errors, field: str, value: Any, *, low: int, high: int) -> int:
    # bool is an int in Python; `True` is not a number of minutes.
    if isinstance(value, bool) or not isinstance(value, int):
        errors.add(field, "Enter a whole number.")
        return low
    if not low <= value <= high:
        errors.add(field, f"Enter a number from {low} to {high}.")
    return value


def _boolean(errors: _Errors, field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        errors.add(field, "Enter true or false.")
        return False
    return value


def _unknown_fields(errors: _Errors, fields: Iterable[str], allowed: frozenset[str]) -> None:
    for name in sorted(set(fields) - allowed):
        errors.add(name, "This field cannot be set here.")


# --- Mentoring requests -----------------------------------------------------------------------


def _request_values(errors: _Errors, fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if "needs" in fields:
        values["needs"] = _instances(errors, "needs", fields["needs"], Topic, required=True)
    if "summary" in fields:
        values["summary"] = _text(
            errors, "summary", fields["summary"], max_length=2000, required=True
        )
    if "goals" in fields:
        values["goals"] = _text(errors, "goals", fields["goals"], max_length=5000)
    if "preferred_format" in fields:
        if fields["preferred_format"] not in PreferredFormat.values:
            errors.add("preferred_format", f"Choose one of: {', '.join(PreferredFormat.values)}.")
        values["preferred_format"] = fields["preferred_format"]
    return values


@transaction.atomic
def request_create(
    *,
    actor: User,
    needs: list[Topic],
    summary: str,
    goals: str = "",
    preferred_format: str = PreferredFormat.EITHER,
) -> MentoringRequest:
    if actor.role != Role.MENTEE:
        raise PermissionDenied("Only people from a fledgling mutual can ask for mentoring.")
    if actor.organisation_id is None:
        raise Conflict("Describe your organisation first, then ask for mentoring.")
    errors = _Errors()
    values = _request_values(
        errors,
        {"needs": needs, "summary": summary, "goals": goals, "preferred_format": preferred_format},
    )
    errors.raise_any()
    request = MentoringRequest.objects.create(
        organisation_id=actor.organisation_id,
        created_by=actor,
        summary=values["summary"],
        goals=values["goals"],
        preferred_format=values["preferred_format"],
    )
    request.needs.set(values["needs"])
    audit_event_record(
        actor=actor,
        verb="created",
        target=request,
        to_status=request.status,
        data={"needs": sorted(t.slug for t in values["needs"])},
    )
    # The run row commits with the request, so its `scoring` status shows at once; the job
    # itself is queued on commit.
    request_enqueue_scoring(request=request, requested_by=actor)
    return request


@transaction.atomic
def request_update(*, request: MentoringRequest, actor: User, **fields: Any) -> MentoringRequest:
    request = _locked(MentoringRequest.objects.all(), request.pk)
    if not is_request_mentee(actor, request):
        raise PermissionDenied("Only people from the organisation that asked can change a request.")
    errors = _Errors()
    _unknown_fields(errors, fields, REQUEST_FIELDS)
    values = _request_values(errors, fields)
    errors.raise_any()
    if request.status != MentoringRequest.Status.OPEN:
        raise Conflict(
            f"This request is {request.get_status_display().lower()}, so it can no longer be "
            "changed. File a new request if your needs have changed."
        )
    changed: list[str] = []
    for name, value in values.items():
        if name == "needs":
            if {t.pk for t in value} != set(request.needs.values_list("pk", flat=True)):
                request.needs.set(value)
                changed.append(name)
        elif getattr(request, name) != value:
            setattr(request, name, value)
            changed.append(name)
    if not changed:
        return request
    request.save()
    audit_event_record(
        actor=actor,
        verb="updated",
        target=request,
        from_status=request.status,
        to_status=request.status,
        data={"fields": sorted(changed)},
    )
    # The run row commits with the request, so its `scoring` status shows at once; the job
    # itself is queued on commit.
    request_enqueue_scoring(request=request, requested_by=actor)
    return request


@transaction.atomic
def request_withdraw(
    *, request: MentoringRequest, actor: User, reason: str = ""
) -> MentoringRequest:
    request = _locked(MentoringRequest.objects.all(), request.pk)
    if not is_request_mentee(actor, request):
        raise PermissionDenied("Only people from the organisation that asked can withdraw it.")
    errors = _Errors()
    reason = _text(errors, "reason", reason, max_length=2000)
    errors.raise_any()
    if request.status != MentoringRequest.Status.OPEN:
        raise Conflict(
            f"This request is already {request.get_status_display().lower()}; only an open "
            "request can be withdrawn."
        )
    request.status = MentoringRequest.Status.WITHDRAWN
    request.save(update_fields=["status", "updated_at"])
    audit_event_record(
        actor=actor,
        verb="withdrawn",
        target=request,
        from_status=MentoringRequest.Status.OPEN,
        to_status=request.status,
        reason=reason,
    )
    _proposals_withdraw(
        Proposal.objects.filter(request=request),
        actor=actor,
        reason="The organisation withdrew its request.",
    )
    return request


# --- Mentor profiles --------------------------------------------------------------------------


def _profile_values(errors: _Errors, fields: dict[str, Any]) -> dict[str, Any]:
    _unknown_fields(errors, fields, PROFILE_FIELDS)
    values: dict[str, Any] = {}
    if "expertise" in fields:
        values["expertise"] = _instances(errors, "expertise", fields["expertise"], Topic)
    if "sectors" in fields:
        values["sectors"] = _instances(errors, "sectors", fields["sectors"], Sector)
    if "capacity" in fields:
        values["capacity"] = _integer(
            errors, "capacity", fields["capacity"], low=0, high=MAX_CAPACITY
        )
    for flag in ("accepting", "remote_ok"):
        if flag in fields:
            values[flag] = _boolean(errors, flag, fields[flag])
    if "bio" in fields:
        values["bio"] = _text(errors, "bio", fields["bio"], max_length=5000)
    return values


def _profile_apply(profile: MentorProfile, values: dict[str, Any]) -> list[str]:
    """Set the values that differ; save the row, then the many-to-many sets."""
    changed: list[str] = []
    for name in ("capacity", "accepting", "remote_ok", "bio"):
        if name in values and getattr(profile, name) != values[name]:
            setattr(profile, name, values[name])
            changed.append(name)
    profile.save()
    for name in ("expertise", "sectors"):
        if name in values:
            manager = getattr(profile, name)
            if {obj.pk for obj in values[name]} != set(manager.values_list("pk", flat=True)):
                manager.set(values[name])
                changed.append(name)
    return changed


@transaction.atomic
def mentor_profile_create(*, actor: User, **fields: Any) -> MentorProfile:
    if actor.role != Role.MENTOR:
        raise PermissionDenied("Only mentors keep a mentor profile.")
    errors = _Errors()
    values = _profile_values(errors, fields)
    errors.raise_any()
    if MentorProfile.objects.filter(user=actor).exists():
        raise Conflict("You already have a mentor profile; edit it instead.")
    profile = MentorProfile(user=actor)
    _profile_apply(profile, values)
    audit_event_record(
        actor=actor, verb="created", target=profile, data={"capacity": profile.capacity}
    )
    mentor_profile_changed(profile=profile)
    return profile


@transaction.atomic
def mentor_profile_update(*, profile: MentorProfile, actor: User, **fields: Any) -> MentorProfile:
    # The lock makes a capacity cut and a concurrent accept take turns: without it both could
    # pass their checks and leave more promises than places.
    profile = _locked(MentorProfile.objects.all(), profile.pk)
    if profile.user_id != actor.pk:
        raise PermissionDenied("Only the mentor can change their own profile.")
    errors = _Errors()
    values = _profile_values(errors, fields)
    errors.raise_any()
    if "capacity" in values:
        load = mentor_load(profile.pk)
        if values["capacity"] < load:
            raise Conflict(
                f"You have {load} mentorships and accepted introductions under way, so capacity "
                f"cannot go below {load}. Finish or end one first, or set capacity to {load} "
                "and untick 'accepting' to take no new ones."
            )
    changed = _profile_apply(profile, values)
    if changed:
        audit_event_record(
            actor=actor,
            verb="updated",
            target=profile,
            data={"fields": sorted(changed), "capacity": profile.capacity},
        )
        mentor_profile_changed(profile=profile)
    return profile


# --- Proposals --------------------------------------------------------------------------------


def _proposal_move(
    proposal: Proposal,
    *,
    actor: User | None,
    to: str,
    reason: str = "",
    data: dict[str, Any] | None = None,
) -> None:
    from_status = proposal.status
    proposal.status = to
    proposal.reason = reason
    proposal.decided_by = actor
    proposal.status_changed_at = timezone.now()
    proposal.save(
        update_fields=["status", "reason", "decided_by", "status_changed_at", "updated_at"]
    )
    audit_event_record(
        actor=actor,
        verb=to,
        target=proposal,
        from_status=from_status,
        to_status=to,
        reason=reason,
        data=data,
    )


def _proposals_withdraw(
    proposals: models.QuerySet[Proposal], *, actor: User | None, reason: str
) -> int:
    withdrawn = 0
    for proposal in proposals.filter(status__in=Proposal.OPEN_STATUSES).select_for_update():
        _proposal_move(proposal, actor=actor, to=Proposal.Status.WITHDRAWN, reason=reason)
        withdrawn += 1
    return withdrawn


def _proposal_state_conflict(proposal: Proposal, action: str) -> Conflict:
    return Conflict(
        f"This introduction is {proposal.get_status_display().lower()}, so it cannot be "
        f"{action} now. Reload the page to see where it stands."
    )


def _require_open_request(request: MentoringRequest) -> None:
    if request.status != MentoringRequest.Status.OPEN:
        raise Conflict(
            f"The request behind this introduction is {request.get_status_display().lower()}, "
            "so the introduction can go no further."
        )


def _reason(reason: Any) -> str:
    errors = _Errors()
    text = _text(
        errors,
        "reason",
        reason,
        max_length=2000,
        required=True,
        required_message="Give a reason; the programme team reads it.",
    )
    errors.raise_any()
    return text


@transaction.atomic
def proposal_approve(*, proposal: Proposal, actor: User) -> Proposal:
    if actor.role != Role.COORDINATOR:
        raise PermissionDenied("Only the programme team can approve an introduction.")
    proposal = _locked(Proposal.objects.select_related("request"), proposal.pk)
    if proposal.status != Proposal.Status.SUGGESTED:
        raise _proposal_state_conflict(proposal, "approved")
    _require_open_request(proposal.request)
    _proposal_move(proposal, actor=actor, to=Proposal.Status.APPROVED)
    notifications.notify_proposal_approved(proposal=proposal)
    return proposal


@transaction.atomic
def proposal_reject(*, proposal: Proposal, actor: User, reason: str) -> Proposal:
    if actor.role != Role.COORDINATOR:
        raise PermissionDenied("Only the programme team can reject an introduction.")
    reason = _reason(reason)
    proposal = _locked(Proposal.objects.all(), proposal.pk)
    if proposal.status != Proposal.Status.SUGGESTED:
        raise _proposal_state_conflict(proposal, "rejected")
    _proposal_move(proposal, actor=actor, to=Proposal.Status.REJECTED, reason=reason)
    return proposal


def _capacity_check(profile: MentorProfile, *, by: User, counted_already: bool) -> int:
    """Raise unless the mentor has a place for this proposal; return the places others take.

    `counted_already` is for confirm: the proposal is accepted, so the load already holds its
    place, which the new mentorship takes over. The caller must hold the profile's row lock.
    """
    load = mentor_load(profile.pk)
    taken = load - 1 if counted_already else load
    if taken + 1 > profile.capacity:
        if by.pk == profile.user_id:
            raise Conflict(
                f"You are at capacity: {taken} of your {profile.capacity} places are taken by "
                "mentorships and accepted introductions. Finish one, or raise your capacity on "
                "your profile, then accept."
            )
        raise Conflict(
            f"This mentor has no place left ({taken} of {profile.capacity} taken). Decline this "
            "introduction, or ask the programme team for another mentor."
        )
    return taken


@transaction.atomic
def proposal_accept(*, proposal: Proposal, actor: User) -> Proposal:
    # Lock the mentor's profile row first, as Check.ping locks its check: two introductions
    # accepted at the same moment would each count the same free place and both succeed. With
    # the lock the second waits, then counts the first one's acceptance.
    profile = _locked(MentorProfile.objects.all(), proposal.mentor_id)
    if profile.user_id != actor.pk:
        raise PermissionDenied("Only the proposed mentor can accept this introduction.")
    proposal = _locked(Proposal.objects.select_related("request"), proposal.pk)
    if proposal.status != Proposal.Status.APPROVED:
        raise _proposal_state_conflict(proposal, "accepted")
    _require_open_request(proposal.request)
    load = _capacity_check(profile, by=actor, counted_already=False)
    _proposal_move(
        proposal,
        actor=actor,
        to=Proposal.Status.ACCEPTED,
        data={"load_before": load, "capacity": profile.capacity},
    )
    notifications.notify_proposal_accepted(proposal=proposal)
    return proposal


@transaction.atomic
def proposal_decline(*, proposal: Proposal, actor: User, reason: str) -> Proposal:
    proposal = _locked(Proposal.objects.select_related("request", "mentor"), proposal.pk)
    is_mentor = proposal.mentor.user_id == actor.pk
    is_mentee = is_request_mentee(actor, proposal.request)
    if not (is_mentor or is_mentee):
        raise PermissionDenied("Only the proposed mentor or the organisation can decline.")
    reason = _reason(reason)
    if is_mentor and proposal.status != Proposal.Status.APPROVED:
        if proposal.status == Proposal.Status.ACCEPTED:
            raise Conflict(
                "You have already accepted this introduction, so the organisation decides now. "
                "If you can no longer take it on, contact the programme team."
            )
        raise _proposal_state_conflict(proposal, "declined")
    if is_mentee and proposal.status != Proposal.Status.ACCEPTED:
        raise Conflict(
            "You can decline an introduction once the mentor has accepted it; this one is "
            f"{proposal.get_status_display().lower()}."
        )
    _proposal_move(
        proposal,
        actor=actor,
        to=Proposal.Status.DECLINED,
        reason=reason,
        data={"side": "mentor" if is_mentor else "mentee"},
    )
    notifications.notify_proposal_declined(proposal=proposal)
    return proposal


@transaction.atomic
def proposal_confirm(*, proposal: Proposal, actor: User) -> Mentorship:
    # The request lock comes first: two mentees confirming two introductions for the same
    # request would otherwise each create a mentorship.
    request = _locked(MentoringRequest.objects.all(), proposal.request_id)
    if not is_request_mentee(actor, request):
        raise PermissionDenied("Only people from the organisation that asked can confirm.")
    # Then the mentor's profile, as at accept: a confirm and an accept for the same mentor
    # must not both count the same free place.
    profile = _locked(MentorProfile.objects.all(), proposal.mentor_id)
    proposal = _locked(Proposal.objects.all(), proposal.pk)
    if proposal.status != Proposal.Status.ACCEPTED:
        raise _proposal_state_conflict(proposal, "confirmed")
    _require_open_request(request)
    # The proposal being confirmed is itself counted as accepted; it turns into the mentorship,
    # so its place is counted once, not twice.
    _capacity_check(profile, by=actor, counted_already=True)
    _proposal_move(proposal, actor=actor, to=Proposal.Status.CONFIRMED)
    mentorship = Mentorship.objects.create(
        proposal=proposal, mentor=profile, request=request, status=Mentorship.Status.ACTIVE
    )
    audit_event_record(
        actor=actor,
        verb="started",
        target=mentorship,
        to_status=mentorship.status,
        data={"proposal": proposal.pk},
    )
    request.status = MentoringRequest.Status.MATCHED
    request.save(update_fields=["status", "updated_at"])
    audit_event_record(
        actor=actor,
        verb="matched",
        target=request,
        from_status=MentoringRequest.Status.OPEN,
        to_status=request.status,
        data={"mentorship": mentorship.pk},
    )
    _proposals_withdraw(
        Proposal.objects.filter(request=request).exclude(pk=proposal.pk),
        actor=actor,
        reason="The organisation confirmed another mentor.",
    )
    notifications.notify_mentorship_confirmed(mentorship=mentorship)
    return mentorship


# --- Expiry and nudges ------------------------------------------------------------------------


def _expiry_window() -> dt.timedelta:
    return dt.timedelta(days=settings.PROPOSAL_EXPIRY_DAYS)


@transaction.atomic
def proposals_expire(*, now: dt.datetime | None = None) -> int:
    """Open proposals nobody answered within PROPOSAL_EXPIRY_DAYS become `expired`."""
    now = now or timezone.now()
    days = settings.PROPOSAL_EXPIRY_DAYS
    stale = Proposal.objects.filter(
        status__in=Proposal.OPEN_STATUSES, status_changed_at__lt=now - _expiry_window()
    )
    expired = 0
    # skip_locked: a proposal someone is answering right now is theirs; the next sweep decides.
    for proposal in stale.select_for_update(skip_locked=True).order_by("pk"):
        _proposal_move(
            proposal,
            actor=None,
            to=Proposal.Status.EXPIRED,
            reason=f"No answer within {days} days.",
        )
        expired += 1
    return expired


@transaction.atomic
def proposals_nudge(*, now: dt.datetime | None = None) -> int:
    """Remind whoever must answer a proposal, once per proposal and state, at half-time."""
    now = now or timezone.now()
    nudged_already = AuditEvent.objects.filter(
        content_type__app_label="matching",
        content_type__model="proposal",
        object_id=OuterRef("pk"),
        verb="nudged",
        to_status=OuterRef("status"),
    )
    due = Proposal.objects.filter(
        status__in=Proposal.OPEN_STATUSES,
        status_changed_at__lt=now - _expiry_window() / 2,
        status_changed_at__gte=now - _expiry_window(),
    ).exclude(Exists(nudged_already))
    ids: list[int] = []
    for proposal in due.select_for_update(skip_locked=True).order_by("pk"):
        # The event is the record that this state was nudged; states never repeat, so
        # (proposal, state) is sent at most once.
        audit_event_record(
            actor=None,
            verb="nudged",
            target=proposal,
            from_status=proposal.status,
            to_status=proposal.status,
            data={"expires_at": (proposal.status_changed_at + _expiry_window()).isoformat()},
        )
        ids.append(proposal.pk)
    if ids:
        notifications.notify_proposals_nudged(proposal_ids=ids)
    return len(ids)


# --- Mentorships ------------------------------------------------------------------------------


def _mentorship_for_change(mentorship: Mentorship, actor: User, *, action: str) -> Mentorship:
    """Lock the mentorship; participants and coordinators may steer it."""
    mentorship = _locked(Mentorship.objects.select_related("mentor", "request"), mentorship.pk)
    if not (actor.role == Role.COORDINATOR or is_mentorship_participant(actor, mentorship)):
        raise PermissionDenied(f"Only the mentor and the organisation can {action} a mentorship.")
    return mentorship


def _mentorship_move(
    mentorship: Mentorship, *, actor: User, to: str, verb: str, reason: str = ""
) -> None:
    from_status = mentorship.status
    mentorship.status = to
    fields = ["status"]
    if to in (Mentorship.Status.COMPLETED, Mentorship.Status.ENDED):
        mentorship.ended_at = timezone.now()
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


def _mentorship_state_conflict(mentorship: Mentorship, action: str) -> Conflict:
    return Conflict(
        f"This mentorship is {mentorship.get_status_display().lower()}, so it cannot be "
        f"{action}. Reload the page to see where it stands."
    )


def _request_close(request: MentoringRequest, *, actor: User, reason: str) -> None:
    request = _locked(MentoringRequest.objects.all(), request.pk)
    if request.status != MentoringRequest.Status.MATCHED:
        return
    request.status = MentoringRequest.Status.CLOSED
    request.save(update_fields=["status", "updated_at"])
    audit_event_record(
        actor=actor,
        verb="closed",
        target=request,
        from_status=MentoringRequest.Status.MATCHED,
        to_status=request.status,
        reason=reason,
    )


@transaction.atomic
def mentorship_pause(*, mentorship: Mentorship, actor: User) -> Mentorship:
    mentorship = _mentorship_for_change(mentorship, actor, action="pause")
    if mentorship.status != Mentorship.Status.ACTIVE:
        raise _mentorship_state_conflict(mentorship, "paused")
    _mentorship_move(mentorship, actor=actor, to=Mentorship.Status.PAUSED, verb="paused")
    return mentorship


@transaction.atomic
def mentorship_resume(*, mentorship: Mentorship, actor: User) -> Mentorship:
    mentorship = _mentorship_for_change(mentorship, actor, action="resume")
    if mentorship.status != Mentorship.Status.PAUSED:
        raise _mentorship_state_conflict(mentorship, "resumed")
    _mentorship_move(mentorship, actor=actor, to=Mentorship.Status.ACTIVE, verb="resumed")
    return mentorship


@transaction.atomic
def mentorship_complete(*, mentorship: Mentorship, actor: User) -> Mentorship:
    mentorship = _mentorship_for_change(mentorship, actor, action="complete")
    if mentorship.status not in Mentorship.LIVE_STATUSES:
        raise _mentorship_state_conflict(mentorship, "completed")
    _mentorship_move(mentorship, actor=actor, to=Mentorship.Status.COMPLETED, verb="completed")
    _request_close(mentorship.request, actor=actor, reason="The mentorship was completed.")
    return mentorship


@transaction.atomic
def mentorship_end(*, mentorship: Mentorship, actor: User, reason: str) -> Mentorship:
    mentorship = _mentorship_for_change(mentorship, actor, action="end")
    reason = _reason(reason)
    if mentorship.status not in Mentorship.LIVE_STATUSES:
        raise _mentorship_state_conflict(mentorship, "ended")
    _mentorship_move(
        mentorship, actor=actor, to=Mentorship.Status.ENDED, verb="ended", reason=reason
    )
    _request_close(mentorship.request, actor=actor, reason="The mentorship ended early.")
    return mentorship


# --- What happens inside a mentorship ---------------------------------------------------------


def _mentorship_for_records(mentorship: Mentorship, actor: User) -> Mentorship:
    """Lock the mentorship; only its participants keep its records (coordinators read them)."""
    mentorship = _locked(Mentorship.objects.select_related("mentor", "request"), mentorship.pk)
    if not is_mentorship_participant(actor, mentorship):
        raise PermissionDenied(
            "Only the mentor and the organisation keep this mentorship's records."
        )
    return mentorship


def _require_live(mentorship: Mentorship, what: str) -> None:
    if mentorship.status not in Mentorship.LIVE_STATUSES:
        raise Conflict(
            f"This mentorship is {mentorship.get_status_display().lower()}; {what} can only be "
            "added while it is active or paused."
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
    errors = _Errors()
    if isinstance(held_on, dt.datetime) or not isinstance(held_on, dt.date):
        errors.add("held_on", "Enter a date.")
    elif held_on > timezone.localdate():
        errors.add("held_on", "Log a meeting once it has happened; this date is in the future.")
    minutes = _integer(errors, "minutes", minutes, low=1, high=1440)
    topic_list = _instances(errors, "topics", topics, Topic)
    notes = _text(errors, "notes", notes, max_length=10000)
    errors.raise_any()
    _require_live(mentorship, "meetings")
    meeting = Meeting.objects.create(
        mentorship=mentorship, held_on=held_on, minutes=minutes, notes=notes, created_by=actor
    )
    meeting.topics.set(topic_list)
    audit_event_record(
        actor=actor,
        verb="created",
        target=meeting,
        data={"mentorship": mentorship.pk, "minutes": minutes},
    )
    return meeting


@transaction.atomic
def goal_create(
    *, mentorship: Mentorship, actor: User, title: str, due_on: dt.date | None = None
) -> Goal:
    mentorship = _mentorship_for_records(mentorship, actor)
    errors = _Errors()
    title = _text(errors, "title", title, max_length=200, required=True)
    if due_on is not None and (isinstance(due_on, dt.datetime) or not isinstance(due_on, dt.date)):
        errors.add("due_on", "Enter a date, or leave it empty.")
    errors.raise_any()
    _require_live(mentorship, "goals")
    goal = Goal.objects.create(mentorship=mentorship, title=title, due_on=due_on, created_by=actor)
    audit_event_record(actor=actor, verb="created", target=goal, data={"mentorship": mentorship.pk})
    return goal


@transaction.atomic
def goal_set_done(*, goal: Goal, actor: User, done: bool) -> Goal:
    _mentorship_for_records(goal.mentorship, actor)
    goal = _locked(Goal.objects.select_related("mentorship"), goal.pk)
    errors = _Errors()
    done = _boolean(errors, "done", done)
    errors.raise_any()
    if goal.mentorship.status not in Mentorship.LIVE_STATUSES:
        raise Conflict(
            f"This mentorship is {goal.mentorship.get_status_display().lower()}; goals can "
            "only be ticked while it is active or paused."
        )
    if done == (goal.done_at is not None):
        return goal
    goal.done_at = timezone.now() if done else None
    goal.save(update_fields=["done_at"])
    audit_event_record(
        actor=actor,
        verb="done" if done else "reopened",
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
    errors = _Errors()
    rating = _integer(errors, "rating", rating, low=1, high=5)
    comment = _text(errors, "comment", comment, max_length=5000)
    errors.raise_any()
    if mentorship.status not in (Mentorship.Status.COMPLETED, Mentorship.Status.ENDED):
        raise Conflict(
            "Feedback opens once the mentorship is completed or ended; this one is "
            f"{mentorship.get_status_display().lower()}."
        )
    side = Feedback.Side.MENTOR if mentorship.mentor.user_id == actor.pk else Feedback.Side.MENTEE
    if Feedback.objects.filter(mentorship=mentorship, side=side).exists():
        raise Conflict(
            f"The {side.label.lower()} side has already left feedback on this mentorship; "
            "each side gives it once."
        )
    feedback = Feedback.objects.create(
        mentorship=mentorship, author=actor, side=side, rating=rating, comment=comment
    )
    audit_event_record(
        actor=actor,
        verb="created",
        target=feedback,
        data={"mentorship": mentorship.pk, "side": side, "rating": rating},
    )
    return feedback
