"""A mentor and a fledgling mutual sign up through allauth, verify by e-mail, then log in."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse

from accounts.models import Organisation, Role, Stage, User
from core.models import AuditEvent
from tests.accounts.conftest import STRONG_PASSWORD, link_in_last_mail, path_of, signup_data

pytestmark = pytest.mark.django_db


def _sign_up_and_verify(web: Client, **overrides: object) -> User:
    data = signup_data(**overrides)
    response = web.post(reverse("account_signup"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response["Location"] == reverse("account_email_verification_sent")

    user = User.objects.get(email=data["email"])
    # Mandatory verification: no session yet, and the address is unverified.
    assert "_auth_user_id" not in web.session
    assert not EmailAddress.objects.get(user=user).verified

    link = link_in_last_mail(data["email"], "/accounts/confirm-email/")
    response = web.get(path_of(link))
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert web.session["_auth_user_id"] == str(user.pk)
    return user


def _logs_in(email: str) -> bool:
    fresh = Client(REMOTE_ADDR="10.254.0.1")
    response = fresh.post(reverse("account_login"), {"login": email, "password": STRONG_PASSWORD})
    return response.status_code == 302 and "_auth_user_id" in fresh.session


def test_it_signs_up_a_fledgling_mutual_who_verifies_then_logs_in(web: Client) -> None:
    user = _sign_up_and_verify(web)

    assert user.role == Role.MENTEE
    assert user.full_name == "Priya Shah"
    assert not user.is_staff and not user.is_superuser
    organisation = user.organisation
    assert isinstance(organisation, Organisation)
    assert organisation.name == "Riverside Libraries (spinning out)"
    assert organisation.stage == Stage.TESTING
    assert organisation.region == "north-west"
    assert organisation.employees == 85
    assert organisation.parent_body == "local_authority"
    assert organisation.legal_form == ""
    assert sorted(organisation.sectors.values_list("slug", flat=True)) == [
        "education",
        "libraries-culture",
    ]
    assert AuditEvent.objects.filter(verb="user.signed_up", object_id=user.pk).count() == 1
    assert _logs_in(user.email)


def test_it_signs_up_a_mentor_from_an_established_mutual(web: Client) -> None:
    user = _sign_up_and_verify(
        web,
        full_name="Gareth Owen",
        email="gareth@valleycare.example",
        role="mentor",
        organisation_name="Valley Care Partnership",
        sectors=["adult-social-care"],
        stage="6",
        region="wales",
        employees="640",
        parent_body="local_authority",
        legal_form="cbs",
    )

    assert user.role == Role.MENTOR
    assert user.organisation is not None
    assert user.organisation.stage == Stage.ESTABLISHED
    assert user.organisation.legal_form == "cbs"
    assert _logs_in("gareth@valleycare.example")


def test_it_does_not_let_an_unverified_person_log_in(web: Client) -> None:
    web.post(reverse("account_signup"), signup_data())

    fresh = Client(REMOTE_ADDR="10.254.0.2")
    response = fresh.post(
        reverse("account_login"), {"login": signup_data()["email"], "password": STRONG_PASSWORD}
    )

    assert "_auth_user_id" not in fresh.session
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
