"""A person signs up in Chromium, follows the link in their verification e-mail, and is in."""

from __future__ import annotations

import re
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from playwright.sync_api import Page, expect
from playwright.sync_api import Request as PlaywrightRequest

from accounts.models import Role, User

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

EMAIL = "ffion.jones@brackenfield-youth.example"
PASSWORD = "kettle-meadow-83-gladly"


def test_a_person_signs_up_verifies_and_lands_on_the_home_page_logged_in(
    page: Page, live_server: Any
) -> None:
    page.goto(f"{live_server.url}/accounts/signup/")
    page.get_by_label("Full name").fill("Ffion Jones")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label(re.compile(r"^Password(?! \(again\))")).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("radio", name=re.compile("^Fledgling mutual")).check()
    page.get_by_label("Organisation name").fill("Brackenfield Youth and Play Team")
    page.get_by_role("checkbox", name="Youth services").check()
    page.get_by_label("Stage").select_option(label="Making a mutual plan")
    page.get_by_label("Region").select_option(label="Wales")
    page.get_by_label("Number of employees").fill("48")
    page.get_by_label("Parent body").select_option(label="Local authority")
    page.get_by_role("button", name="Create account").click()

    page.wait_for_url("**/accounts/confirm-email/")
    expect(page.get_by_role("link", name="Sign out")).to_have_count(0)
    user = User.objects.get(email=EMAIL)
    assert user.role == Role.MENTEE

    (message,) = [m for m in mail.outbox if EMAIL in m.to]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", str(message.body))
    assert link, message.body
    response = page.goto(link.group(0))

    # The confirmation logs them in and sends them home, which takes a signed-in person on
    # to their next step.
    assert response is not None
    chain = []
    request: PlaywrightRequest | None = response.request
    while request is not None:
        chain.append(request.url)
        request = request.redirected_from
    assert f"{live_server.url}/" in chain, chain
    expect(page.get_by_role("link", name="Sign out")).to_be_visible()
    expect(page.get_by_role("link", name="Sign in")).to_have_count(0)
    assert EmailAddress.objects.get(user=user).verified
