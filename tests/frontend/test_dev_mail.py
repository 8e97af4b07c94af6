"""Development mail: one console line per e-mail, the message kept in a file, and a page
listing them that only exists with DEBUG on and only opens for coordinators and staff."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from django.core.mail import EmailMultiAlternatives, get_connection
from django.test import Client

from accounts.models import User
from tests import factories


@pytest.fixture
def mail_folder(settings: Any, tmp_path: Path) -> Path:
    settings.EMAIL_FILE_PATH = str(tmp_path / "mail")
    return tmp_path / "mail"


def send_one(subject: str = "Your introduction to Ashcombe", to: str = "fiona@example.org") -> str:
    console = io.StringIO()
    connection = get_connection("core.mail.DevMailBackend", stream=console)
    message = EmailMultiAlternatives(
        subject, "Hello Fiona,\n\nPlease reply by Friday.", "noreply@example.org", [to],
        connection=connection,
    )  # fmt: skip
    message.attach_alternative("<html><body><p>Hello <b>Fiona</b></p></body></html>", "text/html")
    assert message.send() == 1
    return console.getvalue()


def test_each_email_is_one_console_line_and_one_file(mail_folder: Path) -> None:
    output = send_one()

    files = list(mail_folder.glob("*.eml"))
    assert len(files) == 1
    assert output.count("\n") == 1
    assert "fiona@example.org" in output and '"Your introduction to Ashcombe"' in output
    assert str(files[0]) in output or files[0].name in output
    assert "<html" not in output and "Please reply" not in output
    kept = files[0].read_text()
    assert "Please reply by Friday." in kept and "<b>Fiona</b>" in kept


@pytest.mark.django_db
def test_the_page_does_not_exist_without_debug(
    client: Client, coordinator: User, settings: Any, mail_folder: Path
) -> None:
    settings.DEBUG = False
    assert client.get("/dev/mail/").status_code == 404
    client.force_login(coordinator)
    assert client.get("/dev/mail/").status_code == 404


@pytest.mark.django_db
def test_the_page_asks_for_sign_in_then_refuses_mentors_and_mentees(
    client: Client, settings: Any, mail_folder: Path, mentor: User, mentee: User
) -> None:
    settings.DEBUG = True
    response = client.get("/dev/mail/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    for person in (mentor, mentee):
        client.force_login(person)
        assert client.get("/dev/mail/").status_code == 403


@pytest.mark.django_db
def test_coordinators_and_staff_read_the_list_and_each_message(
    client: Client, settings: Any, mail_folder: Path, coordinator: User
) -> None:
    settings.DEBUG = True
    send_one(subject="Welcome to Mutual Mentors", to="new.mentor@example.org")
    name = next(mail_folder.glob("*.eml")).name
    staff = factories.MentorProfileFactory.create(user__is_staff=True).user

    for person in (coordinator, staff):
        client.force_login(person)
        listing = client.get("/dev/mail/")
        assert listing.status_code == 200
        assert b"Welcome to Mutual Mentors" in listing.content
        assert b"new.mentor@example.org" in listing.content
        assert f"/dev/mail/{name}/".encode() in listing.content

    detail = client.get(f"/dev/mail/{name}/")
    assert detail.status_code == 200
    assert b"Please reply by Friday." in detail.content
    assert re.search(rb"<dd>\d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d</dd>", detail.content)  # UK date
    assert b"&lt;b&gt;" not in detail.content and b"<b>Fiona" not in detail.content

    raw = client.get(f"/dev/mail/{name}/raw/")
    assert raw.status_code == 200 and raw["Content-Type"] == "message/rfc822"
    assert b"<b>Fiona</b>" in raw.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", ["..", "..%2F..%2Fsettings.py", ".hidden.eml", "missing.eml", "x.txt"]
)
def test_a_name_outside_the_mail_folder_is_not_found(
    client: Client, settings: Any, mail_folder: Path, coordinator: User, name: str
) -> None:
    settings.DEBUG = True
    (mail_folder.parent / "settings.py").write_text("SECRET = 1")
    client.force_login(coordinator)
    assert client.get(f"/dev/mail/{name}/").status_code == 404
    assert client.get(f"/dev/mail/{name}/raw/").status_code == 404
