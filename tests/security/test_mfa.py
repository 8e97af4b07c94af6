"""Two-step sign-in: anyone may enrol; coordinators must before any page or API answers."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.test import Client
from rest_framework.test import APIClient

from accounts.models import User
from tests import factories
from tests.conftest import client_for
from tests.errors import error_code, field_errors

pytestmark = pytest.mark.django_db
TOKEN_URL = "/api/v1/auth/token/"


@pytest.fixture
def unenrolled() -> User:
    return factories.CoordinatorFactory.create(totp=False)


def web_login(user: User) -> Client:
    """Sign in through the form, as a person does (allauth then counts the sign-in as recent)."""
    client = Client()
    response = client.post(
        "/accounts/login/", {"login": user.email, "password": factories.PASSWORD}
    )
    assert response.status_code == 302, response.content[:500]
    return client


def enrol(client: Client) -> None:
    """Set up an authenticator app: confirm the password again (allauth asks), scan, type a code."""
    page = client.get("/accounts/2fa/totp/activate/")
    if page.status_code == 302 and "reauthenticate" in page["Location"]:
        client.post(page["Location"], {"password": factories.PASSWORD})
        page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post("/accounts/2fa/totp/activate/", {"code": factories.totp_code(secret)})
    assert response.status_code == 302, response.content[:500]


def token(user: User, **extra: str) -> object:
    body = {"email": user.email, "password": factories.PASSWORD, **extra}
    return APIClient().post(TOKEN_URL, body, format="json")


def test_an_unenrolled_coordinator_is_sent_to_set_up_an_app(unenrolled: User) -> None:
    client = web_login(unenrolled)
    for page in ("/dashboard/", "/coordinator/queue/", "/coordinator/invitations/"):
        response = client.get(page)
        assert response.status_code == 302, page
        assert response["Location"].startswith("/accounts/2fa/totp/activate/?next=")


def test_an_unenrolled_coordinator_gets_403_mfa_required_from_the_api(unenrolled: User) -> None:
    for url in ("/api/v1/me/", "/api/v1/requests/", "/api/v1/match-runs/"):
        response = client_for(unenrolled).get(url)
        assert response.status_code == 403, url
        assert error_code(response) == "mfa_required"
    session = APIClient()
    session.force_login(unenrolled)
    assert error_code(session.get("/api/v1/proposals/")) == "mfa_required"


def test_an_unenrolled_coordinator_gets_no_token(unenrolled: User) -> None:
    response = token(unenrolled)
    assert response.status_code == 403  # type: ignore[attr-defined]
    assert error_code(response) == "mfa_required"


def test_enrolling_through_the_pages_lets_the_coordinator_in(unenrolled: User) -> None:
    client = web_login(unenrolled)
    enrol(client)
    assert Authenticator.objects.filter(user=unenrolled, type="totp").exists()
    assert client.get("/dashboard/").status_code == 200


def test_a_mentee_may_enrol_too(mentee: User) -> None:
    enrol(web_login(mentee))
    assert Authenticator.objects.filter(user=mentee, type="totp").exists()


def test_the_web_login_asks_for_the_code(coordinator: User) -> None:
    client = Client(REMOTE_ADDR="10.4.0.1")
    response = client.post(
        "/accounts/login/", {"login": coordinator.email, "password": factories.PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/dashboard/").status_code == 302  # not signed in yet
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    right = client.post("/accounts/2fa/authenticate/", {"code": factories.totp_code()})
    assert right.status_code == 302
    assert client.get("/dashboard/").status_code == 200


def test_the_token_endpoint_needs_the_code_once_mfa_is_on(coordinator: User) -> None:
    missing = token(coordinator)
    assert missing.status_code == 400  # type: ignore[attr-defined]
    assert "code" in field_errors(missing)
    wrong = token(coordinator, code="123456")
    assert wrong.status_code == 400  # type: ignore[attr-defined]
    assert "code" in field_errors(wrong)
    right = token(coordinator, code=factories.totp_code())
    assert right.status_code == 200, right.content  # type: ignore[attr-defined]


def test_a_recovery_code_works_once(coordinator: User) -> None:
    codes = RecoveryCodes.activate(coordinator).get_unused_codes()
    assert token(coordinator, code=codes[0]).status_code == 200  # type: ignore[attr-defined]
    assert token(coordinator, code=codes[0]).status_code == 400  # type: ignore[attr-defined]


def test_a_used_totp_code_cannot_be_replayed(coordinator: User) -> None:
    code = factories.totp_code()
    assert token(coordinator, code=code).status_code == 200  # type: ignore[attr-defined]
    assert token(coordinator, code=code).status_code == 400  # type: ignore[attr-defined]
