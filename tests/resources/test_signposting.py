"""Signposts: published resources ranked by stage and topic overlap, each saying why."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from accounts.models import Stage
from resources.models import Resource
from tests import factories
from tests.conftest import client_for
from tests.resources.conftest import make_resource

pytestmark = pytest.mark.django_db


def test_it_ranks_by_stage_and_topic_overlap_and_says_why(coordinator: Any) -> None:
    Resource.objects.all().delete()
    org = factories.OrganisationFactory.create(stage=Stage.PLANNING)
    mentee = factories.MenteeFactory.create(organisation=org)
    request = factories.MentoringRequestFactory.create(
        created_by=mentee, needs=["pensions", "tupe"]
    )
    both = make_resource("Pensions and TUPE at planning", stages=[3], topics=["pensions", "tupe"])
    stage_and_one = make_resource("Fair Deal", stages=[3], topics=["pensions"])
    two_topics = make_resource("Transfers and pensions", stages=[1], topics=["tupe", "pensions"])
    stage_only = make_resource("Business plans", stages=[3], topics=["business-planning"])
    one_topic = make_resource("TUPE basics", stages=[5], topics=["tupe"])
    make_resource("Marketing later", stages=[5], topics=["marketing"])  # no match at all
    make_resource("Draft pensions note", stages=[3], topics=["pensions"], status="draft")
    make_resource("Old TUPE guide", stages=[3], topics=["tupe"], status="archived")

    url = reverse("api:request-resources", kwargs={"pk": request.pk})
    response = client_for(mentee).get(url)
    assert response.status_code == 200
    rows = response.json()
    assert [r["id"] for r in rows] == [
        both.pk, stage_and_one.pk, two_topics.pk, stage_only.pk, one_topic.pk
    ]  # fmt: skip
    assert rows[0]["why"] == {
        "stage": 3,
        "topics": ["pensions", "tupe"],
        "sectors": [],
        "text": "For your stage: making a mutual plan; about: Pensions, TUPE and staff transfer",
    }
    assert rows[2]["why"]["stage"] is None and rows[2]["why"]["text"].startswith("About: ")
    # Coordinators get the same list; another organisation's mentee cannot see the request.
    assert client_for(coordinator).get(url).json() == rows
    assert client_for(factories.MenteeFactory.create()).get(url).status_code == 404


def test_a_mentorship_also_counts_its_meeting_topics() -> None:
    Resource.objects.all().delete()
    mentorship = factories.MentorshipFactory.create()
    mentorship.request.needs.set([])
    meeting = mentorship.meetings.create(held_on="2026-01-10", minutes=60)
    meeting.topics.set(factories.topics("assets"))
    assets = make_resource("Lease or buy", stages=[6], topics=["assets"])
    url = reverse("api:mentorship-resources", kwargs={"pk": mentorship.pk})
    rows = client_for(mentorship.mentor.user).get(url).json()
    assert [r["id"] for r in rows] == [assets.pk]
    assert rows[0]["why"]["topics"] == ["assets"]


def test_drafts_and_archived_are_never_shown_to_non_coordinators(
    mentee: Any, mentor: Any, coordinator: Any
) -> None:
    published = make_resource("Published guide", stages=[2], topics=["tupe"])
    draft = make_resource("Draft guide", stages=[2], topics=["tupe"], status="draft")
    archived = make_resource("Archived guide", stages=[2], topics=["tupe"], status="archived")
    for user in (None, mentee, mentor):
        client = client_for(user)
        ids = {
            r["id"] for r in client.get("/api/v1/resources/", {"page_size": 100}).json()["results"]
        }
        assert published.pk in ids and draft.pk not in ids and archived.pk not in ids
        assert client.get(f"/api/v1/resources/{draft.pk}/").status_code == 404
        assert client.get(f"/api/v1/resources/{archived.pk}/").status_code == 404
        guide = client_for(None).get("/api/v1/guide/").json()
        assert draft.pk not in guide[1]["resources"] and published.pk in guide[1]["resources"]
    everything = client_for(coordinator).get("/api/v1/resources/", {"page_size": 100}).json()
    assert {draft.pk, archived.pk} <= {r["id"] for r in everything["results"]}


def test_the_library_filters_and_searches(mentee: Any) -> None:
    Resource.objects.all().delete()
    fair_deal = make_resource("Fair Deal for staff pensions", stages=[3, 4], topics=["pensions"])
    tupe = make_resource(
        "Employment rights on a transfer", stages=[2], topics=["tupe"], kind="checklist"
    )
    client = client_for(None)

    def ids(**params: Any) -> list[int]:
        return [r["id"] for r in client.get("/api/v1/resources/", params).json()["results"]]

    assert ids(stage=4) == [fair_deal.pk]
    assert ids(topic="tupe") == [tupe.pk]
    assert ids(kind="checklist") == [tupe.pk]
    assert ids(q="pensions") == [fair_deal.pk]
    assert client.get("/api/v1/resources/", {"stage": 9}).status_code == 400


def test_was_this_useful_is_one_answer_per_person_and_coordinators_see_counts(
    mentee: Any, mentor: Any, coordinator: Any
) -> None:
    resource = make_resource("Fair Deal", stages=[3], topics=["pensions"])
    url = f"/api/v1/resources/{resource.pk}/useful/"
    assert client_for(mentee).post(url, {"useful": False}, format="json").status_code == 200
    assert client_for(mentee).post(url, {"useful": True}, format="json").status_code == 200
    assert client_for(mentor).post(url, {"useful": True}, format="json").status_code == 200
    row = client_for(coordinator).get(f"/api/v1/resources/{resource.pk}/").json()
    assert (row["useful_yes"], row["useful_no"]) == (2, 0)
    assert "useful_yes" not in client_for(mentee).get(f"/api/v1/resources/{resource.pk}/").json()


def test_checklist_ticks_are_kept_per_organisation_and_offer_needs(mentee: Any) -> None:
    client = client_for(mentee)
    before = client.get("/api/v1/guide/progress/").json()
    assert before["stage"] == 3 and before["done"] == []
    assert {"topic": "pensions", "because": "Agree how staff pensions will be protected"} in before[
        "offered_needs"
    ]
    after = client.put("/api/v1/guide/progress/", {"done": ["planning-pensions"]}, format="json")
    assert after.status_code == 200
    assert after.json()["done"] == ["planning-pensions"]
    assert "pensions" not in {o["topic"] for o in after.json()["offered_needs"]}
    colleague = factories.MenteeFactory.create(organisation=mentee.organisation)
    assert client_for(colleague).get("/api/v1/guide/progress/").json()["done"] == [
        "planning-pensions"
    ]
    bad = client.put("/api/v1/guide/progress/", {"done": ["no-such-item"]}, format="json")
    assert bad.status_code == 400 and "done.0" in bad.json()["errors"]  # the item, by its place


def test_lists_take_a_fixed_number_of_queries(
    coordinator: Any, django_assert_max_num_queries: Any
) -> None:
    Resource.objects.all().delete()
    for n in range(15):
        make_resource(f"Resource {n}", stages=[2, 3], topics=["tupe", "pensions"])
    mentee = factories.MenteeFactory.create()
    request = factories.MentoringRequestFactory.create(created_by=mentee)
    anonymous, staff, member = client_for(None), client_for(coordinator), client_for(mentee)
    # Count, page, stages, topics (+ auth for the signed in); never one per resource.
    with django_assert_max_num_queries(6):
        assert len(anonymous.get("/api/v1/resources/").json()["results"]) == 15
    with django_assert_max_num_queries(8):
        assert len(staff.get("/api/v1/resources/").json()["results"]) == 15
    with django_assert_max_num_queries(8):
        assert len(member.get(f"/api/v1/requests/{request.pk}/resources/").json()) == 6
    with django_assert_max_num_queries(2):
        assert len(anonymous.get("/api/v1/guide/").json()) == 5
