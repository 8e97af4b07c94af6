"""A form with bad input keeps what was typed and shows each error beside its field."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from matching.models import MentoringRequest
from tests import factories
from tests.browser.scenario import open_and_settle, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

SUMMARY = "We run the county's libraries and want to spin out next year."


def test_it_keeps_a_request_and_shows_the_apis_field_error(
    browser: Browser, live_server: Any
) -> None:
    mentee = factories.MenteeFactory.create()
    context, page = signed_in_page(browser, live_server.url, mentee)
    open_and_settle(page, f"{live_server.url}/onboarding/")
    page.get_by_label("Summary").fill(SUMMARY)
    # No topic is ticked, so the API refuses the request and names the `needs` field.
    page.get_by_role("button", name="Send request").click()

    field_error = page.locator("#req-needs-field .field-error")
    expect(field_error).to_be_visible()
    summary = page.locator("#request-form .error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_contain_text("Topics you want help with")
    first_box = page.locator("#req-needs-field input").first
    expect(first_box).to_have_attribute("aria-invalid", "true")
    error_id = field_error.get_attribute("id")
    assert error_id and error_id in (first_box.get_attribute("aria-describedby") or "").split()
    expect(page.get_by_label("Summary")).to_have_value(SUMMARY)
    assert not MentoringRequest.objects.exists()

    # The draft survives a reload too, until the request is saved.
    open_and_settle(page, f"{live_server.url}/onboarding/")
    expect(page.get_by_label("Summary")).to_have_value(SUMMARY)
    page.get_by_label("TUPE and staff transfer").check()
    page.get_by_role("button", name="Send request").click()
    page.wait_for_url("**/dashboard/?filed=1")
    assert MentoringRequest.objects.get().summary == SUMMARY
    open_and_settle(page, f"{live_server.url}/onboarding/")
    expect(page.get_by_label("Summary")).to_have_value("")
    context.close()


def test_a_website_that_is_not_a_web_link_is_refused_beside_its_field(
    browser: Browser, live_server: Any
) -> None:
    mentee = factories.MenteeFactory.create()
    context, page = signed_in_page(browser, live_server.url, mentee)
    open_and_settle(page, f"{live_server.url}/onboarding/")
    page.locator("#org-website").fill("ftp://files.example.org")
    page.get_by_role("button", name="Save organisation").click()
    field_error = page.locator("#org-website-field .field-error")
    expect(field_error).to_contain_text("Enter a web address in the correct format")
    expect(page.locator("#org-website")).to_have_attribute("aria-invalid", "true")
    mentee.refresh_from_db()
    assert mentee.organisation is not None and mentee.organisation.website != (
        "ftp://files.example.org"
    )

    page.locator("#org-website").fill("https://www.example.org.uk/café")
    page.get_by_role("button", name="Save organisation").click()
    # The form's own status (the page's live region says it too, a moment later).
    expect(page.locator("#org-form .action-status")).to_have_text("Organisation saved.")
    expect(field_error).to_be_hidden()
    # Kept as a browser writes it, and shown so.
    expect(page.locator("#org-website")).to_have_value("https://www.example.org.uk/caf%C3%A9")
    mentee.organisation.refresh_from_db()
    assert mentee.organisation.website == "https://www.example.org.uk/caf%C3%A9"
    context.close()


def test_it_keeps_sign_up_input_and_ties_errors_to_fields(page: Page, live_server: Any) -> None:
    page.goto(f"{live_server.url}/accounts/signup/?role=mentor")
    expect(page.get_by_role("radio", name="Mentor", exact=False)).to_be_checked()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign up as a mentor")
    page.get_by_label("Full name").fill("Sam Example")
    page.locator("input[name=email]").fill("not-an-email")
    page.get_by_role("button", name="Create account").click()

    expect(page.locator(".error-summary")).to_be_focused()
    # The page that comes back still says which role is signing up.
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign up as a mentor")
    email = page.locator("input[name=email]")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(
        page.locator("#" + (email.get_attribute("aria-describedby") or "").split()[0])
    ).to_be_visible()
    expect(page.get_by_label("Full name")).to_have_value("Sam Example")
    expect(page.get_by_role("radio", name="Mentor", exact=False)).to_be_checked()
