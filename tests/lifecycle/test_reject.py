"""A coordinator rejects a suggested proposal, always with a reason."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import Proposal
from matching.services.proposals import proposal_reject
from tests.lifecycle.helpers import events, mentee_of, proposal_in

pytestmark = pytest.mark.django_db


def test_it_rejects_with_the_reason_recorded(coordinator):
    proposal = proposal_in(Proposal.Status.SUGGESTED)
    proposal_reject(proposal=proposal, actor=coordinator, reason="  Too far from their sector. ")
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.REJECTED
    assert proposal.reason == "Too far from their sector."
    assert proposal.decided_by == coordinator
    assert events(proposal) == [("rejected", "suggested", "rejected")]
    assert AuditEvent.objects.get().reason == "Too far from their sector."


@pytest.mark.parametrize("reason", ["", "   ", None, "x" * 2001])
def test_it_requires_a_usable_reason(coordinator, reason):
    proposal = proposal_in(Proposal.Status.SUGGESTED)
    with pytest.raises(ValidationError) as caught:
        proposal_reject(proposal=proposal, actor=coordinator, reason=reason)
    assert list(caught.value.message_dict) == ["reason"]
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SUGGESTED
    assert AuditEvent.objects.count() == 0


def test_it_rejects_a_mentee_acting_as_coordinator():
    proposal = proposal_in(Proposal.Status.SUGGESTED)
    with pytest.raises(PermissionDenied):
        proposal_reject(proposal=proposal, actor=mentee_of(proposal.request), reason="No")
    assert AuditEvent.objects.count() == 0


def test_it_refuses_an_approved_proposal(coordinator):
    proposal = proposal_in(Proposal.Status.APPROVED)
    with pytest.raises(Conflict, match="cannot be rejected"):
        proposal_reject(proposal=proposal, actor=coordinator, reason="Changed my mind")
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED
    assert AuditEvent.objects.count() == 0
