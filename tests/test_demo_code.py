"""The demo coordinator can get past two-step sign-in on `make run`, and only in a demo."""

from __future__ import annotations

from io import StringIO

import pytest
from allauth.mfa.models import Authenticator
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings

from accounts.models import User
from matching.management.commands.seed_demo import COORDINATOR_EMAIL, DEMO_PASSWORD
from tests import factories

pytestmark = pytest.mark.django_db


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _demo_code() -> str:
    out = StringIO()
    call_command("demo_code", stdout=out, stderr=StringIO())
    return out.getvalue().strip()


@override_settings(DEBUG=True)
def test_the_printed_code_signs_the_demo_coordinator_in_to_the_dashboard() -> None:
    printed = _seed()
    assert "demo_code" in printed and "DEMODEMO" in printed

    client = Client(REMOTE_ADDR="10.9.0.1")
    response = client.post(
        "/accounts/login/", {"login": COORDINATOR_EMAIL, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/dashboard/").status_code == 302  # the code is still owed

    code = _demo_code()
    assert len(code) == 6 and code.isdigit()
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 302, response.content[:500]
    dashboard = client.get("/dashboard/")
    assert dashboard.status_code == 200
    assert client.session["_auth_user_id"] == str(User.objects.get(email=COORDINATOR_EMAIL).pk)


def test_seeding_twice_keeps_one_authenticator() -> None:
    _seed()
    _seed()
    coordinator = User.objects.get(email=COORDINATOR_EMAIL)
    assert Authenticator.objects.filter(user=coordinator, type="totp").count() == 1


def test_the_command_refuses_when_debug_is_off() -> None:
    _seed()
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="DEBUG"):
        _demo_code()


@override_settings(DEBUG=True)
def test_the_command_refuses_a_demo_coordinator_with_their_own_app() -> None:
    coordinator = factories.CoordinatorFactory.create(email=COORDINATOR_EMAIL, totp=False)
    factories.totp_enrol(coordinator)  # the tests' secret, not the published demo one
    _seed()
    assert Authenticator.objects.filter(user=coordinator, type="totp").count() == 1
    with pytest.raises(CommandError, match="own authenticator"):
        _demo_code()
