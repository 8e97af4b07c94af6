"""Open proposals nobody answers expire after PROPOSAL_EXPIRY_DAYS (the hourly beat job)."""

import pytest
from django.utils import timezone

from core.models import AuditEvent
from matching.lifecycle_tasks import expire_proposals
from matching.models import Proposal
from matching.services.proposals import proposals_expire
from tests.lifecycle.helpers import days_ago, events, proposal_in

pytestmark = pytest.mark.django_db


def test_it_expires_open_proposals_past_the_deadline():
    now = timezone.now()
    stale = [proposal_in(s, status_changed_at=days_ago(14.01, now)) for s in Proposal.OPEN_STATUSES]
    fresh = proposal_in(Proposal.Status.APPROVED, status_changed_at=days_ago(13.9, now))
    settled = proposal_in(Proposal.Status.REJECTED, status_changed_at=days_ago(40, now))
    assert proposals_expire(now=now) == 3
    for proposal, was in zip(stale, Proposal.OPEN_STATUSES, strict=True):
        proposal.refresh_from_db()
        assert proposal.status == Proposal.Status.EXPIRED
        assert proposal.reason == "No answer within 14 days."
        assert proposal.decided_by is None
        assert events(proposal) == [("expired", was, "expired")]
    assert AuditEvent.objects.filter(actor__isnull=False).count() == 0
    for proposal, status in ((fresh, "approved"), (settled, "rejected")):
        proposal.refresh_from_db()
        assert proposal.status == status
    # A second sweep finds nothing left to do.
    assert proposals_expire(now=now) == 0


def test_the_window_follows_the_setting(settings):
    settings.PROPOSAL_EXPIRY_DAYS = 3
    proposal = proposal_in(Proposal.Status.SUGGESTED, status_changed_at=days_ago(3.5))
    assert proposals_expire() == 1
    proposal.refresh_from_db()
    assert proposal.reason == "No answer within 3 days."


def test_the_beat_task_expires_then_nudges():
    proposal_in(Proposal.Status.ACCEPTED, status_changed_at=days_ago(20))
    proposal_in(Proposal.Status.APPROVED, status_changed_at=days_ago(8))
    proposal_in(Proposal.Status.APPROVED, status_changed_at=days_ago(1))
    assert expire_proposals() == {"expired": 1, "nudged": 1}
    assert expire_proposals.name == "matching.expire_proposals"
