"""Case studies: coordinators write them; one about a mentorship is published only once both its
mentor and its mentee have agreed in the app."""

from __future__ import annotations

from typing import Any

import pytest

from core.models import AuditEvent
from tests import factories
from tests.conftest import client_for
from tests.errors import error_code, field_errors

pytestmark = pytest.mark.django_db

URL = "/api/v1/case-studies/"


def test_both_sides_must_consent_before_publishing(coordinator: Any) -> None:
    mentorship = factories.MentorshipFactory.create(status="completed")
    mentor, mentee = mentorship.mentor.user, mentorship.request.created_by
    writer = client_for(coordinator)
    created = writer.post(
        URL,
        {
            "title": "Riverside Libraries",
            "summary": "A library service that became a mutual.",
            "body": "They began with the staff.",
            "stages": [3, 4],
            "sectors": ["libraries-culture"],
            "mentorship": mentorship.pk,
        },
        format="json",
    )
    assert created.status_code == 201, created.content
    study = created.json()
    assert study["status"] == "draft" and not study["consent_mentor"]
    detail = f"{URL}{study['id']}/"

    refused = writer.patch(detail, {"status": "published"}, format="json")
    assert refused.status_code == 409 and error_code(refused) == "consent_missing"
    # The two sides see the draft about them; nobody else does.
    assert client_for(mentee).get(detail).status_code == 200
    assert client_for(None).get(detail).status_code == 404
    outsider = factories.MenteeFactory.create()
    consent = f"{detail}consent/"
    assert client_for(outsider).post(consent, {"consent": True}, format="json").status_code == 404

    assert (
        client_for(mentor).post(consent, {"consent": True}, format="json").json()["consent_mentor"]
    )
    assert writer.patch(detail, {"status": "published"}, format="json").status_code == 409
    assert client_for(mentee).post(consent, {"consent": True}, format="json").status_code == 200
    published = writer.patch(detail, {"status": "published"}, format="json")
    assert published.status_code == 200 and published.json()["status"] == "published"
    assert [s["id"] for s in client_for(None).get(URL).json()["results"]] == [study["id"]]
    assert AuditEvent.objects.filter(verb="consented").count() == 2

    # A coordinator can take it back to draft (it had answered 200 and stayed published).
    unpublished = writer.patch(detail, {"status": "draft"}, format="json")
    assert unpublished.status_code == 200 and unpublished.json()["status"] == "draft"
    assert client_for(None).get(URL).json()["results"] == []
    assert AuditEvent.objects.filter(verb="reopened", object_id=study["id"]).count() == 1
    assert writer.patch(detail, {"status": "published"}, format="json").status_code == 200

    # Taking consent back takes the story down at once.
    withdrawn = client_for(mentee).post(consent, {"consent": False}, format="json").json()
    assert withdrawn["status"] == "draft"
    assert client_for(None).get(URL).json()["results"] == []


def test_a_case_study_comes_only_from_a_completed_mentorship(coordinator: Any) -> None:
    active = factories.MentorshipFactory.create()
    response = client_for(coordinator).post(
        URL,
        {"title": "Too soon", "summary": "s", "body": "b", "mentorship": active.pk},
        format="json",
    )
    assert response.status_code == 400 and "mentorship" in field_errors(response)


def test_one_without_a_mentorship_needs_no_consent(coordinator: Any, mentee: Any) -> None:
    writer = client_for(coordinator)
    body = {"title": "Our programme", "summary": "s", "body": "b", "status": "published"}
    created = writer.post(URL, body, format="json")
    assert created.status_code == 201 and created.json()["status"] == "published"
    assert client_for(mentee).post(URL, body, format="json").status_code == 403


def test_each_participants_dashboard_asks_for_their_consent_until_they_give_it() -> None:
    from django.test import Client

    from resources.models import CaseStudy

    mentorship = factories.MentorshipFactory.create(status="completed")
    study = CaseStudy.objects.create(
        title="Riverside's first year", summary="S.", body="B.", mentorship=mentorship
    )
    mentor, mentee = mentorship.mentor.user, mentorship.request.created_by
    outsider = factories.MentorProfileFactory.create().user

    def dashboard(user: Any) -> str:
        client = Client()
        client.force_login(user)
        return client.get("/dashboard/").content.decode()

    link = f"/mentorships/{mentorship.pk}/#case-study-title"
    for person in (mentor, mentee):
        page = dashboard(person)
        assert "A case study waits for your agreement" in page and link in page
    assert "A case study waits" not in dashboard(outsider)
    client_for(mentor).post(
        f"/api/v1/case-studies/{study.pk}/consent/", {"consent": True}, format="json"
    )
    assert "A case study waits" not in dashboard(mentor)
    assert "A case study waits" in dashboard(mentee)
