""" "Your account": every signed-in role reaches it from the header, and it says truthfully what
closing the account does for that person (matching.services.erasure.erasure_preview)."""

from __future__ import annotations

import pytest
from django.test import Client

from accounts.models import User
from matching.models import MentoringRequest
from tests import factories

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    response = client.get("/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role_fixture", ["mentee", "mentor", "coordinator"])
def test_every_role_reaches_it_from_the_header(
    client: Client, role_fixture: str, request: pytest.FixtureRequest
) -> None:
    user: User = request.getfixturevalue(role_fixture)
    client.force_login(user)
    dashboard = client.get("/dashboard/", follow=True).content.decode()
    assert 'href="/account/"' in dashboard
    page = client.get("/account/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "<title>Your account · Mutual Mentors</title>" in text
    assert 'href="/api/v1/me/export/" download' in text
    assert 'id="close-form"' in text and 'autocomplete="current-password"' in text
    assert 'aria-current="page">Your account<' in text


def test_a_mentee_alone_in_their_organisation_is_told_their_requests_are_withdrawn(
    client: Client,
) -> None:
    request = factories.MentoringRequestFactory.create()
    mentee = factories.request_creator(request)
    client.force_login(mentee)
    text = client.get("/account/").content.decode()
    assert "your open requests are withdrawn" in text
    assert request.organisation.name in text


def test_a_mentee_with_a_colleague_is_told_the_requests_stay(client: Client) -> None:
    request = factories.MentoringRequestFactory.create()
    mentee = factories.request_creator(request)
    factories.MenteeFactory.create(organisation=mentee.organisation)
    client.force_login(mentee)
    text = client.get("/account/").content.decode()
    assert "your colleagues on Mutual Mentors can carry them on" in text
    assert request.status == MentoringRequest.Status.OPEN


def test_the_closed_page_is_for_people_signed_out(client: Client, mentee: User) -> None:
    page = client.get("/account/closed/")
    assert page.status_code == 200
    assert "Your account is closed" in page.content.decode()
    client.force_login(mentee)
    assert client.get("/account/closed/")["Location"] == "/account/"


def test_the_privacy_notice_sends_people_to_the_account_page(client: Client) -> None:
    text = client.get("/privacy/").content.decode()
    rights = text.split("Your rights", 1)[1]
    assert rights.count('href="/account/"') == 2
    assert "/api/v1/" not in rights
