"""A mentor pauses and resumes new introductions from the dashboard switch."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from matching.models import MentorProfile
from tests import factories
from tests.browser.scenario import open_and_settle, signed_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_it_pauses_and_resumes_through_the_api(browser: Browser, live_server: Any) -> None:
    profile = factories.MentorProfileFactory.create(capacity=2)
    context, page = signed_in_page(browser, live_server.url, profile.user)
    open_and_settle(page, f"{live_server.url}/dashboard/")
    switch = page.get_by_role("switch", name="Accepting new mentees")
    expect(switch).to_be_checked()
    # Nothing under way: no "0 current mentorships, 0 accepted introductions" read out.
    expect(page.locator("#capacity-text")).to_have_text("2 of 2 places left.")

    switch.click()
    expect(page.locator("#live-status")).to_contain_text("Paused")
    profile.refresh_from_db()
    assert profile.accepting is False

    open_and_settle(page, f"{live_server.url}/dashboard/")
    expect(switch).not_to_be_checked()
    switch.click()
    expect(page.locator("#live-status")).to_contain_text("You are accepting new mentees.")
    assert MentorProfile.objects.get(pk=profile.pk).accepting is True
    context.close()
