"""The queue: filters go to the API and survive a reload; a reject needs a reason, in place."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from matching.models import Proposal
from tests.browser.scenario import build_world, open_and_settle, signed_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_it_filters_by_sector_and_keeps_the_filter_in_the_url(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()
    context, page = signed_in_page(browser, live_server.url, world.coordinator)
    open_and_settle(page, f"{live_server.url}/coordinator/queue/")
    expect(page.locator("section.group")).to_have_count(4)

    page.get_by_label("Sector").select_option("adult-social-care")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("section.group")).to_have_count(2)
    for name in ("Eastside Care Mutual", "Hilltop Leisure Trust"):
        expect(page.locator("section.group", has_text=name)).to_have_count(1)

    open_and_settle(page, page.url)
    expect(page.get_by_label("Sector")).to_have_value("adult-social-care")
    expect(page.locator("section.group")).to_have_count(2)
    context.close()


def test_it_rejects_with_a_reason_without_leaving_the_page(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()
    target = Proposal.objects.get(
        request__organisation__name="Hilltop Leisure Trust", recommended=False
    )
    context, page = signed_in_page(browser, live_server.url, world.coordinator)
    open_and_settle(page, f"{live_server.url}/coordinator/queue/")
    card = page.locator(f"[data-proposal='{target.pk}']")
    card.get_by_text("Reject with a reason").click()
    card.get_by_role("button", name="Reject").click()
    # No reason: the field says so, and nothing is sent.
    expect(card.locator(".field-error")).to_be_visible()
    target.refresh_from_db()
    assert target.status == Proposal.Status.SUGGESTED

    card.get_by_label("Why is Jo Alternative not right").fill(
        "Already mentoring two leisure trusts."
    )
    card.get_by_role("button", name="Reject").click()
    expect(page.locator("#live-status")).to_have_text("Rejected Jo Alternative.")
    expect(page.locator(f"[data-proposal='{target.pk}']")).to_contain_text(
        "Already mentoring two leisure trusts."
    )
    assert page.url.endswith("/coordinator/queue/")
    target.refresh_from_db()
    assert target.status == Proposal.Status.REJECTED
    assert target.reason == "Already mentoring two leisure trusts."
    context.close()
