"""A coordinator invites a coordinator; the one-time, expiring link makes a verified account."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, Role, User
from core.models import AuditEvent
from tests import factories
from tests.accounts.conftest import STRONG_PASSWORD, link_in_last_mail, path_of

pytestmark = pytest.mark.django_db

INVITEE = "sam.new@programme.example"


@pytest.fixture
def invite(web: Client, django_capture_on_commit_callbacks: Any) -> Callable[..., str]:
    """Send an invitation as `coordinator` through the page; return the link from the e-mail."""

    def send(coordinator: User, email: str = INVITEE) -> str:
        web.force_login(coordinator)
        # The e-mail goes out on commit; inside the test's transaction, run that at once.
        with django_capture_on_commit_callbacks(execute=True):
            response = web.post(reverse("coordinator-invitations"), {"email": email})
        assert response.status_code == 302, response.content.decode()[:2000]
        return path_of(link_in_last_mail(email, "/invitations/"))

    return send


def _accept(link: str, name: str = "Sam Newton", password: str = STRONG_PASSWORD) -> Client:
    invitee = Client(REMOTE_ADDR="10.254.2.1")
    response = invitee.post(link, {"full_name": name, "password1": password, "password2": password})
    assert response.status_code == 302, response.content.decode()[:2000]
    return invitee


def test_it_turns_an_invitation_into_a_verified_coordinator(
    web: Client, coordinator: User, invite: Callable[..., str]
) -> None:
    link = invite(coordinator)
    assert mail.outbox[-1].subject.startswith("[Mutual Mentors] ")
    invitee_page = Client().get(link)
    assert invitee_page.status_code == 200
    assert INVITEE in invitee_page.content.decode()

    invitee = _accept(link)

    user = User.objects.get(email=INVITEE)
    assert user.role == Role.COORDINATOR
    assert user.full_name == "Sam Newton"
    assert user.organisation is None
    assert not user.is_staff
    assert EmailAddress.objects.get(user=user).verified
    assert invitee.session["_auth_user_id"] == str(user.pk)
    invitation = Invitation.objects.get(email=INVITEE)
    assert invitation.status == Invitation.Status.ACCEPTED
    assert invitation.user == user
    assert invitation.invited_by == coordinator
    verbs = list(AuditEvent.objects.filter(object_id=invitation.pk).values_list("verb", flat=True))
    assert verbs == ["invitation.sent", "invitation.accepted"]
    # Straight on to the two-step setup: the password they just chose counts as a fresh
    # sign-in, so they are not asked to type it again first.
    setup = invitee.get("/accounts/2fa/totp/activate/")
    assert setup.status_code == 200, setup.get("Location")

    # The new coordinator logs in with the password they chose.
    fresh = Client(REMOTE_ADDR="10.254.2.2")
    response = fresh.post(reverse("account_login"), {"login": INVITEE, "password": STRONG_PASSWORD})
    assert response.status_code == 302
    assert fresh.session["_auth_user_id"] == str(user.pk)


def test_it_refuses_a_used_link(web: Client, coordinator: User, invite: Callable[..., str]) -> None:
    link = invite(coordinator)
    _accept(link)

    again = Client(REMOTE_ADDR="10.254.2.3")
    assert again.get(link).status_code == 410
    response = again.post(
        link, {"full_name": "Mallory", "password1": "x-9-long-pass", "password2": "x-9-long-pass"}
    )
    assert response.status_code == 410
    assert User.objects.filter(email=INVITEE).count() == 1
    assert User.objects.get(email=INVITEE).full_name == "Sam Newton"


def test_it_refuses_an_expired_link(
    web: Client, coordinator: User, invite: Callable[..., str]
) -> None:
    link = invite(coordinator)
    Invitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    response = Client().post(
        link, {"full_name": "Sam", "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD}
    )

    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not User.objects.filter(email=INVITEE).exists()


def test_it_refuses_a_made_up_link() -> None:
    response = Client().get(reverse("invitation-accept", kwargs={"token": "not-a-real-token"}))

    assert response.status_code == 404


def test_a_newer_invitation_replaces_the_pending_one(
    web: Client, coordinator: User, invite: Callable[..., str]
) -> None:
    first = invite(coordinator)
    second = invite(coordinator)

    assert Client().get(first).status_code == 410
    assert Client().get(second).status_code == 200
    statuses = sorted(Invitation.objects.values_list("status", flat=True))
    assert statuses == [Invitation.Status.PENDING, Invitation.Status.REVOKED]


def test_it_rejects_bad_acceptance_data_and_stores_nothing(
    web: Client, coordinator: User, invite: Callable[..., str]
) -> None:
    link = invite(coordinator)
    invitee = Client()

    cases = [
        (
            {"full_name": "", "password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD},
            "full_name",
        ),
        ({"full_name": "Sam", "password1": "password", "password2": "password"}, "password1"),
        ({"full_name": "Sam", "password1": STRONG_PASSWORD, "password2": "other"}, "password2"),
    ]
    for data, field in cases:
        response = invitee.post(link, data)
        assert response.status_code == 400
        assert field in response.context["form"].errors
    assert not User.objects.filter(email=INVITEE).exists()
    assert Invitation.objects.get().status == Invitation.Status.PENDING


def test_it_rejects_an_address_that_already_has_an_account(
    web: Client, coordinator: User, mentor: User
) -> None:
    web.force_login(coordinator)

    for email in (mentor.email, "not-an-email"):
        response = web.post(reverse("coordinator-invitations"), {"email": email})
        assert response.status_code == 400
        assert "email" in response.context["form"].errors
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_it_lists_invitations_for_coordinators(
    web: Client, coordinator: User, invite: Callable[..., str]
) -> None:
    invite(coordinator)

    response = web.get(reverse("coordinator-invitations"))

    assert response.status_code == 200
    assert INVITEE in response.content.decode()


@pytest.mark.parametrize("role", ["mentor", "mentee"])
def test_it_forbids_mentors_and_mentees(
    web: Client, role: str, request: pytest.FixtureRequest
) -> None:
    web.force_login(request.getfixturevalue(role))

    assert web.get(reverse("coordinator-invitations")).status_code == 403
    assert web.post(reverse("coordinator-invitations"), {"email": INVITEE}).status_code == 403
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_it_sends_anonymous_visitors_to_log_in(web: Client) -> None:
    response = web.post(reverse("coordinator-invitations"), {"email": INVITEE})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Invitation.objects.exists()


def test_a_second_coordinator_can_invite_too(web: Client, invite: Callable[..., str]) -> None:
    inviter = factories.CoordinatorFactory.create()
    link = invite(inviter, "third@programme.example")
    _accept(link, name="Third Person")

    assert User.objects.get(email="third@programme.example").role == Role.COORDINATOR
