"""What the inbox keeps about a sender, for how long, and what they can take away.

Found: the contact form's messages kept the sender's name, address and words for ever, closing
an account left them in every enquiry the person had sent, and the copy of their data left the
enquiries out, though the privacy notice promised "everything we hold about you".
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.utils import timezone

from accounts.models import User
from core.errors import Conflict
from core.models import AuditEvent
from enquiries.models import Enquiry
from enquiries.services import (
    enquiries_anonymise,
    enquiry_concern_raise,
    enquiry_create,
    enquiry_invite,
    enquiry_message_create,
    old_enquiries_purge,
)
from tests import factories
from tests.conftest import client_for, close_for_disuse
from tests.errors import error_code
from worker.celery_app import app

pytestmark = pytest.mark.django_db


def _enquiry(email: str, *, author: User | None = None, kind: str = "other") -> Enquiry:
    return enquiry_create(
        kind=kind,
        name="Pat Sender",
        email=email,
        organisation_name="Riverside Leisure Trust",
        message="Pat here: my phone number is 07700 900123, please call about our pensions.",
        author=author,
    )


def _close(user: User) -> None:
    response = client_for(user).delete(
        "/api/v1/me/", {"password": factories.PASSWORD}, format="json"
    )
    assert response.status_code == 204, response.content


def test_closing_an_account_removes_the_sender_from_what_they_sent(
    mentee: User, coordinator: User
) -> None:
    signed_in = _enquiry("other@example.org", author=mentee)
    signed_out = _enquiry(mentee.email.upper())  # before they had an account: their address
    reply = enquiry_message_create(
        enquiry=signed_out, actor=coordinator, body="Dear Pat, thank you for your message."
    )
    someone_else = _enquiry("someone.else@example.org")
    _close(mentee)

    for enquiry in (signed_in, signed_out):
        enquiry.refresh_from_db()
        assert enquiry.anonymised_at is not None
        assert (enquiry.name, enquiry.email, enquiry.organisation_name, enquiry.message) == (
            "",
            "",
            "",
            "",
        )
        assert enquiry.client_address is None
        # Kind, status and dates stay, for the programme's counts.
        assert enquiry.kind == "other" and enquiry.created_at
        assert AuditEvent.objects.filter(
            verb="anonymised", object_id=enquiry.pk, data__why="account_closed"
        ).exists()
    reply.refresh_from_db()
    assert reply.body == ""
    someone_else.refresh_from_db()
    assert someone_else.anonymised_at is None and someone_else.name == "Pat Sender"


def test_a_concern_about_a_mentorship_goes_the_same_way() -> None:
    mentorship = factories.MentorshipFactory.create()
    mentor = mentorship.mentor.user
    concern = enquiry_concern_raise(
        mentorship=mentorship, actor=mentor, message="The meetings keep being cancelled."
    )
    _close(mentor)
    concern.refresh_from_db()
    assert concern.anonymised_at is not None and concern.message == ""
    assert concern.mentorship_id == mentorship.pk


def test_an_address_they_never_proved_is_not_theirs(mentee: User) -> None:
    """Anyone can type someone else's address at sign-up: only a verified one counts."""
    EmailAddress.objects.filter(user=mentee).update(verified=False)
    theirs_in_name_only = _enquiry(mentee.email)
    export = client_for(mentee).get("/api/v1/me/export/").json()
    assert export["enquiries"] == []
    _close(mentee)
    theirs_in_name_only.refresh_from_db()
    assert theirs_in_name_only.anonymised_at is None


def test_the_inbox_shows_the_removal_and_refuses_a_reply_or_invitation(
    coordinator: User,
) -> None:
    enquiry = _enquiry("pat@example.org", kind="mentoring")
    enquiries_anonymise(enquiries=Enquiry.objects.filter(pk=enquiry.pk), why="retention")
    client = client_for(coordinator)
    detail = client.get(f"/api/v1/enquiries/{enquiry.pk}/").json()
    assert detail["anonymised_at"] and detail["email"] == "" and detail["message"] == ""

    reply = client.post(
        f"/api/v1/enquiries/{enquiry.pk}/messages/", {"body": "Hello"}, format="json"
    )
    assert reply.status_code == 409 and error_code(reply) == "no_email"
    assert "removed" in reply.json()["detail"]
    invite = client.post(f"/api/v1/enquiries/{enquiry.pk}/invite/")
    assert invite.status_code == 409 and error_code(invite) == "no_email"
    enquiry.refresh_from_db()
    assert enquiry.invited_at is None
    # An internal note is still the coordinators' to write.
    note = client.post(
        f"/api/v1/enquiries/{enquiry.pk}/messages/",
        {"body": "Chased by phone.", "internal": True},
        format="json",
    )
    assert note.status_code == 201, note.content
    # Once only: a second pass finds nothing left to remove, and records nothing.
    assert enquiries_anonymise(enquiries=Enquiry.objects.all(), why="retention") == 0
    assert AuditEvent.objects.filter(verb="anonymised").count() == 1


def test_invite_refuses_an_enquiry_without_an_address(coordinator: User) -> None:
    with pytest.raises(Conflict) as refused:
        enquiry_invite(
            enquiry=Enquiry.objects.create(
                kind="mentoring", name="No Address", email="", message="Hello"
            ),
            actor=coordinator,
        )
    assert refused.value.code == "no_email"


@pytest.mark.parametrize(
    ("closed_days", "touched_days", "removed"),
    [
        (None, 40, False),  # open and worked on recently
        (None, 1200, True),  # open but untouched for over three years
        (1200, 1200, True),  # closed over three years ago
        (800, 800, False),  # closed two years ago
    ],
)
def test_retention_removes_old_enquiries_details(
    settings: Any, closed_days: int | None, touched_days: int, removed: bool
) -> None:
    settings.RETENTION_MONTHS = 36
    now = timezone.now()
    enquiry = _enquiry("pat@example.org")
    Enquiry.objects.filter(pk=enquiry.pk).update(
        status="closed" if closed_days else "open",
        closed_at=now - timedelta(days=closed_days) if closed_days else None,
        updated_at=now - timedelta(days=touched_days),
    )
    assert old_enquiries_purge(now=now) == int(removed)
    enquiry.refresh_from_db()
    assert (enquiry.anonymised_at is not None) is removed
    assert (enquiry.message == "") is removed
    if removed:
        assert AuditEvent.objects.filter(
            verb="anonymised", object_id=enquiry.pk, data__why="retention"
        ).exists()


def test_the_retention_job_is_on_the_beat_schedule() -> None:
    tasks = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert "enquiries.purge_old_enquiries" in tasks
    assert "enquiries.purge_old_enquiries" in app.tasks


def test_the_export_holds_what_they_sent_and_our_replies_but_not_notes(
    mentee: User, coordinator: User
) -> None:
    sent = _enquiry("pat@example.org", author=mentee)
    enquiry_message_create(enquiry=sent, actor=coordinator, body="Dear Pat, yes we can help.")
    enquiry_message_create(
        enquiry=sent, actor=coordinator, body="Seems anxious; call them.", internal=True
    )
    from_their_address = _enquiry(mentee.email)
    _enquiry("someone.else@example.org")

    response = client_for(mentee).get("/api/v1/me/export/")
    assert response.status_code == 200
    rows = response.json()["enquiries"]
    assert [row["reference"] for row in rows] == [sent.reference, from_their_address.reference]
    first = rows[0]
    assert first["message"].startswith("Pat here") and first["kind_label"] == "Something else"
    assert first["status_label"] and first["anonymised_at"] is None
    assert [r["body"] for r in first["replies"]] == ["Dear Pat, yes we can help."]
    text = json.dumps(rows)
    assert "anxious" not in text and "someone.else" not in text


def test_the_export_schema_names_the_enquiries() -> None:
    schema = client_for(None).get("/api/schema/?format=json").json()
    export = schema["components"]["schemas"]["MeExport"]
    assert "enquiries" in export["required"]
    enquiry = schema["components"]["schemas"]["Enquiry"]["properties"]
    assert enquiry["anonymised_at"]["readOnly"] is True


def test_the_privacy_notice_and_account_page_say_so(mentee: User) -> None:
    notice = client_for(None).get("/privacy/").content.decode()
    assert "Messages you send the programme" in notice
    assert "we remove them" in notice
    browser = Client()
    browser.force_login(mentee)
    page = browser.get("/account/").content.decode()
    assert "messages you sent the programme" in page


def test_an_account_closed_for_disuse_takes_its_enquiries_with_it(
    mentee: User, settings: Any
) -> None:
    settings.RETENTION_MONTHS = 36
    sent = _enquiry("pat@example.org", author=mentee)
    close_for_disuse(mentee)
    sent.refresh_from_db()
    assert sent.anonymised_at is not None and sent.message == ""
    assert AuditEvent.objects.filter(
        verb="anonymised", object_id=sent.pk, data__why="retention"
    ).exists()


def test_deleting_someone_without_history_takes_their_details_from_what_they_sent(
    mentee: User,
) -> None:
    """The admin deletes a person with no programme history outright (no erasure, as they have
    nothing to keep): what they sent must not keep their name and words until retention."""
    signed_in = _enquiry("other@example.org", author=mentee)
    signed_out = _enquiry(mentee.email)  # their verified address, before they signed in
    someone_else = _enquiry("someone.else@example.org")
    admin = factories.CoordinatorFactory.create(is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    url = f"/admin/accounts/user/{mentee.pk}/delete/"
    assert client.post(url, {"post": "yes"}).status_code == 302

    assert not User.objects.filter(pk=mentee.pk).exists()  # deleted, not anonymised
    for enquiry in (signed_in, signed_out):
        enquiry.refresh_from_db()
        assert enquiry.anonymised_at is not None
        assert (enquiry.name, enquiry.email, enquiry.message) == ("", "", "")
        assert AuditEvent.objects.filter(
            verb="anonymised", object_id=enquiry.pk, data__why="account_closed"
        ).exists()
    someone_else.refresh_from_db()
    assert someone_else.anonymised_at is None and someone_else.name == "Pat Sender"


def test_a_failed_delete_leaves_what_they_sent_as_it_was(mentee: User) -> None:
    """Deleting the person and anonymising their enquiries are one transaction."""
    sent = _enquiry("other@example.org", author=mentee)

    def refuse(sender: type[User], **kwargs: Any) -> None:
        raise RuntimeError("the database refused the delete")

    from django.db.models.signals import pre_delete

    pre_delete.connect(refuse, sender=User, dispatch_uid="test-refuse")
    try:
        with pytest.raises(RuntimeError):
            mentee.delete()
    finally:
        pre_delete.disconnect(dispatch_uid="test-refuse", sender=User)
    sent.refresh_from_db()
    assert sent.anonymised_at is None and sent.name == "Pat Sender"
