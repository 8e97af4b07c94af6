"""Typing a request's words offers the topics they point to; the person ticks them."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests import factories
from tests.browser.scenario import open_and_settle, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_request_words_offer_topics_that_are_only_ticked_on_request(
    browser: Browser, live_server: Any
) -> None:
    mentee = factories.MenteeFactory.create()
    context, page = signed_in_page(browser, live_server.url, mentee)
    open_and_settle(page, f"{live_server.url}/onboarding/")
    page.get_by_label("Summary").fill(
        "Library staff are worried about the LGPS and their terms when they move across."
    )
    offer = page.get_by_role("button", name="Tick Pensions")
    expect(offer).to_be_visible(timeout=30_000)
    pensions = page.locator('#req-needs-field input[value="pensions"]')
    expect(pensions).not_to_be_checked()  # suggested, never added silently
    expect(page.locator("#live-status")).to_contain_text("suggested topic", timeout=5_000)
    offer.click()
    expect(pensions).to_be_checked()
    expect(offer).to_have_count(0)
    context.close()


def test_a_mentor_bio_offers_expertise(browser: Browser, live_server: Any) -> None:
    mentor = factories.MentorUserFactory.create()
    context, page = signed_in_page(browser, live_server.url, mentor)
    open_and_settle(page, f"{live_server.url}/onboarding/")
    page.get_by_label("About you").fill("Won the leisure contract twice in open tender.")
    offer = page.get_by_role("button", name="Tick Bidding")
    expect(offer.first).to_be_visible(timeout=30_000)
    context.close()
