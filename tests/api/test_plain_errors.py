"""Every error a person meets names what to do, in the GOV.UK style, never DRF's defaults."""

from __future__ import annotations

import pytest

from accounts.models import User
from tests.conftest import client_for
from tests.errors import field_errors

pytestmark = pytest.mark.django_db

DRF_DEFAULTS = ("may not be null", "may not be empty", "This field is required", "may not be blank")


def _messages(response: object) -> str:
    return " ".join(" ".join(v) for v in field_errors(response).values())


def test_a_request_with_nothing_filled_in_says_what_to_enter(mentee: User) -> None:
    response = client_for(mentee).post(
        "/api/v1/requests/", {"needs": [], "summary": None}, format="json"
    )
    assert response.status_code == 400
    errors = field_errors(response)
    assert errors["needs"] == ["Choose at least one topic you need help with"]
    assert errors["summary"] == ["Enter a summary of what you need"]
    assert not any(default in _messages(response) for default in DRF_DEFAULTS)


def test_a_missing_request_body_names_every_field_plainly(mentee: User) -> None:
    response = client_for(mentee).post("/api/v1/requests/", {}, format="json")
    assert response.status_code == 400
    assert field_errors(response)["summary"] == ["Enter a summary of what you need"]
    assert not any(default in _messages(response) for default in DRF_DEFAULTS)


def test_an_unknown_topic_is_a_choice_from_the_list(mentee: User) -> None:
    response = client_for(mentee).post(
        "/api/v1/requests/", {"needs": ["no-such-topic"], "summary": "Help"}, format="json"
    )
    assert response.status_code == 400
    assert field_errors(response)["needs"] == ["Choose topics from the list"]


def test_a_mentor_profile_with_a_word_for_capacity(mentor: User) -> None:
    response = client_for(mentor).post(
        "/api/v1/mentors/", {"expertise": ["tupe"], "capacity": "lots"}, format="json"
    )
    assert response.status_code in (400, 409)
    if response.status_code == 400:
        assert field_errors(response)["capacity"] == [
            "Enter how many mentorships you can run at once, from 0 to 20"
        ]


def test_a_reason_left_empty(coordinator: User) -> None:
    from api.serializers import ReasonSerializer

    form = ReasonSerializer(data={"reason": ""})
    assert not form.is_valid()
    assert form.errors["reason"] == ["Enter a reason"]


@pytest.mark.parametrize(
    ("url", "body", "field", "message"),
    [
        (
            "/api/v1/case-studies/",
            {"title": "T", "summary": "S", "body": "B", "mentorship": 4656},
            "mentorship",
            "There is no mentorship with id 4656.",
        ),
        (
            "/api/v1/match-runs/",
            {"kind": "request", "request": 4656},
            "request",
            "There is no mentoring request with id 4656.",
        ),
    ],
)
def test_an_unknown_id_names_the_object_not_a_pk(
    coordinator: User, url: str, body: dict[str, object], field: str, message: str
) -> None:
    response = client_for(coordinator).post(url, body, format="json")
    assert response.status_code == 400, response.content
    assert field_errors(response)[field] == [message]


def test_an_enquiry_assigned_to_someone_who_is_not_a_coordinator(
    coordinator: User, mentee: User
) -> None:
    from enquiries.models import Enquiry

    enquiry = Enquiry.objects.create(
        name="Sam", email="sam@example.org", kind=Enquiry.Kind.OTHER, message="Hello"
    )
    response = client_for(coordinator).patch(
        f"/api/v1/enquiries/{enquiry.pk}/", {"assignee": mentee.pk}, format="json"
    )
    assert response.status_code == 400, response.content
    assert field_errors(response)["assignee"] == [f"There is no coordinator with id {mentee.pk}."]
