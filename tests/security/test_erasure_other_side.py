"""When one side closes their account, the other side is told in plain words, and never shown
the placeholder left in place of the person's name and address.

Found: the mentee read "Your mentorship with Former participant has ended" and "Former
participant ended your mentorship with Former participant early. The reason they gave: The other
participant closed their account.", and the mentorship page listed "Mentor: Former participant ·
erased-2@invalid.example" as a contact.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from accounts.models import User
from matching.lifecycle_tasks import email_mentorship_changed
from matching.models import MentoringRequest, Mentorship
from matching.policies import DISUSE_REASON
from matching.services.erasure import CLOSURE_REASON, ERASED_NAME
from tests import factories
from tests.conftest import client_for, close_for_disuse
from worker.models import OutboxMessage

pytestmark = pytest.mark.django_db


def live_mentorship() -> Mentorship:
    mentorship = factories.MentorshipFactory.create()
    MentoringRequest.objects.filter(pk=mentorship.request_id).update(status="matched")
    return mentorship


def close_account(user: User) -> None:
    response = client_for(user).delete(
        "/api/v1/me/", {"password": factories.PASSWORD}, format="json"
    )
    assert response.status_code == 204, response.content


def send_the_ended_emails() -> list[Any]:
    [queued] = OutboxMessage.objects.filter(task="matching.email_mentorship_changed")
    assert queued.kwargs["verb"] == "ended"
    email_mentorship_changed(**queued.kwargs)
    return list(mail.outbox)


def assert_no_placeholder(text: str) -> None:
    assert ERASED_NAME not in text
    assert "invalid.example" not in text
    assert CLOSURE_REASON not in text


def test_the_mentee_hears_their_mentor_closed_their_account() -> None:
    mentorship = live_mentorship()
    mentee = factories.request_creator(mentorship.request)
    close_account(mentorship.mentor.user)
    [message] = send_the_ended_emails()
    assert message.to == [mentee.email]
    assert message.subject == (
        "[Mutual Mentors] Your mentor has closed their account, so your mentorship has ended"
    )
    body = " ".join(message.body.split())
    assert (
        "Your mentor has closed their Mutual Mentors account, so your mentorship with them has "
        "ended. Your request is open again and the programme team will suggest other mentors."
    ) in body
    [(html, _)] = message.alternatives
    for text in (message.subject, body, html):
        assert_no_placeholder(text)


def test_the_mentor_hears_the_organisation_they_were_mentoring_closed_its_account() -> None:
    mentorship = live_mentorship()
    organisation = mentorship.request.organisation
    close_account(factories.request_creator(mentorship.request))
    [message] = send_the_ended_emails()
    assert message.to == [mentorship.mentor.user.email]
    assert message.subject == f"[Mutual Mentors] Your mentorship with {organisation.name} has ended"
    body = " ".join(message.body.split())
    assert (
        f"Your contact at the organisation you were mentoring, {organisation.name}, has closed "
        "their Mutual Mentors account, so your mentorship with them has ended."
    ) in body
    [(html, _)] = message.alternatives
    for text in (message.subject, body, html):
        assert_no_placeholder(text)


def test_a_colleague_hears_the_mentorship_ended_and_the_request_is_open_again() -> None:
    mentorship = live_mentorship()
    colleague = factories.MenteeFactory.create(organisation=mentorship.request.organisation)
    close_account(factories.request_creator(mentorship.request))
    messages = send_the_ended_emails()
    [to_colleague] = [m for m in messages if m.to == [colleague.email]]
    body = " ".join(to_colleague.body.split())
    assert "has closed their Mutual Mentors account" in body
    assert mentorship.mentor.user.full_name in body
    assert "Your request is open again" in body
    assert_no_placeholder(body)


def test_an_ordinary_early_end_still_reads_as_before() -> None:
    mentorship = live_mentorship()
    mentee = factories.request_creator(mentorship.request)
    mentor = mentorship.mentor.user
    response = client_for(mentor).post(
        f"/api/v1/mentorships/{mentorship.pk}/end/", {"reason": "Moving job."}, format="json"
    )
    assert response.status_code == 200, response.content
    [message] = send_the_ended_emails()
    assert message.to == [mentee.email]
    assert message.subject == f"[Mutual Mentors] Your mentorship with {mentor.full_name} has ended"
    body = " ".join(message.body.split())
    assert f"{mentor.full_name} ended your mentorship early." in body
    assert "The reason they gave: Moving job." in body


@pytest.mark.parametrize("closing", ["mentor", "mentee"])
def test_the_mentorship_shows_no_contact_details_for_a_closed_account(closing: str) -> None:
    mentorship = live_mentorship()
    mentor = mentorship.mentor.user
    mentee = factories.request_creator(mentorship.request)
    closer, other = (mentor, mentee) if closing == "mentor" else (mentee, mentor)
    colleague = factories.MenteeFactory.create(organisation=mentee.organisation)
    reader = other if closing == "mentor" else mentor
    close_account(closer)
    for person in (reader, colleague if closing == "mentee" else reader):
        data = client_for(person).get(f"/api/v1/mentorships/{mentorship.pk}/").json()
        closed = data[f"{closing}_contact"]
        assert closed["account_closed"] is True
        assert closed["email"] is None and closed["phone"] == "" and closed["full_name"] == ""
        still = data["mentee_contact" if closing == "mentor" else "mentor_contact"]
        assert still["account_closed"] is False and still["email"] == other.email
        assert_no_placeholder(str(data["mentor_contact"]) + str(data["mentee_contact"]))


def test_the_mentor_listing_shows_no_address_for_a_mentor_who_closed_their_account() -> None:
    mentorship = live_mentorship()
    mentee = factories.request_creator(mentorship.request)
    close_account(mentorship.mentor.user)
    data = client_for(mentee).get(f"/api/v1/mentors/{mentorship.mentor_id}/").json()
    assert data["email"] is None and data["phone"] is None


def test_the_latest_change_never_names_the_placeholder() -> None:
    mentorship = live_mentorship()
    mentor = mentorship.mentor.user
    mentee = factories.request_creator(mentorship.request)
    close_account(mentor)  # ends the mentorship: its latest change is the mentor's
    change = client_for(mentee).get(f"/api/v1/mentorships/{mentorship.pk}/").json()["latest_change"]
    assert change["verb"] == "ended"
    assert change["actor_name"] == "someone who has since closed their account"
    assert_no_placeholder(str(change))


def test_an_account_closed_for_disuse_is_not_said_to_have_been_closed_by_them(
    settings: Any,
) -> None:
    """Found: the retention job's closures told the other side "your mentor has closed their
    account", which the mentor never did."""
    settings.RETENTION_MONTHS = 36
    mentorship = live_mentorship()
    mentee = factories.request_creator(mentorship.request)
    mentor = mentorship.mentor.user
    close_for_disuse(mentor)
    mentorship.refresh_from_db()
    assert mentorship.end_reason == DISUSE_REASON
    [message] = send_the_ended_emails()
    assert message.to == [mentee.email]
    assert message.subject == (
        "[Mutual Mentors] Your mentor's account has been closed, so your mentorship has ended"
    )
    body = " ".join(message.body.split())
    assert (
        "Your mentor had not used Mutual Mentors for 3 years, and their account has been closed, "
        "so your mentorship with them has ended."
    ) in body
    [(html, _)] = message.alternatives
    for text in (message.subject, body, html):
        assert_no_placeholder(text)
        assert "has closed their" not in text
