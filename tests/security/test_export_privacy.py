"""The data export shows a person what they can read in normal use, and all they wrote.

Found: as a mentee, `GET me/export/` listed every proposal for their requests, among them a
mentor's decline with its private reason (a mentor they were never introduced to), while their
own `GET proposals/` showed only the introductions visible to them. A mentor's export likewise
held a coordinator's reason for rejecting a suggestion the mentor never heard of. The export
also came back as the browsable API page, not as a file to keep.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import User
from matching.models import MentoringRequest, Proposal
from tests import factories
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

DECLINE = "I am away for most of January, so I cannot take this on."
REJECT = "Coordinator note: this mentor's spin-out went badly; do not suggest."
MENTOR_FEEDBACK = "Mentor's private view: the board needs to get a grip."


def _all(client: APIClient, path: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    url: str | None = path
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        data = response.json()
        if isinstance(data, list):
            return data
        rows += data["results"]
        url = data["next"]
    return rows


def _ok(response: Any) -> Any:
    assert response.status_code in (200, 201), response.content
    return response.json() if response.content else None


@pytest.fixture
def story(coordinator: User) -> dict[str, Any]:
    """One request: a suggestion the coordinator rejects, an introduction its mentor declines,
    and one that becomes a mentorship, completed, with feedback from both sides."""
    request = factories.MentoringRequestFactory.create()
    mentee = factories.request_creator(request)
    rejected = factories.ProposalFactory.create(request=request, rank=1)
    declined = factories.ProposalFactory.create(request=request, rank=2, status="approved")
    coordinator_api = client_for(coordinator)
    _ok(
        coordinator_api.post(
            f"/api/v1/proposals/{rejected.pk}/reject/", {"reason": REJECT}, format="json"
        )
    )
    declined_by = declined.mentor.user
    _ok(
        client_for(declined_by).post(
            f"/api/v1/proposals/{declined.pk}/decline/", {"reason": DECLINE}, format="json"
        )
    )
    confirmed = factories.ProposalFactory.create(request=request, rank=3, status="approved")
    mentor = confirmed.mentor.user
    _ok(client_for(mentor).post(f"/api/v1/proposals/{confirmed.pk}/accept/"))
    mentorship = _ok(client_for(mentee).post(f"/api/v1/proposals/{confirmed.pk}/confirm/"))
    mentorship_id = mentorship["id"]
    _ok(
        client_for(mentor).post(
            f"/api/v1/mentorships/{mentorship_id}/meetings/",
            {"held_on": timezone.localdate().isoformat(), "minutes": 45, "notes": "Talked TUPE."},
            format="json",
        )
    )
    _ok(client_for(mentee).post(f"/api/v1/mentorships/{mentorship_id}/complete/"))
    _ok(
        client_for(mentor).post(
            f"/api/v1/mentorships/{mentorship_id}/feedback/",
            {"rating": 3, "comment": MENTOR_FEEDBACK},
            format="json",
        )
    )
    _ok(
        client_for(mentee).post(
            f"/api/v1/mentorships/{mentorship_id}/feedback/",
            {"rating": 5, "comment": "Practical."},
            format="json",
        )
    )
    assert Proposal.objects.get(pk=declined.pk).reason == DECLINE
    return {
        "request": request,
        "mentee": mentee,
        "mentor": mentor,
        "declined_by": declined_by,
        "rejected_mentor": rejected.mentor.user,
        "coordinator": coordinator,
        "declined": declined,
        "rejected": rejected,
        "confirmed": confirmed,
        "mentorship_id": mentorship_id,
    }


def export_of(user: User) -> dict[str, Any]:
    response = client_for(user).get("/api/v1/me/export/")
    assert response.status_code == 200, response.content
    return dict(response.json())


def assert_only_what_the_api_shows(user: User) -> dict[str, Any]:
    """Every proposal and mentorship in the export is one the person reads through the API,
    with the same reason; the meetings and goals are those of such mentorships."""
    api = client_for(user)
    data = export_of(user)
    visible = {p["id"]: p for p in _all(api, "/api/v1/proposals/")}
    for row in data["proposals"]:
        assert row["id"] in visible, f"{user.role} export holds proposal {row['id']}"
        assert row["reason"] == visible[row["id"]]["reason"]
        assert row["mentor_id"] == visible[row["id"]]["mentor"]
    mentorships = {m["id"] for m in _all(api, "/api/v1/mentorships/")}
    assert {m["id"] for m in data["mentorships"]} <= mentorships
    for key in ("meetings", "goals"):
        assert {row["mentorship_id"] for row in data[key]} <= mentorships
    return data


def test_a_mentee_export_leaves_out_a_mentor_who_declined_before_they_were_introduced(
    story: dict[str, Any],
) -> None:
    data = assert_only_what_the_api_shows(story["mentee"])
    text = json.dumps(data)
    assert DECLINE not in text
    assert REJECT not in text
    assert MENTOR_FEEDBACK not in text
    mentors = {row["mentor_id"] for row in data["proposals"]}
    assert story["declined"].mentor_id not in mentors
    assert story["rejected"].mentor_id not in mentors
    assert story["declined_by"].full_name not in text
    # What is theirs and what they were shown stays.
    assert [row["id"] for row in data["proposals"]] == [story["confirmed"].pk]
    assert [row["id"] for row in data["mentorships"]] == [story["mentorship_id"]]
    assert [row["notes"] for row in data["meetings"]] == ["Talked TUPE."]
    assert [row["comment"] for row in data["feedback_given"]] == ["Practical."]
    assert [row["id"] for row in data["requests"]] == [story["request"].pk]


def test_a_mentor_export_leaves_out_the_coordinators_rejection_they_never_heard_of(
    story: dict[str, Any],
) -> None:
    data = assert_only_what_the_api_shows(story["rejected_mentor"])
    text = json.dumps(data)
    assert data["proposals"] == []
    assert REJECT not in text and DECLINE not in text


def test_a_mentor_export_keeps_their_own_decline(story: dict[str, Any]) -> None:
    data = assert_only_what_the_api_shows(story["declined_by"])
    assert [(row["id"], row["reason"]) for row in data["proposals"]] == [
        (story["declined"].pk, DECLINE)
    ]
    assert REJECT not in json.dumps(data)


def test_the_matched_mentor_export_keeps_their_mentorship_not_the_other_sides_feedback(
    story: dict[str, Any],
) -> None:
    data = assert_only_what_the_api_shows(story["mentor"])
    text = json.dumps(data)
    assert [row["id"] for row in data["mentorships"]] == [story["mentorship_id"]]
    assert [row["comment"] for row in data["feedback_given"]] == [MENTOR_FEEDBACK]
    assert "Practical." not in text
    assert DECLINE not in text and REJECT not in text


def test_a_coordinator_export_holds_their_own_decisions(story: dict[str, Any]) -> None:
    data = assert_only_what_the_api_shows(story["coordinator"])
    assert data["proposals"] == [] and data["mentorships"] == []
    # The reason they wrote is their own words.
    assert REJECT in [row["reason"] for row in data["activity"]]
    assert DECLINE not in json.dumps(data)


def test_the_export_downloads_as_a_file_even_when_a_browser_opens_it(mentee: User) -> None:
    client = client_for(mentee)
    for accept in ("application/json", "text/html,application/xhtml+xml,*/*;q=0.8"):
        response = client.get("/api/v1/me/export/", HTTP_ACCEPT=accept)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        disposition = response["Content-Disposition"]
        assert disposition.startswith('attachment; filename="mutual-mentors-data-')
        assert disposition.endswith('.json"')
        assert json.loads(response.content)["account"]["email"] == mentee.email


def test_coded_values_carry_their_words(mentee: User) -> None:
    organisation = mentee.organisation
    assert organisation is not None
    type(organisation).objects.filter(pk=organisation.pk).update(
        region="wales", parent_body="local_authority", stage=3
    )
    factories.MentoringRequestFactory.create(created_by=mentee)
    data = export_of(mentee)
    org = data["organisation"]
    assert (org["region"], org["region_label"]) == ("wales", "Wales")
    assert (org["parent_body"], org["parent_body_label"]) == ("local_authority", "Local authority")
    assert (org["stage"], org["stage_label"]) == (3, "Making a mutual plan")
    assert data["requests"][0]["status"] == MentoringRequest.Status.OPEN
    assert data["requests"][0]["status_label"] == "Open"
    assert data["account"]["role_label"] == "Fledgling mutual"
