"""UK GDPR: a copy of everything held about you, and erasure that keeps the programme's records.

Found: no export, `DELETE me/` was a 405, and deleting a mentor or mentee failed on protected
foreign keys while audit rows kept pointing at the person.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from accounts.models import User
from core.models import AuditEvent
from matching.models import MentoringRequest, Mentorship, Proposal
from matching.services.erasure import ERASED_NAME, inactive_accounts_purge
from tests import factories
from tests.conftest import client_for
from tests.errors import field_errors
from tests.factories import request_creator
from worker.models import OutboxMessage

pytestmark = pytest.mark.django_db


def test_the_export_holds_what_we_keep_about_the_caller() -> None:
    mentorship = factories.MentorshipFactory.create()
    mentee = request_creator(mentorship.request)
    response = client_for(mentee).get("/api/v1/me/export/")
    assert response.status_code == 200
    data = response.json()
    assert data["account"]["email"] == mentee.email
    assert mentee.organisation is not None
    assert data["organisation"]["name"] == mentee.organisation.name
    assert [r["id"] for r in data["requests"]] == [mentorship.request_id]
    assert [m["id"] for m in data["mentorships"]] == [mentorship.pk]
    assert json.dumps(data)  # plain JSON throughout


def test_the_export_is_only_ever_the_callers_own(mentee: User, mentor: User) -> None:
    data = client_for(mentee).get("/api/v1/me/export/").json()
    assert mentor.email not in json.dumps(data)
    assert APIClient().get("/api/v1/me/export/").status_code == 401


def test_erasure_needs_the_password(mentee: User) -> None:
    response = client_for(mentee).delete("/api/v1/me/", {"password": "wrong"}, format="json")
    assert response.status_code == 400
    assert "password" in field_errors(response)
    mentee.refresh_from_db()
    assert mentee.is_active


def test_erasing_a_mentor_ends_their_mentorship_and_tells_the_other_side() -> None:
    mentorship = factories.MentorshipFactory.create()
    MentoringRequest.objects.filter(pk=mentorship.request_id).update(status="matched")
    mentor = mentorship.mentor.user
    open_one = factories.ProposalFactory.create(mentor=mentorship.mentor, status="approved")
    client_for(mentor).get("/api/v1/me/")
    with_session = Client()
    with_session.force_login(mentor)
    response = client_for(mentor).delete(
        "/api/v1/me/", {"password": factories.PASSWORD}, format="json"
    )
    assert response.status_code == 204, response.content
    mentor.refresh_from_db()
    assert mentor.full_name == ERASED_NAME and not mentor.is_active
    assert mentor.email.endswith("@invalid.example") and not mentor.has_usable_password()
    assert not AuthToken.objects.filter(user=mentor).exists()
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ENDED
    open_one.refresh_from_db()
    assert open_one.status == Proposal.Status.WITHDRAWN
    # The other side is told: the e-mail task is in the outbox with the mentorship's id.
    assert OutboxMessage.objects.filter(task="matching.email_mentorship_changed").exists()
    # Signed out everywhere, and no way back in.
    assert with_session.get("/api/v1/me/").status_code in (401, 403)
    assert (
        APIClient()
        .post(
            "/api/v1/auth/token/",
            {"email": mentor.email, "password": factories.PASSWORD},
            format="json",
        )
        .status_code
        == 400
    )
    # The record and its history stay, pointing at the anonymous row.
    assert AuditEvent.objects.filter(actor=mentor).exists()
    assert Mentorship.objects.filter(pk=mentorship.pk).exists()


def test_erasing_a_coordinator_removes_their_authenticator(coordinator: User) -> None:
    client = client_for(coordinator)
    assert (
        client.delete("/api/v1/me/", {"password": factories.PASSWORD}, format="json").status_code
        == 204
    )
    assert not Authenticator.objects.filter(user=coordinator).exists()


def test_accounts_unused_past_retention_are_anonymised(settings: object) -> None:
    settings.RETENTION_MONTHS = 36  # type: ignore[attr-defined]
    old = factories.MenteeFactory.create()
    User.objects.filter(pk=old.pk).update(last_login=timezone.now() - timedelta(days=37 * 31))
    recent = factories.MenteeFactory.create()
    User.objects.filter(pk=recent.pk).update(last_login=timezone.now() - timedelta(days=30))
    assert inactive_accounts_purge() == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.full_name == ERASED_NAME and not old.is_active
    assert recent.is_active
