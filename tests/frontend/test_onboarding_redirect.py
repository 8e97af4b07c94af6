"""The dashboard sends people to onboarding until matching has something to work with."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from accounts.models import User
from tests import factories

pytestmark = pytest.mark.django_db


def test_it_sends_a_mentee_without_a_request_to_onboarding(client: Client, mentee: User) -> None:
    client.force_login(mentee)
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == "/onboarding/"


def test_it_shows_a_mentee_with_a_request_their_dashboard(client: Client, mentee: User) -> None:
    factories.MentoringRequestFactory.create(created_by=mentee)
    client.force_login(mentee)
    response = client.get("/dashboard/")
    assert response.status_code == 200
    assert "frontend/dashboard_mentee.html" in [t.name for t in response.templates]


def test_it_sends_a_mentor_without_expertise_to_onboarding(client: Client) -> None:
    user = factories.MentorUserFactory.create()
    client.force_login(user)
    assert client.get("/dashboard/")["Location"] == "/onboarding/"
    response = client.get("/onboarding/")
    assert response.status_code == 200
    assert "frontend/onboarding_mentor.html" in [t.name for t in response.templates]
    assert response.context["first_time"] is True


def test_it_shows_a_mentor_with_a_profile_their_dashboard(client: Client, mentor: User) -> None:
    client.force_login(mentor)
    response = client.get("/dashboard/")
    assert "frontend/dashboard_mentor.html" in [t.name for t in response.templates]


def test_it_shows_a_coordinator_their_dashboard(client: Client, coordinator: User) -> None:
    client.force_login(coordinator)
    response = client.get("/dashboard/")
    assert "frontend/dashboard_coordinator.html" in [t.name for t in response.templates]


def test_it_sends_signed_in_people_from_the_landing_page_to_their_dashboard(
    client: Client, coordinator: User
) -> None:
    client.force_login(coordinator)
    assert client.get("/")["Location"] == "/dashboard/"


def test_the_organisation_form_offers_only_the_stages_the_role_may_choose(
    client: Client, mentee: User
) -> None:
    client.force_login(mentee)
    page = client.get("/onboarding/").content.decode()
    stage_select = page.split('id="org-stage"', 1)[1].split("</select>", 1)[0]
    offered = re.findall(r'<option value="(\d)">', stage_select)
    # "Established" would only be refused: an established mutual takes part as a mentor.
    assert offered == ["1", "2", "3", "4", "5"]
