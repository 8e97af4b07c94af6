"""allauth's e-mails are ours: branded, sentence-case subjects, plain words, text and HTML parts."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import Client
from django.urls import reverse

from tests.accounts.conftest import signup_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _only_mail() -> EmailMultiAlternatives:
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert isinstance(message, EmailMultiAlternatives)
    return message


def _checked(message: EmailMultiAlternatives) -> tuple[str, str]:
    html = str(message.alternatives[0][0]) if message.alternatives else ""
    for text in (message.subject, message.body, html):
        assert "Hello from" not in text
        assert "example.com" not in text
        assert "127.0.0.1:" not in message.subject
    assert "Mutual Mentors" in message.body and "Mutual Mentors" in html
    return str(message.body), html


def test_the_sign_up_confirmation_is_branded_with_a_sentence_case_subject(web: Client) -> None:
    data = signup_data()
    web.post(reverse("account_signup"), data)
    message = _only_mail()
    assert message.subject == "[Mutual Mentors] Confirm your e-mail address"
    body, html = _checked(message)
    assert "/accounts/confirm-email/" in body and "/accounts/confirm-email/" in html
    assert body.startswith("Hello Priya,")


def test_a_password_reset_link_is_branded_in_text_and_html(web: Client) -> None:
    user = UserFactory(full_name="Amir Hussain")
    web.post(reverse("account_reset_password"), {"email": user.email})
    message = _only_mail()
    assert message.subject == "[Mutual Mentors] Reset your password"
    body, html = _checked(message)
    assert "your password stays the same" in body
    assert "Choose a new password" in html


def test_an_unknown_address_hears_how_to_sign_up(web: Client) -> None:
    web.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    message = _only_mail()
    assert message.subject == "[Mutual Mentors] There is no account with this e-mail address"
    body, _ = _checked(message)
    assert "/accounts/signup/" in body
