"""Who may open which page: role checks happen on the server, whatever the scripts do."""

from __future__ import annotations

import pytest
from django.test import Client

from accounts.models import User
from tests import factories
from tests.factories import request_creator

pytestmark = pytest.mark.django_db

PAGES = ["/onboarding/", "/dashboard/", "/coordinator/queue/"]


@pytest.mark.parametrize("path", PAGES)
def test_it_sends_anonymous_visitors_to_sign_in(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role_fixture", ["mentee", "mentor"])
def test_it_refuses_the_queue_to_non_coordinators(
    client: Client, role_fixture: str, request: pytest.FixtureRequest
) -> None:
    user: User = request.getfixturevalue(role_fixture)
    client.force_login(user)
    response = client.get("/coordinator/queue/")
    assert response.status_code == 403
    assert b'id="queue"' not in response.content
    assert b"This page is not available to you" in response.content


def test_it_opens_the_queue_for_coordinators(client: Client, coordinator: User) -> None:
    client.force_login(coordinator)
    response = client.get("/coordinator/queue/")
    assert response.status_code == 200
    assert b'id="queue"' in response.content


def test_it_refuses_onboarding_to_coordinators(client: Client, coordinator: User) -> None:
    client.force_login(coordinator)
    assert client.get("/onboarding/").status_code == 403


def test_it_hides_other_organisations_mentorships(client: Client, mentee: User) -> None:
    theirs = factories.MentorshipFactory.create()
    client.force_login(mentee)
    assert client.get(f"/mentorships/{theirs.pk}/").status_code == 404


def test_it_hides_other_mentors_mentorships(client: Client, mentor: User) -> None:
    theirs = factories.MentorshipFactory.create()
    client.force_login(mentor)
    assert client.get(f"/mentorships/{theirs.pk}/").status_code == 404


def test_it_opens_a_mentorship_to_both_participants_and_coordinators(
    client: Client, coordinator: User
) -> None:
    mentorship = factories.MentorshipFactory.create()
    colleague = factories.MenteeFactory.create(organisation=mentorship.request.organisation)
    for user in (
        mentorship.mentor.user,
        request_creator(mentorship.request),
        colleague,
        coordinator,
    ):
        client.force_login(user)
        response = client.get(f"/mentorships/{mentorship.pk}/")
        assert response.status_code == 200, user
        assert f'data-mentorship-id="{mentorship.pk}"'.encode() in response.content


def test_a_mentorship_page_leads_back_to_where_each_role_came_from(
    client: Client, coordinator: User
) -> None:
    mentorship = factories.MentorshipFactory.create()
    client.force_login(mentorship.mentor.user)
    page = client.get(f"/mentorships/{mentorship.pk}/").content.decode()
    assert '<a href="/dashboard/">Back to your dashboard</a>' in page
    assert '<a href="/dashboard/" aria-current="page">' in page
    # Coordinators reach it from the mentorships list, which the navigation marks.
    client.force_login(coordinator)
    page = client.get(f"/mentorships/{mentorship.pk}/").content.decode()
    assert '<a href="/coordinator/mentorships/">Back to mentorships</a>' in page
    assert '<a href="/coordinator/mentorships/" aria-current="page">' in page
    assert "Back to your dashboard" not in page


def test_it_answers_404_for_a_mentorship_that_does_not_exist(
    client: Client, coordinator: User
) -> None:
    client.force_login(coordinator)
    assert client.get("/mentorships/999999/").status_code == 404
