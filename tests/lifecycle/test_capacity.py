"""Live mentorships plus accepted proposals never exceed a mentor's capacity."""

import pytest

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import Mentorship, Proposal
from matching.selectors import mentor_load
from matching.services.proposals import proposal_accept, proposal_confirm
from tests import factories
from tests.factories import request_creator
from tests.lifecycle.helpers import proposal_in

pytestmark = pytest.mark.django_db


def test_the_load_counts_live_mentorships_and_accepted_proposals():
    mentor = factories.MentorProfileFactory.create(capacity=5)
    for status in Mentorship.Status.values:
        factories.MentorshipFactory.create(proposal__mentor=mentor, status=status)
    for status in Proposal.Status.values:
        proposal_in(status, mentor=mentor)
    # active + paused mentorships, and the one accepted proposal.
    assert mentor_load(mentor.pk) == 3
    assert mentor_load(factories.MentorProfileFactory.create().pk) == 0


def test_accept_fails_once_the_mentor_is_full():
    mentor = factories.MentorProfileFactory.create(capacity=2)
    factories.MentorshipFactory.create(proposal__mentor=mentor, status=Mentorship.Status.PAUSED)
    proposal_in(Proposal.Status.ACCEPTED, mentor=mentor)
    proposal = proposal_in(Proposal.Status.APPROVED, mentor=mentor)
    with pytest.raises(Conflict, match="You are at capacity: 2 of your 2 places"):
        proposal_accept(proposal=proposal, actor=mentor.user)
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.APPROVED
    assert AuditEvent.objects.count() == 0


def test_accept_succeeds_up_to_capacity_and_completed_mentorships_free_a_place():
    mentor = factories.MentorProfileFactory.create(capacity=2)
    factories.MentorshipFactory.create(proposal__mentor=mentor, status=Mentorship.Status.ACTIVE)
    factories.MentorshipFactory.create(proposal__mentor=mentor, status=Mentorship.Status.COMPLETED)
    proposal = proposal_in(Proposal.Status.APPROVED, mentor=mentor)
    proposal_accept(proposal=proposal, actor=mentor.user)
    assert mentor_load(mentor.pk) == 2


def test_a_capacity_of_zero_accepts_nothing():
    mentor = factories.MentorProfileFactory.create(capacity=0)
    proposal = proposal_in(Proposal.Status.APPROVED, mentor=mentor)
    with pytest.raises(Conflict, match="0 of your 0 places"):
        proposal_accept(proposal=proposal, actor=mentor.user)


def test_confirm_does_not_count_the_proposal_being_confirmed_twice():
    mentor = factories.MentorProfileFactory.create(capacity=1)
    proposal = proposal_in(Proposal.Status.ACCEPTED, mentor=mentor)
    mentorship = proposal_confirm(proposal=proposal, actor=request_creator(proposal.request))
    assert mentorship.status == Mentorship.Status.ACTIVE
    assert mentor_load(mentor.pk) == 1


def test_confirm_fails_when_the_mentor_has_no_place_left():
    # Capacity lowered behind the services' back (in the admin, say) after the mentor accepted.
    mentor = factories.MentorProfileFactory.create(capacity=2)
    factories.MentorshipFactory.create(proposal__mentor=mentor, status=Mentorship.Status.ACTIVE)
    proposal = proposal_in(Proposal.Status.ACCEPTED, mentor=mentor)
    type(mentor).objects.filter(pk=mentor.pk).update(capacity=1)
    with pytest.raises(Conflict, match=r"This mentor has no place left \(1 of 1 taken\)"):
        proposal_confirm(proposal=proposal, actor=request_creator(proposal.request))
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.ACCEPTED
    assert Mentorship.objects.count() == 1
    assert AuditEvent.objects.count() == 0
