"""A coordinator approves a suggested proposal; the mentor is told."""

import pytest
from django.core.exceptions import PermissionDenied

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import MentoringRequest, Proposal
from matching.notifications import TASK_PROPOSAL_APPROVED
from matching.services.proposals import proposal_approve
from tests.lifecycle.helpers import events, mentee_of, proposal_in, queued

pytestmark = pytest.mark.django_db


def test_it_approves_a_suggested_proposal(coordinator, django_capture_on_commit_callbacks):
    proposal = proposal_in(Proposal.Status.SUGGESTED)
    with django_capture_on_commit_callbacks() as callbacks:
        result = proposal_approve(proposal=proposal, actor=coordinator)
    proposal.refresh_from_db()
    assert proposal.status == result.status == Proposal.Status.APPROVED
    assert proposal.decided_by == coordinator
    assert proposal.status_changed_at > proposal.created_at
    assert events(proposal) == [("approved", "suggested", "approved")]
    assert (
        AuditEvent.objects.get(content_type__model="proposal", object_id=proposal.pk).actor
        == coordinator
    )
    assert queued(callbacks) == [(TASK_PROPOSAL_APPROVED, {"proposal_id": proposal.pk})]


@pytest.mark.parametrize("who", ["mentee", "mentor"])
def test_it_rejects_anyone_but_a_coordinator(who):
    proposal = proposal_in(Proposal.Status.SUGGESTED)
    actor = mentee_of(proposal.request) if who == "mentee" else proposal.mentor.user
    with pytest.raises(PermissionDenied):
        proposal_approve(proposal=proposal, actor=actor)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SUGGESTED
    assert AuditEvent.objects.count() == 0


@pytest.mark.parametrize(
    "status", [s for s in Proposal.Status.values if s != Proposal.Status.SUGGESTED]
)
def test_it_refuses_a_proposal_past_suggested(coordinator, status):
    proposal = proposal_in(status)
    with pytest.raises(Conflict, match="cannot be approved"):
        proposal_approve(proposal=proposal, actor=coordinator)
    proposal.refresh_from_db()
    assert proposal.status == status
    assert AuditEvent.objects.count() == 0


def test_it_refuses_when_the_request_is_no_longer_open(coordinator):
    proposal = proposal_in(Proposal.Status.SUGGESTED)
    MentoringRequest.objects.filter(pk=proposal.request_id).update(
        status=MentoringRequest.Status.CLOSED
    )
    with pytest.raises(Conflict, match="request behind this introduction is closed"):
        proposal_approve(proposal=proposal, actor=coordinator)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SUGGESTED
