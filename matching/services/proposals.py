"""Introductions (proposals): approve, reject, accept, decline, confirm, withdraw, expire, nudge.

Each public function is one transition in a transaction, writing one audit event per proposal
that moves. The facts the rules read later (approved_at, accepted_at, decided_at, nudged_at)
are set on the row here. Locks are always taken in the order request -> mentor profile ->
proposal -> mentorship, so two transitions never wait on each other in a cycle.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from accounts.models import User
from core.audit import audit_event_record
from core.errors import Conflict
from core.models import AuditEvent
from core.services import model_field_clean, row_locked
from matching import notifications, policies, selectors
from matching.models import MentoringRequest, MentorProfile, Mentorship, Proposal

Status = Proposal.Status
Verb = AuditEvent.Verb
# An introduction is live from approval until the organisation decides: the mentor has heard.
LIVE_STATUSES = (Status.APPROVED, Status.ACCEPTED)
FINAL_STATUSES = frozenset(
    {Status.REJECTED, Status.DECLINED, Status.CONFIRMED, Status.WITHDRAWN, Status.EXPIRED}
)


def _proposal_move(
    proposal: Proposal,
    *,
    actor: User | None,
    to: Proposal.Status,
    reason: str = "",
    data: dict[str, Any] | None = None,
) -> None:
    now = timezone.now()
    from_status = proposal.status
    proposal.status = to
    proposal.reason = reason
    proposal.decided_by = actor
    proposal.status_changed_at = now
    fields = ["status", "reason", "decided_by", "status_changed_at", "updated_at"]
    fact = {Status.APPROVED: "approved_at", Status.ACCEPTED: "accepted_at"}.get(to)
    if to in FINAL_STATUSES:
        fact = "decided_at"
    if fact:
        setattr(proposal, fact, now)
        fields.append(fact)
    proposal.save(update_fields=fields)
    audit_event_record(
        actor=actor,
        verb=Verb(to.value),
        target=proposal,
        from_status=from_status,
        to_status=to,
        reason=reason,
        data=data,
    )


def proposals_withdraw(
    *,
    proposals: models.QuerySet[Proposal],
    actor: User | None,
    reason: str,
    because: str | None = None,
) -> int:
    """Withdraw the open ones among `proposals` (their request closed or chose another).

    With `because` (a `notifications.WITHDRAWN_*` value), each mentor who had heard of their
    introduction (approved or accepted) is thanked and told why; nobody else had been asked.
    """
    withdrawn = 0
    heard: list[int] = []
    for proposal in proposals.filter(status__in=Proposal.OPEN_STATUSES).select_for_update():
        if proposal.status in LIVE_STATUSES:
            heard.append(proposal.pk)
        _proposal_move(proposal, actor=actor, to=Status.WITHDRAWN, reason=reason)
        withdrawn += 1
    if because is not None:
        notifications.notify_proposals_withdrawn(proposal_ids=heard, because=because)
    return withdrawn


def _state_conflict(proposal: Proposal, action: str) -> Conflict:
    return Conflict(
        f"This introduction is {proposal.get_status_display().lower()}, so it cannot be "
        f"{action} now. Reload the page to see where it stands.",
        code="invalid_state",
    )


def _require_open_request(request: MentoringRequest) -> None:
    if request.status != MentoringRequest.Status.OPEN:
        raise Conflict(
            f"The request behind this introduction is {request.get_status_display().lower()}, "
            "so the introduction can go no further.",
            code="invalid_state",
        )


def _reason_required(reason: str) -> str:
    """A reason people read: required, and within the proposal's reason field's limits."""
    if isinstance(reason, str) and not reason.strip():
        raise ValidationError({"reason": ["Enter a reason: the programme team reads it"]})
    cleaned = model_field_clean(model=Proposal, field="reason", value=reason)
    if not cleaned:
        raise ValidationError({"reason": ["Enter a reason: the programme team reads it"]})
    return str(cleaned)


def _capacity_check(profile: MentorProfile, *, by: User, counted_already: bool) -> int:
    """Raise unless the mentor has a place for this proposal; return the places others take.

    `counted_already` is for confirm: the proposal is accepted, so the load already holds its
    place, which the new mentorship takes over. The caller must hold the profile's row lock.
    """
    load = selectors.mentor_load(profile.pk)
    taken = load - 1 if counted_already else load
    if taken + 1 > profile.capacity:
        if by.pk == profile.user_id:
            raise Conflict(
                f"You are at capacity: {taken} of your {profile.capacity} places are taken by "
                "mentorships and accepted introductions. Finish one, or raise your capacity on "
                "your profile, then accept.",
                code="mentor_at_capacity",
            )
        raise Conflict(
            f"This mentor has no place left ({taken} of {profile.capacity} taken). Decline this "
            "introduction, or ask the programme team for another mentor.",
            code="mentor_at_capacity",
        )
    return taken


def _require_room_for_an_introduction(request: MentoringRequest, proposal: Proposal) -> None:
    """One introduction runs per request (MAX_LIVE_INTRODUCTIONS): refuse another while it does.

    The caller holds the request's row lock, so two coordinators approving two mentors for one
    request take turns here, and the second sees the first's approval. The database's
    one_live_introduction_per_request index is the backstop.
    """
    live = list(
        Proposal.objects.filter(request=request, status__in=LIVE_STATUSES)
        .exclude(pk=proposal.pk)
        .select_related("mentor__user")
        .order_by("status_changed_at", "pk")
    )
    if len(live) < settings.MAX_LIVE_INTRODUCTIONS:
        return
    first = live[0]
    where = (
        "has accepted, and the organisation is deciding"
        if first.status == Status.ACCEPTED
        else "has been asked and has not answered yet"
    )
    raise Conflict(
        f"{first.mentor.user.full_name} {where}. One introduction runs for a request at a "
        "time, so you can approve another mentor if that one is declined.",
        code="introduction_in_progress",
    )


@transaction.atomic
def proposal_approve(*, proposal: Proposal, actor: User) -> Proposal:
    policies.require(
        policies.can_proposal_review(actor), "Only the programme team can approve an introduction."
    )
    # The request's lock first (the usual order): approvals of two mentors for one request
    # take turns, so both cannot see "nothing live yet" and both go out.
    request = row_locked(MentoringRequest.objects.all(), proposal.request_id)
    proposal = row_locked(Proposal.objects.select_related("request"), proposal.pk)
    if proposal.status != Status.SUGGESTED:
        raise _state_conflict(proposal, "approved")
    _require_open_request(request)
    _require_room_for_an_introduction(request, proposal)
    _proposal_move(proposal, actor=actor, to=Status.APPROVED)
    notifications.notify_proposal_approved(proposal=proposal)
    return proposal


@transaction.atomic
def proposal_reject(*, proposal: Proposal, actor: User, reason: str) -> Proposal:
    policies.require(
        policies.can_proposal_review(actor), "Only the programme team can reject an introduction."
    )
    reason = _reason_required(reason)
    proposal = row_locked(Proposal.objects.all(), proposal.pk)
    if proposal.status != Status.SUGGESTED:
        raise _state_conflict(proposal, "rejected")
    _proposal_move(proposal, actor=actor, to=Status.REJECTED, reason=reason)
    return proposal


@transaction.atomic
def proposal_accept(*, proposal: Proposal, actor: User) -> Proposal:
    # Lock the mentor's profile row first, as Check.ping locks its check: two introductions
    # accepted at the same moment would each count the same free place and both succeed. With
    # the lock the second waits, then counts the first one's acceptance.
    profile = row_locked(MentorProfile.objects.all(), proposal.mentor_id)
    proposal = row_locked(Proposal.objects.select_related("request", "mentor"), proposal.pk)
    policies.require(
        policies.can_proposal_accept(actor, proposal),
        "Only the proposed mentor can accept this introduction.",
    )
    if proposal.status != Status.APPROVED:
        raise _state_conflict(proposal, "accepted")
    _require_open_request(proposal.request)
    load = _capacity_check(profile, by=actor, counted_already=False)
    _proposal_move(
        proposal,
        actor=actor,
        to=Status.ACCEPTED,
        data={"load_before": load, "capacity": profile.capacity},
    )
    notifications.notify_proposal_accepted(proposal=proposal)
    return proposal


@transaction.atomic
def proposal_decline(*, proposal: Proposal, actor: User, reason: str) -> Proposal:
    proposal = row_locked(Proposal.objects.select_related("request", "mentor"), proposal.pk)
    policies.require(
        policies.can_proposal_decline(actor, proposal),
        "Only the proposed mentor or the organisation can decline.",
    )
    is_mentor = proposal.mentor.user_id == actor.pk
    reason = _reason_required(reason)
    if is_mentor and proposal.status != Status.APPROVED:
        if proposal.status == Status.ACCEPTED:
            raise Conflict(
                "You have already accepted this introduction, so the organisation decides now. "
                "If you can no longer take it on, contact the programme team.",
                code="invalid_state",
            )
        raise _state_conflict(proposal, "declined")
    if not is_mentor and proposal.status != Status.ACCEPTED:
        raise Conflict(
            "You can decline an introduction once the mentor has accepted it; this one is "
            f"{proposal.get_status_display().lower()}.",
            code="invalid_state",
        )
    _proposal_move(
        proposal,
        actor=actor,
        to=Status.DECLINED,
        reason=reason,
        data={"side": "mentor" if is_mentor else "mentee"},
    )
    notifications.notify_proposal_declined(proposal=proposal)
    return proposal


@transaction.atomic
def proposal_confirm(*, proposal: Proposal, actor: User) -> Mentorship:
    # The request lock comes first: two mentees confirming two introductions for the same
    # request would otherwise each create a mentorship.
    request = row_locked(MentoringRequest.objects.all(), proposal.request_id)
    policies.require(
        policies.is_request_mentee(actor, request),
        "Only people from the organisation that asked can confirm.",
    )
    # Then the mentor's profile, as at accept: a confirm and an accept for the same mentor
    # must not both count the same free place.
    profile = row_locked(MentorProfile.objects.all(), proposal.mentor_id)
    proposal = row_locked(Proposal.objects.all(), proposal.pk)
    if proposal.status != Status.ACCEPTED:
        raise _state_conflict(proposal, "confirmed")
    _require_open_request(request)
    # The proposal being confirmed is itself counted as accepted; it turns into the mentorship,
    # so its place is counted once, not twice.
    _capacity_check(profile, by=actor, counted_already=True)
    _proposal_move(proposal, actor=actor, to=Status.CONFIRMED)
    mentorship = Mentorship.objects.create(
        proposal=proposal, mentor=profile, request=request, status=Mentorship.Status.ACTIVE
    )
    audit_event_record(
        actor=actor,
        verb=Verb.STARTED,
        target=mentorship,
        to_status=mentorship.status,
        data={"proposal": proposal.pk},
    )
    request.status = MentoringRequest.Status.MATCHED
    request.save(update_fields=["status", "updated_at"])
    audit_event_record(
        actor=actor,
        verb=Verb.MATCHED,
        target=request,
        from_status=MentoringRequest.Status.OPEN,
        to_status=request.status,
        data={"mentorship": mentorship.pk},
    )
    proposals_withdraw(
        proposals=Proposal.objects.filter(request=request).exclude(pk=proposal.pk),
        actor=actor,
        reason="The organisation confirmed another mentor.",
        because=notifications.WITHDRAWN_ANOTHER_CONFIRMED,
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
            proposal, actor=None, to=Status.EXPIRED, reason=f"No answer within {days} days."
        )
        expired += 1
    return expired


@transaction.atomic
def proposals_nudge(*, now: dt.datetime | None = None) -> int:
    """Remind whoever must answer a proposal, once per proposal and state, at half-time."""
    now = now or timezone.now()
    # nudged_at at or after the last status change means this state was already nudged.
    due = (
        Proposal.objects.filter(
            status__in=Proposal.OPEN_STATUSES,
            status_changed_at__lt=now - _expiry_window() / 2,
            status_changed_at__gte=now - _expiry_window(),
        )
        .exclude(nudged_at__gte=models.F("status_changed_at"))
        .select_for_update(skip_locked=True)
        .order_by("pk")
    )
    ids: list[int] = []
    for proposal in due:
        proposal.nudged_at = now
        proposal.save(update_fields=["nudged_at"])
        audit_event_record(
            actor=None,
            verb=Verb.NUDGED,
            target=proposal,
            from_status=proposal.status,
            to_status=proposal.status,
            data={"expires_at": (proposal.status_changed_at + _expiry_window()).isoformat()},
        )
        ids.append(proposal.pk)
    if ids:
        notifications.notify_proposals_nudged(proposal_ids=ids)
    return len(ids)
