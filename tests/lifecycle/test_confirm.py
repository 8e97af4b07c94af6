"""A mentee confirms an accepted proposal: a mentorship starts and the request is matched."""

import pytest
from django.core.exceptions import PermissionDenied

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import MentoringRequest, Mentorship, Proposal
from matching.notifications import TASK_MENTORSHIP_CONFIRMED
from matching.services.proposals import proposal_confirm
from tests.factories import request_creator
from tests.lifecycle.helpers import colleague_of, events, outsider, proposal_in, queued

pytestmark = pytest.mark.django_db


def test_it_starts_a_mentorship(django_capture_on_commit_callbacks):
    proposal = proposal_in(Proposal.Status.ACCEPTED)
    mentee = colleague_of(proposal.request)
    with django_capture_on_commit_callbacks() as callbacks:
        mentorship = proposal_confirm(proposal=proposal, actor=mentee)
    assert isinstance(mentorship, Mentorship)
    assert mentorship.status == Mentorship.Status.ACTIVE
    assert (mentorship.proposal, mentorship.mentor, mentorship.request) == (
        proposal,
        proposal.mentor,
        proposal.request,
    )
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.CONFIRMED
    assert proposal.decided_by == mentee
    assert events(proposal) == [("confirmed", "accepted", "confirmed")]
    assert events(mentorship) == [("started", "", "active")]
    assert events(proposal.request) == [("matched", "open", "matched")]
    assert queued(callbacks) == [(TASK_MENTORSHIP_CONFIRMED, {"mentorship_id": mentorship.pk})]


def test_it_withdraws_the_requests_other_open_proposals():
    proposal = proposal_in(Proposal.Status.ACCEPTED)
    request = proposal.request
    others = {
        status: proposal_in(status, request=request, rank=2)
        # No other approved or accepted one: one introduction is live per request at a time.
        for status in (
            Proposal.Status.SUGGESTED,
            Proposal.Status.REJECTED,
            Proposal.Status.DECLINED,
        )
    }
    unrelated = proposal_in(Proposal.Status.APPROVED, mentor=proposal.mentor)
    proposal_confirm(proposal=proposal, actor=request_creator(request))
    for status, other in others.items():
        other.refresh_from_db()
        if status in Proposal.OPEN_STATUSES:
            assert other.status == Proposal.Status.WITHDRAWN
            assert other.reason == "The organisation confirmed another mentor."
            assert events(other) == [("withdrawn", status, "withdrawn")]
        else:
            assert other.status == status
            assert events(other) == []
    unrelated.refresh_from_db()
    assert unrelated.status == Proposal.Status.APPROVED


def test_it_rejects_anyone_but_a_mentee_of_the_organisation(coordinator):
    proposal = proposal_in(Proposal.Status.ACCEPTED)
    for actor in (outsider(), proposal.mentor.user, coordinator):
        with pytest.raises(PermissionDenied):
            proposal_confirm(proposal=proposal, actor=actor)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.ACCEPTED
    assert not Mentorship.objects.exists()
    assert AuditEvent.objects.count() == 0


@pytest.mark.parametrize(
    "status", [Proposal.Status.APPROVED, Proposal.Status.CONFIRMED, Proposal.Status.WITHDRAWN]
)
def test_it_refuses_a_proposal_that_is_not_accepted(status):
    proposal = proposal_in(status)
    with pytest.raises(Conflict, match="cannot be confirmed"):
        proposal_confirm(proposal=proposal, actor=request_creator(proposal.request))
    assert not Mentorship.objects.exists()
    assert AuditEvent.objects.count() == 0
    assert MentoringRequest.objects.get().status == MentoringRequest.Status.OPEN


def test_a_second_confirm_of_the_same_request_is_refused():
    # One introduction is live per request, so the second try is the same one again (a double
    # click, or a colleague at the same organisation).
    first = proposal_in(Proposal.Status.ACCEPTED)
    proposal_confirm(proposal=first, actor=request_creator(first.request))
    with pytest.raises(Conflict, match="confirmed"):
        proposal_confirm(proposal=first, actor=request_creator(first.request))
    assert Mentorship.objects.count() == 1
