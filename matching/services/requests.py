"""Mentoring requests: a mentee files, edits or withdraws one; a finished mentorship closes it,
and one that ended early opens it again (re-scored) for another mentor.

Saving a request queues its scoring: the run row commits with the request (so its `scoring`
status shows at once) and the job itself is sent on commit.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from accounts.models import User
from core.audit import audit_event_record
from core.errors import Conflict
from core.models import AuditEvent
from core.services import model_field_clean, model_update_fields, row_locked
from matching import notifications, policies
from matching.models import MatchRun, MentoringRequest, PreferredFormat, Proposal, Topic
from matching.services.match_runs import match_run_create
from matching.services.proposals import proposals_withdraw

REQUEST_FIELDS = ("needs", "summary", "goals", "preferred_format")
Verb = AuditEvent.Verb
Status = MentoringRequest.Status


def _request_move(
    request: MentoringRequest, *, actor: User, to: Status, verb: str, reason: str = ""
) -> None:
    """Save the request's new status and audit the move (the caller holds its row lock)."""
    from_status = request.status
    request.status = to
    request.save(update_fields=["status", "updated_at"])
    audit_event_record(
        actor=actor,
        verb=verb,
        target=request,
        from_status=from_status,
        to_status=to,
        reason=reason,
    )


@transaction.atomic
def request_create(
    *,
    actor: User,
    needs: list[Topic],
    summary: str,
    goals: str = "",
    preferred_format: str = PreferredFormat.EITHER,
) -> MentoringRequest:
    policies.require(
        policies.can_request_create(actor),
        "Only people from a fledgling mutual can ask for mentoring.",
    )
    if actor.organisation_id is None:
        raise Conflict(
            "Describe your organisation first, then ask for mentoring.", code="organisation_missing"
        )
    request = MentoringRequest(organisation_id=actor.organisation_id, created_by=actor)
    model_update_fields(
        instance=request,
        fields=REQUEST_FIELDS,
        data={
            "needs": needs,
            "summary": summary,
            "goals": goals,
            "preferred_format": preferred_format,
        },
        required=["needs"],
    )
    audit_event_record(
        actor=actor,
        verb=Verb.CREATED,
        target=request,
        to_status=request.status,
        data={"needs": sorted(t.slug for t in needs)},
    )
    match_run_create(kind=MatchRun.Kind.REQUEST, request=request, actor=actor)
    return request


@transaction.atomic
def request_update(*, request: MentoringRequest, actor: User, **data: Any) -> MentoringRequest:
    """Change what the request asks for; any of REQUEST_FIELDS, by keyword."""
    request = row_locked(MentoringRequest.objects.all(), request.pk)
    policies.require(
        policies.can_request_change(actor, request),
        "Only people from the organisation that asked can change a request.",
    )
    # Validate first (a 400 names every bad field), then the state; the transaction rolls the
    # row back if the state refuses.
    changed = model_update_fields(
        instance=request, fields=REQUEST_FIELDS, data=data, required=["needs"], reject_unknown=True
    )
    if request.status != MentoringRequest.Status.OPEN:
        raise Conflict(
            f"This request is {request.get_status_display().lower()}, so it can no longer be "
            "changed. File a new request if your needs have changed.",
            code="invalid_state",
        )
    if not changed:
        return request
    audit_event_record(
        actor=actor,
        verb=Verb.UPDATED,
        target=request,
        from_status=request.status,
        to_status=request.status,
        data={"fields": sorted(changed)},
    )
    match_run_create(kind=MatchRun.Kind.REQUEST, request=request, actor=actor)
    return request


@transaction.atomic
def request_withdraw(
    *, request: MentoringRequest, actor: User, reason: str = ""
) -> MentoringRequest:
    request = row_locked(MentoringRequest.objects.all(), request.pk)
    policies.require(
        policies.can_request_change(actor, request),
        "Only people from the organisation that asked can withdraw it.",
    )
    # Any reason is held to the same rules as a proposal's.
    reason = model_field_clean(model=Proposal, field="reason", value=reason)
    if request.status != MentoringRequest.Status.OPEN:
        raise Conflict(
            f"This request is already {request.get_status_display().lower()}; only an open "
            "request can be withdrawn.",
            code="invalid_state",
        )
    _request_move(request, actor=actor, to=Status.WITHDRAWN, verb=Verb.WITHDRAWN, reason=reason)
    proposals_withdraw(
        proposals=Proposal.objects.filter(request=request),
        actor=actor,
        reason="The organisation withdrew its request.",
        because=notifications.WITHDRAWN_REQUEST_WITHDRAWN,
    )
    return request


def request_close(*, request: MentoringRequest, actor: User, reason: str) -> None:
    """A matched request closes when its mentorship is over. Call inside the transaction."""
    request = row_locked(MentoringRequest.objects.all(), request.pk)
    if request.status == Status.MATCHED:
        _request_move(request, actor=actor, to=Status.CLOSED, verb=Verb.CLOSED, reason=reason)


def request_reopen(*, request: MentoringRequest, actor: User, reason: str) -> None:
    """A matched request whose mentorship ended early is open again, and scored afresh.

    Call inside the mentorship's transaction. The scoring run commits with it and its job is
    queued on commit, so the programme team sees new suggestions; the organisation may still
    withdraw the request.
    """
    request = row_locked(MentoringRequest.objects.all(), request.pk)
    if request.status != Status.MATCHED:
        return
    _request_move(request, actor=actor, to=Status.OPEN, verb=Verb.REOPENED, reason=reason)
    match_run_create(kind=MatchRun.Kind.REQUEST, request=request, actor=actor)


def request_rematch(*, request: MentoringRequest, actor: User, reason: str) -> None:
    """A closed request is matched again when its mentorship is reopened. Call inside it."""
    request = row_locked(MentoringRequest.objects.all(), request.pk)
    if request.status == Status.CLOSED:
        _request_move(request, actor=actor, to=Status.MATCHED, verb=Verb.REOPENED, reason=reason)
