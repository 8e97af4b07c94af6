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


FRAMEWORK_WORDING = (
    *DRF_DEFAULTS,
    "is not a valid choice",
    "Ensure this value",
)


def _plain(messages: str) -> bool:
    return not any(default in messages for default in FRAMEWORK_WORDING)


@pytest.mark.parametrize(
    ("who", "url", "body", "expected"),
    [
        (
            None,
            "/api/v1/enquiries/",
            {"kind": "", "name": "", "email": "", "message": ""},
            {
                "kind": "Choose what your message is about",
                "name": "Enter your name",
                "email": "Enter your e-mail address",
                "message": "Enter your message",
            },
        ),
        (
            "coordinator",
            "/api/v1/resources/",
            {"title": "", "summary": "", "kind": ""},
            {
                "title": "Enter a title",
                "summary": "Enter a summary in our own words",
                "kind": "Choose the type of resource",
            },
        ),
        (
            "coordinator",
            "/api/v1/case-studies/",
            {"title": ""},
            {"title": "Enter a title", "summary": "Enter a summary", "body": "Enter the story"},
        ),
    ],
)
def test_forms_left_empty_say_what_to_enter(
    coordinator: User,
    who: str | None,
    url: str,
    body: dict[str, str],
    expected: dict[str, str],
) -> None:
    from rest_framework.test import APIClient

    client = client_for(coordinator) if who else APIClient()
    response = client.post(url, body, format="json")
    assert response.status_code == 400, response.content
    errors = field_errors(response)
    assert {field: errors[field] for field in expected} == {
        field: [message] for field, message in expected.items()
    }
    assert _plain(_messages(response)), errors


def test_an_empty_reply_to_an_enquiry(coordinator: User) -> None:
    from enquiries.models import Enquiry

    enquiry = Enquiry.objects.create(
        name="Sam", email="sam@example.org", kind=Enquiry.Kind.OTHER, message="Hello"
    )
    response = client_for(coordinator).post(
        f"/api/v1/enquiries/{enquiry.pk}/messages/", {"body": ""}, format="json"
    )
    assert response.status_code == 400, response.content
    assert field_errors(response)["body"] == ["Enter your reply or note"]


def test_numbers_out_of_range_say_the_range() -> None:
    from tests import factories

    mentorship = factories.MentorshipFactory.create()
    mentor = client_for(mentorship.mentor.user)
    capacity = mentor.patch(
        f"/api/v1/mentors/{mentorship.mentor.pk}/", {"capacity": 25}, format="json"
    )
    assert field_errors(capacity)["capacity"] == [
        "Enter how many mentorships you can run at once, from 0 to 20"
    ]
    from django.utils import timezone

    for minutes in (0, 5000):
        meeting = mentor.post(
            f"/api/v1/mentorships/{mentorship.pk}/meetings/",
            {"held_on": timezone.localdate().isoformat(), "minutes": minutes, "topics": []},
            format="json",
        )
        assert field_errors(meeting)["minutes"] == [
            "Enter how long the meeting lasted, from 1 to 1440 minutes (a day)"
        ]
    organisation = mentorship.request.organisation
    staff = client_for(mentorship.request.created_by).patch(
        f"/api/v1/organisations/{organisation.pk}/", {"employees": -5}, format="json"
    )
    assert field_errors(staff)["employees"] == ["Enter the number of staff: 1 or more"]


def test_the_sign_up_and_invitation_forms_say_what_to_enter() -> None:
    from accounts.forms import InvitationForm, SignupForm

    signup = SignupForm(data={"employees": "-5"})
    assert not signup.is_valid()
    messages = {field: list(errors) for field, errors in signup.errors.items()}
    assert messages["full_name"] == ["Enter your full name"]
    assert messages["email"] == ["Enter your e-mail address"]
    assert messages["role"] == [
        "Choose whether you are joining as a mentor or as a fledgling mutual"
    ]
    assert messages["region"] == ["Choose your region"]
    assert messages["employees"] == ["Enter the number of staff: 1 or more"]
    assert _plain(" ".join(" ".join(v) for v in messages.values())), messages
    # A bad sector keeps the form's own words.
    bad_sector = SignupForm(data={"sectors": ["golf"]})
    assert not bad_sector.is_valid()
    assert bad_sector.errors["sectors"] == ["golf is not one of the sectors we list."]
    invitation = InvitationForm(data={})
    assert not invitation.is_valid()
    assert invitation.errors["email"] == ["Enter the e-mail address of the person to invite"]


def test_sign_in_and_password_reset_say_what_to_enter(client: object) -> None:
    from django.test import Client

    browser = Client()
    login = browser.post("/accounts/login/", {"login": "", "password": ""}).content.decode()
    assert "Enter your e-mail address" in login and "Enter your password" in login
    assert "Keep me signed in on this device" in login and "Remember Me" not in login
    reset = browser.post("/accounts/password/reset/", {"email": ""}).content.decode()
    assert "Enter your e-mail address" in reset
    for page in (login, reset):
        assert _plain(page), page
