"""Half-way to expiry, whoever must answer a proposal gets one reminder per state."""

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from core.models import AuditEvent
from matching.lifecycle_tasks import email_proposal_nudges
from matching.models import Proposal
from matching.notifications import TASK_PROPOSAL_NUDGES
from matching.services.proposals import proposal_accept, proposals_nudge
from tests import factories
from tests.factories import request_creator
from tests.lifecycle.helpers import colleague_of, days_ago, events, proposal_in, queued

pytestmark = pytest.mark.django_db


def test_it_nudges_once_per_proposal_and_state(django_capture_on_commit_callbacks):
    now = timezone.now()
    due = proposal_in(Proposal.Status.APPROVED, status_changed_at=days_ago(7.5, now))
    proposal_in(Proposal.Status.APPROVED, status_changed_at=days_ago(6.5, now))
    proposal_in(Proposal.Status.DECLINED, status_changed_at=days_ago(8, now))
    with django_capture_on_commit_callbacks() as callbacks:
        assert proposals_nudge(now=now) == 1
    assert queued(callbacks) == [(TASK_PROPOSAL_NUDGES, {"proposal_ids": [due.pk]})]
    assert events(due) == [("nudged", "approved", "approved")]
    assert AuditEvent.objects.get(verb="nudged").actor is None
    with django_capture_on_commit_callbacks() as callbacks:
        assert proposals_nudge(now=now) == 0
    assert queued(callbacks) == []
    # A new state is a new wait, so it earns its own reminder half-way through.
    proposal_accept(proposal=due, actor=due.mentor.user)
    assert proposals_nudge(now=now) == 0
    assert proposals_nudge(now=timezone.now() + (now - days_ago(7.5, now))) == 1
    assert [e[0] for e in events(due)] == ["nudged", "accepted", "nudged"]


def test_each_person_gets_one_reminder_listing_what_waits_on_them(coordinator, settings):
    settings.SITE_URL = "https://mentors.example"
    mentor = factories.MentorProfileFactory.create(capacity=5)
    suggested = proposal_in(Proposal.Status.SUGGESTED, status_changed_at=days_ago(8))
    approved = [
        proposal_in(Proposal.Status.APPROVED, mentor=mentor, status_changed_at=days_ago(8))
        for _ in range(2)
    ]
    accepted = proposal_in(Proposal.Status.ACCEPTED, status_changed_at=days_ago(8))
    colleague = colleague_of(accepted.request)
    ids = [suggested.pk, *(p.pk for p in approved), accepted.pk]
    assert email_proposal_nudges(proposal_ids=ids) == 4
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {
        coordinator.email,
        mentor.user.email,
        request_creator(accepted.request).email,
        colleague.email,
    }
    to_mentor = by_recipient[mentor.user.email]
    assert isinstance(to_mentor, EmailMultiAlternatives)
    assert to_mentor.subject == "[Mutual Mentors] Reminder: 2 introductions waiting for your answer"
    assert to_mentor.body.count("Accept or decline the introduction to") == 2
    assert "https://mentors.example/dashboard/" in to_mentor.body
    html, mimetype = to_mentor.alternatives[0]
    assert mimetype == "text/html"
    assert 'href="https://mentors.example/dashboard/"' in str(html)
    to_coordinator = by_recipient[coordinator.email]
    assert "Approve or reject" in to_coordinator.body
    assert "https://mentors.example/coordinator/queue/" in to_coordinator.body
    assert "Confirm or decline" in by_recipient[colleague.email].body


def test_proposals_that_moved_on_are_not_nudged(coordinator):
    proposal = proposal_in(Proposal.Status.EXPIRED, status_changed_at=days_ago(8))
    assert email_proposal_nudges(proposal_ids=[proposal.pk]) == 0
    assert mail.outbox == []
