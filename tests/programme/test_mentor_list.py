"""The coordinator's mentor list: every mentor with their load against capacity, filters for
places, sector and expertise, and the API's `fullest` ordering that the dashboard reads."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from matching import policies
from matching.models import MentorProfile, Mentorship
from programme import selectors
from tests import factories
from tests.conftest import client_for
from tests.errors import field_errors

pytestmark = pytest.mark.django_db


def mentor(name: str, *, capacity: int, live: int = 0, **kwargs: Any) -> MentorProfile:
    profile = factories.MentorProfileFactory.create(
        user__full_name=name, capacity=capacity, **kwargs
    )
    for _ in range(live):
        factories.MentorshipFactory.create(proposal__mentor=profile)
    return profile


@pytest.fixture
def mentors() -> dict[str, MentorProfile]:
    return {
        "full": mentor("Ada Full", capacity=1, live=1, sectors=["housing"]),
        "half": mentor("Bea Half", capacity=2, live=1, expertise=["social-value"]),
        "empty": mentor("Cy Empty", capacity=3, sectors=["fire-rescue"], expertise=["tupe"]),
        "paused": mentor("Di Paused", capacity=2, accepting=False),
        "none": mentor("Ed Nothing", capacity=0),
    }


def listed(coordinator: User, **filters: Any) -> list[str]:
    qs = selectors.mentors_filtered(policies.mentors_visible_to(coordinator), **filters)
    return [m.user.full_name for m in qs]


def test_it_lists_the_fullest_first_and_sorts_other_ways(
    coordinator: User, mentors: dict[str, MentorProfile]
) -> None:
    # A capacity of 0 counts as full; ties go by name.
    assert listed(coordinator) == ["Ada Full", "Ed Nothing", "Bea Half", "Cy Empty", "Di Paused"]
    assert listed(coordinator, ordering="roomiest")[:2] == ["Cy Empty", "Di Paused"]
    assert listed(coordinator, ordering="name") == sorted(listed(coordinator))
    assert listed(coordinator, ordering="newest")[0] == "Ed Nothing"


def test_it_filters_by_places_sector_expertise_and_words(
    coordinator: User, mentors: dict[str, MentorProfile]
) -> None:
    assert listed(coordinator, availability="places") == ["Bea Half", "Cy Empty"]
    assert listed(coordinator, availability="full") == ["Ada Full", "Ed Nothing"]
    assert listed(coordinator, availability="paused") == ["Di Paused"]
    assert listed(coordinator, sector="fire-rescue") == ["Cy Empty"]
    assert listed(coordinator, topic="social-value") == ["Bea Half"]
    assert listed(coordinator, q="  half ") == ["Bea Half"]
    email = mentors["empty"].user.email
    assert listed(coordinator, q=email.upper()) == ["Cy Empty"]
    organisation = mentors["full"].user.organisation
    assert organisation is not None
    assert "Ada Full" in listed(coordinator, q=organisation.name)


def test_the_page_shows_load_and_links_each_mentor(
    client: Client, coordinator: User, mentors: dict[str, MentorProfile]
) -> None:
    client.force_login(coordinator)
    page = client.get("/coordinator/mentors/").content.decode()
    assert "5 mentors" in page
    assert f'href="/coordinator/mentors/{mentors["full"].pk}/"' in page
    assert "1 of 1 (full)" in page and "1 of 2</td>" in page and "No, paused" in page
    places = client.get("/coordinator/mentors/", {"availability": "places"}).content.decode()
    assert "2 mentors" in places and "Ada Full" not in places
    # A bad filter is shown beside its field and otherwise ignored, not a 500.
    bad = client.get("/coordinator/mentors/", {"sector": "atlantis", "ordering": "x"})
    assert bad.status_code == 200 and "5 mentors" in bad.content.decode()


def test_a_deactivated_mentor_is_left_out(client: Client, coordinator: User) -> None:
    gone = mentor("Gone Mentor", capacity=1)
    User.objects.filter(pk=gone.user_id).update(is_active=False)
    client.force_login(coordinator)
    assert "Gone Mentor" not in client.get("/coordinator/mentors/").content.decode()


def test_the_page_takes_the_same_queries_for_more_mentors(
    client: Client, coordinator: User
) -> None:
    client.force_login(coordinator)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/coordinator/mentors/").status_code == 200
        return len(captured)

    mentor("One", capacity=1, live=1)
    before = queries()
    for n in range(6):
        mentor(f"More {n}", capacity=2, live=n % 2)
    assert queries() == before


def test_the_api_orders_mentors_fullest_first_for_the_dashboard(
    coordinator: User, mentors: dict[str, MentorProfile]
) -> None:
    client = client_for(coordinator)
    answer = client.get("/api/v1/mentors/", {"ordering": "fullest", "page_size": "2"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["count"] == 5
    # The two full mentors (ties go to the newest, as in every `-` ordering of the API).
    assert [m["full_name"] for m in body["results"]] == ["Ed Nothing", "Ada Full"]
    roomiest = client.get("/api/v1/mentors/", {"ordering": "-fullest"}).json()["results"]
    assert roomiest[0]["full_name"] in {"Cy Empty", "Di Paused"}
    bad = client.get("/api/v1/mentors/", {"ordering": "busiest"})
    assert bad.status_code == 400 and "ordering" in field_errors(bad)
    assert Mentorship.objects.count() == 2  # reading changed nothing


def test_the_mentor_page_leads_to_their_mutual_and_gives_their_e_mail(
    client: Client, coordinator: User
) -> None:
    profile = mentor("Ada Link", capacity=1)
    organisation = profile.user.organisation
    assert organisation is not None
    client.force_login(coordinator)
    page = client.get(f"/coordinator/mentors/{profile.pk}/").content.decode()
    assert (
        f'<a href="/coordinator/organisations/{organisation.pk}/">{organisation.name}</a>' in page
    )
    assert f'<a href="mailto:{profile.user.email}">{profile.user.email}</a>' in page
    # The organisation page opens for a mentor's mutual too.
    assert client.get(f"/coordinator/organisations/{organisation.pk}/").status_code == 200
