"""The coordinator's request and mentorship lists over the API: filters, ordering, progress
fields and attention flags."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organisation, Region, Stage, User
from matching.models import Goal, Meeting, Mentorship
from tests import factories
from tests.conftest import client_for
from tests.errors import field_errors
from tests.programme.builders import build_programme

pytestmark = pytest.mark.django_db

REQUESTS = reverse("api:request-list")
MENTORSHIPS = reverse("api:mentorship-list")


def names(response: Any) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["organisation_name"] for item in response.json()["results"]]


def org_names(response: Any) -> list[str]:
    assert response.status_code == 200, response.content
    ids = [item["organisation"] for item in response.json()["results"]]
    named = dict(Organisation.objects.filter(pk__in=ids).values_list("pk", "name"))
    return [named[i] for i in ids]


def test_requests_filter_by_name_status_stage_sector_and_region(coordinator: User) -> None:
    build_programme()
    client = client_for(coordinator)
    assert set(org_names(client.get(REQUESTS, {"q": "harbour"}))) == {"Harbour Homes Mutual"}
    assert len(org_names(client.get(REQUESTS, {"q": "HARBOUR"}))) == 3
    housing = org_names(client.get(REQUESTS, {"sector": "housing"}))
    assert set(housing) == {"Harbour Homes Mutual"}
    assert set(org_names(client.get(REQUESTS, {"stage": Stage.TESTING}))) == {"Meadow Care Mutual"}
    assert set(org_names(client.get(REQUESTS, {"region": Region.WALES}))) == {
        "Harbour Homes Mutual"
    }
    assert len(org_names(client.get(REQUESTS, {"status": "open"}))) == 6


def test_requests_order_by_waiting_oldest_first(coordinator: User) -> None:
    build_programme()
    client = client_for(coordinator)
    waiting = client.get(REQUESTS, {"ordering": "waiting"}).json()["results"]
    newest = client.get(REQUESTS, {"ordering": "-created_at"}).json()["results"]
    created = [item["created_at"] for item in waiting]
    assert created == sorted(created)
    assert [item["id"] for item in newest] == [item["id"] for item in reversed(waiting)]


def test_requests_refuse_an_unknown_ordering_or_stage(coordinator: User) -> None:
    client = client_for(coordinator)
    assert "ordering" in field_errors(client.get(REQUESTS, {"ordering": "name"}))
    assert "stage" in field_errors(client.get(REQUESTS, {"stage": "9"}))


def test_mentorships_carry_progress_and_attention(coordinator: User) -> None:
    mentorship = factories.MentorshipFactory.create(started_at=timezone.now() - timedelta(days=60))
    Meeting.objects.create(
        mentorship=mentorship, held_on=timezone.localdate() - timedelta(days=40), minutes=60
    )
    Meeting.objects.create(
        mentorship=mentorship, held_on=timezone.localdate() - timedelta(days=45), minutes=30
    )
    Goal.objects.create(mentorship=mentorship, title="Draft the plan", done_at=timezone.now())
    Goal.objects.create(mentorship=mentorship, title="Agree the TUPE timetable")
    item = client_for(coordinator).get(MENTORSHIPS).json()["results"][0]
    assert item["last_meeting_on"] == (date.today() - timedelta(days=40)).isoformat()
    assert (item["meetings_count"], item["goals_done"], item["goals_total"]) == (2, 1, 2)
    assert item["attention"] == ["no_recent_meeting"]


def test_a_recent_meeting_clears_the_flag(coordinator: User) -> None:
    mentorship = factories.MentorshipFactory.create(started_at=timezone.now() - timedelta(days=60))
    Meeting.objects.create(mentorship=mentorship, held_on=timezone.localdate(), minutes=60)
    item = client_for(coordinator).get(MENTORSHIPS).json()["results"][0]
    assert item["attention"] == []


def test_a_long_pause_is_flagged(coordinator: User) -> None:
    old = factories.MentorshipFactory.create(
        status=Mentorship.Status.PAUSED, paused_at=timezone.now() - timedelta(days=40)
    )
    factories.MentorshipFactory.create(
        status=Mentorship.Status.PAUSED, paused_at=timezone.now() - timedelta(days=5)
    )
    response = client_for(coordinator).get(MENTORSHIPS, {"attention": "long_pause"})
    assert [item["id"] for item in response.json()["results"]] == [old.pk]


def test_concerns_are_flagged_for_coordinators_only(coordinator: User) -> None:
    from enquiries.models import Enquiry

    mentorship = factories.MentorshipFactory.create()
    Enquiry.objects.create(
        kind=Enquiry.Kind.CONCERN,
        name="Maya",
        email="maya@example.org",
        message="We have not heard from our mentor.",
        mentorship=mentorship,
    )
    flagged = client_for(coordinator).get(MENTORSHIPS, {"attention": "concern_raised"}).json()
    assert [item["id"] for item in flagged["results"]] == [mentorship.pk]
    assert "concern_raised" in flagged["results"][0]["attention"]
    mentor_view = client_for(mentorship.mentor.user).get(MENTORSHIPS).json()["results"][0]
    assert "concern_raised" not in mentor_view["attention"]


def test_mentorships_filter_by_status_flag_and_name(coordinator: User) -> None:
    programme = build_programme()
    client = client_for(coordinator)
    ended = client.get(MENTORSHIPS, {"attention": "ended_early"}).json()["results"]
    assert [item["id"] for item in ended] == [programme.mentorships["m2"].pk]
    assert len(names(client.get(MENTORSHIPS, {"status": "completed"}))) == 2
    assert set(names(client.get(MENTORSHIPS, {"q": "harbour"}))) == {"Harbour Homes Mutual"}
    anything = {
        item["id"] for item in client.get(MENTORSHIPS, {"attention": "any"}).json()["results"]
    }
    assert programme.mentorships["m2"].pk in anything
    assert "attention" in field_errors(client.get(MENTORSHIPS, {"attention": "bored"}))


def test_the_mentorship_list_runs_a_constant_number_of_queries(coordinator: User) -> None:
    client = client_for(coordinator)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(MENTORSHIPS).status_code == 200
        return len(queries)

    factories.MentorshipFactory.create()
    count()  # the first call also does once-per-client work (the token's first use)
    few = count()
    for _ in range(5):
        mentorship = factories.MentorshipFactory.create()
        Meeting.objects.create(mentorship=mentorship, held_on=timezone.localdate(), minutes=30)
    assert count() == few
