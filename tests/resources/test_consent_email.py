"""Both sides of a mentorship are asked by e-mail when the programme drafts its case study.

Found: the request for consent appeared only on the dashboards, which volunteers with little
time rarely open; a draft could wait for ever with nobody knowing it was there.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from resources.models import CaseStudy
from resources.notifications import TASK_CONSENT_WANTED
from resources.tasks import email_consent_wanted
from tests import factories
from tests.conftest import client_for
from worker.models import OutboxMessage

pytestmark = pytest.mark.django_db

URL = "/api/v1/case-studies/"


def _draft(coordinator: Any, mentorship: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Riverside Libraries",
        "summary": "A library service that became a mutual.",
        "body": "They began with the staff.",
    }
    if mentorship is not None:
        body["mentorship"] = mentorship.pk
    created = client_for(coordinator).post(URL, body, format="json")
    assert created.status_code == 201, created.content
    return created.json()


def _send_queued() -> list[Any]:
    for queued in OutboxMessage.objects.filter(task=TASK_CONSENT_WANTED).order_by("pk"):
        email_consent_wanted(**queued.kwargs)
    return list(mail.outbox)


def test_both_sides_are_asked_with_a_link_to_the_draft(coordinator: Any) -> None:
    mentorship = factories.MentorshipFactory.create(status="completed")
    mentor, mentee = mentorship.mentor.user, factories.request_creator(mentorship.request)
    colleague = factories.MenteeFactory.create(organisation=mentorship.request.organisation)
    _draft(coordinator, mentorship)
    sent = _send_queued()
    assert sorted(m.to[0] for m in sent) == sorted([mentor.email, mentee.email, colleague.email])
    to_mentor = next(m for m in sent if m.to == [mentor.email])
    assert "May we share the story of your mentorship?" in to_mentor.subject
    body = " ".join(to_mentor.body.split())
    assert mentorship.request.organisation.name in body
    assert '"Riverside Libraries"' in body
    assert "Nothing is published unless both of you agree" in body
    assert f"/mentorships/{mentorship.pk}/#case-study-title" in body
    [(html, _)] = to_mentor.alternatives
    assert "Read the draft and decide" in html


def test_a_side_that_has_already_agreed_is_not_asked_again(coordinator: Any) -> None:
    mentorship = factories.MentorshipFactory.create(status="completed")
    study = _draft(coordinator, mentorship)
    consent = f"{URL}{study['id']}/consent/"
    client_for(mentorship.mentor.user).post(consent, {"consent": True}, format="json")
    sent = _send_queued()
    assert mentorship.mentor.user.email not in [m.to[0] for m in sent]
    assert factories.request_creator(mentorship.request).email in [m.to[0] for m in sent]


def test_no_mentorship_no_email_and_a_published_study_asks_nobody(coordinator: Any) -> None:
    _draft(coordinator)
    assert not OutboxMessage.objects.filter(task=TASK_CONSENT_WANTED).exists()
    mentorship = factories.MentorshipFactory.create(status="completed")
    study = _draft(coordinator, mentorship)
    CaseStudy.objects.filter(pk=study["id"]).update(status="archived")
    assert _send_queued() == []


def test_linking_another_mentorship_asks_its_two_sides(coordinator: Any) -> None:
    first = factories.MentorshipFactory.create(status="completed")
    study = _draft(coordinator, first)
    OutboxMessage.objects.filter(task=TASK_CONSENT_WANTED).delete()
    second = factories.MentorshipFactory.create(status="completed")
    edited = client_for(coordinator).patch(
        f"{URL}{study['id']}/", {"mentorship": second.pk}, format="json"
    )
    assert edited.status_code == 200, edited.content
    sent = _send_queued()
    recipients = [m.to[0] for m in sent]
    assert second.mentor.user.email in recipients
    assert first.mentor.user.email not in recipients
    # An edit of the words alone asks nobody again.
    OutboxMessage.objects.filter(task=TASK_CONSENT_WANTED).delete()
    client_for(coordinator).patch(f"{URL}{study['id']}/", {"title": "New title"}, format="json")
    assert not OutboxMessage.objects.filter(task=TASK_CONSENT_WANTED).exists()
