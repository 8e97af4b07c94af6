"""Guessing passwords: limited per address and per account at an address, whatever the headers say.

Found: rotating `X-Forwarded-For` gave unlimited guesses at the token endpoint (45 wrong, then the
right one got a token); the web lockout refused even the right password, so anyone could lock a
known person out; `/admin/login/` had no limit at all.
"""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework.test import APIClient

from accounts.models import User
from core.net import client_ip
from tests import factories
from tests.errors import error_code

pytestmark = pytest.mark.django_db
TOKEN_URL = "/api/v1/auth/token/"


def token_attempt(user: User, password: str, address: str, forwarded: str = "") -> int:
    client = APIClient(REMOTE_ADDR=address)
    if forwarded:
        client.defaults["HTTP_X_FORWARDED_FOR"] = forwarded
    response = client.post(TOKEN_URL, {"email": user.email, "password": password}, format="json")
    return int(response.status_code)


def web_attempt(user: User, password: str, address: str) -> int:
    response = Client(REMOTE_ADDR=address).post(
        "/accounts/login/", {"login": user.email, "password": password}
    )
    return int(response.status_code)


def test_rotating_x_forwarded_for_does_not_reset_the_count(mentee: User) -> None:
    statuses = [
        token_attempt(mentee, "wrong-guess", "10.1.0.1", forwarded=f"198.51.100.{i}")
        for i in range(45)
    ]
    assert statuses[:5] == [400] * 5
    assert set(statuses[5:]) == {429}
    # The right password from the same address is held back too: the guesser learns nothing.
    assert token_attempt(mentee, factories.PASSWORD, "10.1.0.1", forwarded="203.0.113.9") == 429


def test_the_owner_elsewhere_is_not_locked_out(mentee: User) -> None:
    for _ in range(10):
        token_attempt(mentee, "wrong-guess", "10.1.0.2")
    assert token_attempt(mentee, factories.PASSWORD, "10.1.0.3") == 200
    assert web_attempt(mentee, factories.PASSWORD, "10.1.0.3") == 302


def test_the_web_login_and_the_token_endpoint_share_one_count(mentee: User) -> None:
    for _ in range(3):
        assert web_attempt(mentee, "wrong-guess", "10.1.0.4") == 200  # the form again
    for _ in range(2):
        assert token_attempt(mentee, "wrong-guess", "10.1.0.4") == 400
    assert token_attempt(mentee, "wrong-guess", "10.1.0.4") == 429
    page = Client(REMOTE_ADDR="10.1.0.4").post(
        "/accounts/login/", {"login": mentee.email, "password": factories.PASSWORD}
    )
    assert page.status_code == 200 and b"Too many" in page.content


def test_a_429_says_when_to_come_back(mentee: User) -> None:
    for _ in range(5):
        token_attempt(mentee, "wrong-guess", "10.1.0.5")
    response = APIClient(REMOTE_ADDR="10.1.0.5").post(
        TOKEN_URL, {"email": mentee.email, "password": "x"}, format="json"
    )
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert error_code(response) == "throttled"


def test_many_addresses_guessing_one_account_are_stopped(mentee: User, settings: object) -> None:
    settings.LOGIN_FAILED_ACCOUNT_RATE = "8/h/key"  # type: ignore[attr-defined]
    statuses = [token_attempt(mentee, "wrong-guess", f"10.2.0.{i}") for i in range(12)]
    assert statuses[:8] == [400] * 8
    assert set(statuses[8:]) == {429}


def test_past_the_account_limit_a_correct_password_and_code_still_get_in(
    coordinator: User, settings: object
) -> None:
    settings.LOGIN_FAILED_ACCOUNT_RATE = "8/h/key"  # type: ignore[attr-defined]
    for i in range(12):
        token_attempt(coordinator, "wrong-guess", f"10.3.0.{i}")
    response = APIClient(REMOTE_ADDR="10.3.1.1").post(
        TOKEN_URL,
        {"email": coordinator.email, "password": factories.PASSWORD, "code": factories.totp_code()},
        format="json",
    )
    assert response.status_code == 200, response.content


def test_the_admin_login_is_the_site_login() -> None:
    response = Client().post("/admin/login/", {"username": "a@b.c", "password": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/admin/")


def test_the_admin_login_refuses_a_signed_in_non_staff_person(mentee: User) -> None:
    client = Client()
    client.force_login(mentee)
    assert client.get("/admin/login/").status_code == 403


def test_client_ip_trusts_only_the_configured_proxies(settings: object, rf: object) -> None:
    from django.test import RequestFactory

    factory = RequestFactory()
    request = factory.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.1.1.1, 2.2.2.2")
    settings.NUM_PROXIES = 0  # type: ignore[attr-defined]
    assert client_ip(request) == "10.0.0.2"
    settings.NUM_PROXIES = 1  # type: ignore[attr-defined]
    assert client_ip(request) == "2.2.2.2"
    settings.NUM_PROXIES = 2  # type: ignore[attr-defined]
    assert client_ip(request) == "1.1.1.1"
    settings.NUM_PROXIES = 3  # type: ignore[attr-defined]
    assert client_ip(request) == "10.0.0.2"  # fewer hops than proxies: not through them all
    junk = factory.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="<script>")
    settings.NUM_PROXIES = 1  # type: ignore[attr-defined]
    assert client_ip(junk) == "10.0.0.2"
