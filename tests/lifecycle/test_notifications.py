"""The e-mails: who gets them, a text and an HTML part, and a link to where they act."""

import pytest
from django.core import mail

from matching.lifecycle_tasks import (
    email_mentorship_confirmed,
    email_new_proposals,
    email_proposal_accepted,
    email_proposal_approved,
    email_proposal_declined,
)
from matching.models import Proposal
from matching.notifications import TASK_NEW_PROPOSALS, notify_coordinators_of_new_proposals
from matching.services.proposals import proposal_confirm, proposal_decline
from tests import factories
from tests.factories import request_creator
from tests.lifecycle.helpers import colleague_of, proposal_in, queued

pytestmark = pytest.mark.django_db

SITE = "https://mentors.example"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def test_coordinators_get_one_digest_per_scoring_run(django_capture_on_commit_callbacks):
    coordinators = factories.CoordinatorFactory.create_batch(2)
    first = proposal_in(Proposal.Status.SUGGESTED)
    proposal_in(Proposal.Status.SUGGESTED, request=first.request, rank=2, recommended=False)
    second = proposal_in(Proposal.Status.SUGGESTED)
    proposal_in(Proposal.Status.REJECTED, request=second.request, rank=2)
    with django_capture_on_commit_callbacks() as callbacks:
        notify_coordinators_of_new_proposals(
            request_ids=[second.request_id, first.request_id, first.request_id]
        )
        notify_coordinators_of_new_proposals(request_ids=[])
    request_ids = sorted([first.request_id, second.request_id])
    assert queued(callbacks) == [(TASK_NEW_PROPOSALS, {"request_ids": request_ids})]
    assert email_new_proposals(request_ids=request_ids) == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(c.email for c in coordinators)
    message = mail.outbox[0]
    assert message.subject == "[Mutual Mentors] 3 new introductions to review for 2 requests"
    assert first.request.organisation.name in message.body
    assert second.request.organisation.name in message.body
    assert f"{SITE}/coordinator/queue/" in message.body
    assert f'href="{SITE}/coordinator/queue/"' in html_of(message)


def test_no_digest_when_nothing_waits(coordinator):
    proposal = proposal_in(Proposal.Status.APPROVED)
    assert email_new_proposals(request_ids=[proposal.request_id]) == 0
    assert mail.outbox == []


def test_the_mentor_hears_of_an_approval_without_the_mentees_contact_details():
    proposal = proposal_in(Proposal.Status.APPROVED)
    organisation = proposal.request.organisation
    organisation.name = "O'Brien & <Daughters> Mutual"
    organisation.save()
    assert email_proposal_approved(proposal_id=proposal.pk) == 1
    [message] = mail.outbox
    assert message.to == [proposal.mentor.user.email]
    assert message.subject == (
        "[Mutual Mentors] O'Brien & <Daughters> Mutual would like your help: "
        "please accept or decline"
    )
    assert "O'Brien & <Daughters> Mutual" in message.body
    assert proposal.request.summary in message.body
    assert request_creator(proposal.request).email not in message.body
    html = html_of(message)
    assert "O&#x27;Brien &amp; &lt;Daughters&gt; Mutual" in html
    assert request_creator(proposal.request).email not in html
    assert f'href="{SITE}/dashboard/"' in html


def test_every_mentee_of_the_organisation_hears_of_an_acceptance():
    proposal = proposal_in(Proposal.Status.ACCEPTED)
    colleague = colleague_of(proposal.request)
    assert email_proposal_accepted(proposal_id=proposal.pk) == 2
    assert {m.to[0] for m in mail.outbox} == {
        request_creator(proposal.request).email,
        colleague.email,
    }
    message = mail.outbox[0]
    assert proposal.mentor.user.full_name in message.subject
    assert proposal.mentor.user.email not in message.body
    assert f"{SITE}/dashboard/" in message.body


def test_both_sides_hear_of_a_confirmation_with_each_others_details():
    proposal = proposal_in(Proposal.Status.ACCEPTED)
    mentee = request_creator(proposal.request)
    mentorship = proposal_confirm(proposal=proposal, actor=mentee)
    assert email_mentorship_confirmed(mentorship_id=mentorship.pk) == 2
    by_recipient = {m.to[0]: m for m in mail.outbox}
    mentor_user = proposal.mentor.user
    assert mentee.email in by_recipient[mentor_user.email].body
    assert mentor_user.email in by_recipient[mentee.email].body
    for message in mail.outbox:
        assert f"{SITE}/mentorships/{mentorship.pk}/" in message.body
        assert f'href="{SITE}/mentorships/{mentorship.pk}/"' in html_of(message)


def test_coordinators_hear_of_a_decline(coordinator):
    proposal = proposal_in(Proposal.Status.APPROVED)
    proposal_decline(proposal=proposal, actor=proposal.mentor.user, reason="On leave until May")
    assert email_proposal_declined(proposal_id=proposal.pk) == 1
    [message] = mail.outbox
    assert message.to == [coordinator.email]
    assert "declined by the mentor" in message.subject
    assert "On leave until May" in message.body


def test_an_email_for_a_moment_that_has_passed_is_not_sent():
    proposal = proposal_in(Proposal.Status.WITHDRAWN)
    assert email_proposal_approved(proposal_id=proposal.pk) == 0
    assert email_proposal_accepted(proposal_id=proposal.pk) == 0
    assert email_proposal_approved(proposal_id=proposal.pk + 1000) == 0
    assert email_mentorship_confirmed(mentorship_id=12345) == 0
    assert mail.outbox == []


@pytest.mark.parametrize("verb", ["paused", "resumed", "completed", "ended"])
def test_a_change_by_the_other_side_names_them_once(verb):
    from matching.notifications import send_mentorship_changed

    mentorship = factories.MentorshipFactory.create()
    mentor = mentorship.mentor.user
    mentee = request_creator(mentorship.request)
    assert send_mentorship_changed(mentorship_id=mentorship.pk, verb=verb, actor_id=mentor.pk)
    to_mentee = next(m for m in mail.outbox if m.to == [mentee.email])
    # "Vikram marked your mentorship as completed", not "... your mentorship with Vikram ...".
    assert f"{mentor.full_name} {verb if verb != 'completed' else 'marked'} your mentorship" in (
        to_mentee.body
    )
    assert f"your mentorship with {mentor.full_name}" not in to_mentee.body
    assert f"with <strong>{mentor.full_name}</strong>" not in html_of(to_mentee)
    # The mentor's own copy (asked for feedback on complete) still names the organisation.
    for message in mail.outbox:
        if message.to == [mentor.email]:
            assert mentorship.request.organisation.name in message.body
