"""Consent to a case study is given to the story as it would be published, and the page says
what happened where the focus lands."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from resources.models import CaseStudy
from tests.browser.scenario import build_world, open_and_settle, signed_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_participant_reads_the_whole_story_before_agreeing(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()
    study = CaseStudy.objects.create(
        title="Riverside's first year",
        summary="How a library service found its feet.",
        body="Riverside met its mentor in March.\n\nBy June the board had a plan.",
        mentorship=world.finished,
    )
    context, page = signed_in_page(browser, live_server.url, world.mentor)
    open_and_settle(page, f"{live_server.url}/mentorships/{world.finished.pk}/")
    section = page.locator("#case-study-consent")
    expect(section).to_be_visible()
    section.get_by_text("Read the story as it would be published").click()
    expect(section.locator(".case-study-story p")).to_have_text(
        ["Riverside met its mentor in March.", "By June the board had a plan."]
    )
    section.get_by_role("button", name=f"I agree to publish {study.title}").click()
    status = section.locator(".action-status")
    expect(status).to_have_text("Thank you: your consent is recorded.")
    expect(status).to_be_focused()
    study.refresh_from_db()
    assert study.consent_mentor
    context.close()
