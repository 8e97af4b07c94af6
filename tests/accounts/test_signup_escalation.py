"""Self sign-up can never make a coordinator or a member of staff."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import Role, User
from tests.accounts.conftest import signup_data, stored_counts

pytestmark = pytest.mark.django_db


def test_it_rejects_the_coordinator_role(web: Client) -> None:
    before = stored_counts()

    response = web.post(reverse("account_signup"), signup_data(role="coordinator", stage="6"))

    assert response.status_code == 200
    assert "role" in response.context["form"].errors
    assert stored_counts() == before
    assert not User.objects.filter(role=Role.COORDINATOR).exists()
    assert mail.outbox == []


def test_it_ignores_posted_staff_and_superuser_flags(web: Client) -> None:
    data = signup_data(is_staff="on", is_superuser="on", role_override="coordinator")

    response = web.post(reverse("account_signup"), data)

    assert response.status_code == 302
    user = User.objects.get(email=data["email"])
    assert user.role == Role.MENTEE
    assert not user.is_staff
    assert not user.is_superuser
