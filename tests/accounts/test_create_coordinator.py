"""`manage.py create_coordinator`: a verified coordinator and a one-time set-password link."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from accounts.models import Role, User
from core.models import AuditEvent
from tests import factories
from tests.accounts.conftest import STRONG_PASSWORD, path_of

pytestmark = pytest.mark.django_db


def _create(*args: str) -> str:
    out = StringIO()
    call_command("create_coordinator", *args, stdout=out)
    return out.getvalue()


def _link(output: str) -> str:
    match = re.search(r"https?://\S+/accounts/password/reset/key/\S+", output)
    assert match, output
    return path_of(match.group(0))


def _set_password(web: Client, link: str, password: str) -> int:
    response = web.get(link, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = web.post(form_url, {"password1": password, "password2": password})
    return response.status_code


def test_it_creates_a_coordinator_who_sets_a_password_then_logs_in(web: Client) -> None:
    output = _create("ada@programme.example", "--name", "Ada Okafor")

    user = User.objects.get(email="ada@programme.example")
    assert user.role == Role.COORDINATOR
    assert user.full_name == "Ada Okafor"
    assert user.organisation is None
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified
    assert AuditEvent.objects.filter(verb="coordinator.created", object_id=user.pk).exists()

    link = _link(output)
    assert _set_password(web, link, STRONG_PASSWORD) == 302
    user.refresh_from_db()
    assert user.check_password(STRONG_PASSWORD)

    fresh = Client(REMOTE_ADDR="10.254.1.1")
    response = fresh.post(
        reverse("account_login"), {"login": "ada@programme.example", "password": STRONG_PASSWORD}
    )
    assert response.status_code == 302
    assert fresh.session["_auth_user_id"] == str(user.pk)


def test_it_refuses_to_reuse_the_link(web: Client) -> None:
    link = _link(_create("ada@programme.example"))
    assert _set_password(web, link, STRONG_PASSWORD) == 302

    attacker = Client(REMOTE_ADDR="10.254.1.2")
    response = attacker.get(link, follow=True)
    assert response.context["token_fail"] is True
    response = attacker.post(
        link, {"password1": "another-pass-phrase-42", "password2": "another-pass-phrase-42"}
    )
    user = User.objects.get(email="ada@programme.example")
    assert user.check_password(STRONG_PASSWORD)
    assert not user.check_password("another-pass-phrase-42")


def test_it_names_the_coordinator_from_the_address_when_no_name_is_given() -> None:
    _create("grace.hopper@programme.example")

    assert User.objects.get(email="grace.hopper@programme.example").full_name == "Grace Hopper"


def test_it_refuses_to_promote_a_mentor_or_mentee() -> None:
    mentor = factories.MentorUserFactory.create(email="mentor@example.org")
    mentee = factories.MenteeFactory.create(email="mentee@example.org")

    for person in (mentor, mentee):
        with pytest.raises(CommandError, match="never turned into a coordinator"):
            _create(person.email)
        person.refresh_from_db()
        assert person.role != Role.COORDINATOR


def test_it_refuses_an_existing_coordinator_and_a_bad_address() -> None:
    factories.CoordinatorFactory.create(email="lead@programme.example")

    with pytest.raises(CommandError, match="already a coordinator"):
        _create("LEAD@programme.example")
    with pytest.raises(CommandError, match="not a valid e-mail"):
        _create("not-an-address")
    assert User.objects.count() == 1
