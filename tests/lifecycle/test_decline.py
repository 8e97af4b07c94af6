"""The mentor declines while approved; the organisation declines once the mentor accepted."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import Proposal
from matching.notifications import TASK_PROPOSAL_DECLINED
from matching.services.proposals import proposal_decline
from tests.lifecycle.helpers import (
    colleague_of,
    events,
    mentee_of,
    other_mentor,
    outsider,
    proposal_in,
    queued,
)

pytestmark = pytest.mark.django_db


def test_the_mentor_declines_an_approved_proposal(django_capture_on_commit_callbacks):
    proposal = proposal_in(Proposal.Status.APPROVED)
    with django_capture_on_commit_callbacks() as callbacks:
        proposal_decline(proposal=proposal, actor=proposal.mentor.user, reason="No time")
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.DECLINED
    assert proposal.reason == "No time"
    assert events(proposal) == [("declined", "approved", "declined")]
    assert AuditEvent.objects.get().data == {"side": "mentor"}
    assert queued(callbacks) == [(TASK_PROPOSAL_DECLINED, {"proposal_id": proposal.pk})]


def test_any_mentee_of_the_organisation_declines_an_accepted_proposal():
    proposal = proposal_in(Proposal.Status.ACCEPTED)
    colleague = colleague_of(proposal.request)
    proposal_decline(proposal=proposal, actor=colleague, reason="We found help locally")
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.DECLINED
    assert proposal.decided_by == colleague
    assert events(proposal) == [("declined", "accepted", "declined")]


def test_it_rejects_people_outside_the_introduction(coordinator):
    proposal = proposal_in(Proposal.Status.ACCEPTED)
    for actor in (outsider(), other_mentor(), coordinator):
        with pytest.raises(PermissionDenied):
            proposal_decline(proposal=proposal, actor=actor, reason="Because")
    assert AuditEvent.objects.count() == 0


def test_it_refuses_the_mentor_once_they_have_accepted():
    proposal = proposal_in(Proposal.Status.ACCEPTED)
    with pytest.raises(Conflict, match="already accepted"):
        proposal_decline(proposal=proposal, actor=proposal.mentor.user, reason="Too busy")
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.ACCEPTED
    assert AuditEvent.objects.count() == 0


def test_it_refuses_the_mentee_before_the_mentor_has_accepted():
    proposal = proposal_in(Proposal.Status.APPROVED)
    with pytest.raises(Conflict, match="once the mentor has accepted"):
        proposal_decline(proposal=proposal, actor=mentee_of(proposal.request), reason="No")
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED


def test_it_requires_a_reason():
    proposal = proposal_in(Proposal.Status.APPROVED)
    with pytest.raises(ValidationError) as caught:
        proposal_decline(proposal=proposal, actor=proposal.mentor.user, reason=" ")
    assert caught.value.message_dict == {"reason": ["Enter a reason: the programme team reads it"]}
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED
    assert AuditEvent.objects.count() == 0
