"""The proposed mentor accepts an approved proposal; the organisation's mentees are told."""

import pytest
from django.core.exceptions import PermissionDenied

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import Proposal
from matching.notifications import TASK_PROPOSAL_ACCEPTED
from matching.services.proposals import proposal_accept
from tests.lifecycle.helpers import events, mentee_of, other_mentor, proposal_in, queued

pytestmark = pytest.mark.django_db


def test_it_accepts_an_approved_proposal(django_capture_on_commit_callbacks):
    proposal = proposal_in(Proposal.Status.APPROVED)
    mentor_user = proposal.mentor.user
    with django_capture_on_commit_callbacks() as callbacks:
        proposal_accept(proposal=proposal, actor=mentor_user)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.ACCEPTED
    assert proposal.decided_by == mentor_user
    assert events(proposal) == [("accepted", "approved", "accepted")]
    assert AuditEvent.objects.get().data == {"load_before": 0, "capacity": 2}
    assert queued(callbacks) == [(TASK_PROPOSAL_ACCEPTED, {"proposal_id": proposal.pk})]


def test_it_rejects_another_mentor(coordinator):
    proposal = proposal_in(Proposal.Status.APPROVED)
    for actor in (other_mentor(), mentee_of(proposal.request), coordinator):
        with pytest.raises(PermissionDenied):
            proposal_accept(proposal=proposal, actor=actor)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED
    assert AuditEvent.objects.count() == 0


@pytest.mark.parametrize(
    "status", [Proposal.Status.SUGGESTED, Proposal.Status.ACCEPTED, Proposal.Status.EXPIRED]
)
def test_it_refuses_a_proposal_that_is_not_approved(status):
    proposal = proposal_in(status)
    with pytest.raises(Conflict, match="cannot be accepted"):
        proposal_accept(proposal=proposal, actor=proposal.mentor.user)
    proposal.refresh_from_db()
    assert proposal.status == status
    assert AuditEvent.objects.count() == 0
