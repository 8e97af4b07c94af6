"""A person downloads their data and closes their account from "Your account", no API calls by hand.

Found: the privacy notice sent people to `GET /api/v1/me/export/` and `DELETE /api/v1/me/`,
and no page offered either.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from playwright.sync_api import Browser, expect

from accounts.models import User
from matching.models import Mentorship
from tests import factories
from tests.browser.scenario import open_and_settle, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_a_mentor_downloads_their_data_then_closes_their_account(
    browser: Browser, live_server: Any, tmp_path: Path
) -> None:
    mentorship = factories.MentorshipFactory.create()
    mentor = mentorship.mentor.user
    email = mentor.email
    context, page = signed_in_page(browser, live_server.url, mentor)
    open_and_settle(page, f"{live_server.url}/dashboard/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Your account").click()
    page.wait_for_url("**/account/")
    expect(page).to_have_title("Your account · Mutual Mentors")
    expect(page.locator("#close-effects")).to_contain_text("Your live mentorship ends.")

    # (a) The download link gives a JSON file, not a page.
    with page.expect_download() as info:
        page.get_by_role("link", name="Download your data").click()
    download = info.value
    assert download.suggested_filename.startswith("mutual-mentors-data-")
    assert download.suggested_filename.endswith(".json")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert json.loads(saved.read_text())["account"]["email"] == email

    # (b) A wrong password: the dialog asks first, then the API's error shows beside the field.
    password = page.get_by_label("Your password")
    password.fill("not my password")
    page.get_by_role("button", name="Close my account").click()
    dialog = page.get_by_role("dialog", name="Close your account for good?")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Yes, close my account")).to_be_focused()
    dialog.get_by_role("button", name="Yes, close my account").click()
    expect(dialog).to_have_count(0)
    field_error = page.locator("#close-password-field .field-error")
    expect(field_error).to_have_text("Enter your current password to close your account.")
    expect(password).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#close-form .error-summary")).to_be_focused()
    assert User.objects.get(pk=mentor.pk).is_active

    # Cancel keeps the account.
    password.fill(factories.PASSWORD)
    page.get_by_role("button", name="Close my account").click()
    page.get_by_role("button", name="Keep my account").click()
    expect(dialog).to_have_count(0)
    assert User.objects.get(pk=mentor.pk).is_active

    # (c) The right password closes it: signed out, told so, and no way back in.
    page.get_by_role("button", name="Close my account").click()
    dialog.get_by_role("button", name="Yes, close my account").click()
    page.wait_for_url("**/account/closed/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account is closed")
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    expect(page.get_by_role("link", name="Your account")).to_have_count(0)
    closed = User.objects.get(pk=mentor.pk)
    assert not closed.is_active
    assert Mentorship.objects.get(pk=mentorship.pk).status == Mentorship.Status.ENDED
    open_and_settle(page, f"{live_server.url}/dashboard/")
    assert "/accounts/login/" in page.url

    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password")).fill(factories.PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("networkidle")
    assert "/accounts/login/" in page.url
    expect(page.locator(".error-summary")).to_be_visible()
    context.close()


def test_the_other_side_sees_no_contact_for_a_closed_account(
    browser: Browser, live_server: Any
) -> None:
    mentorship = factories.MentorshipFactory.create()
    mentee = factories.request_creator(mentorship.request)
    mentor_client = Client()
    mentor_client.force_login(mentorship.mentor.user)
    response = mentor_client.delete(
        "/api/v1/me/", {"password": factories.PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 204, response.content
    context, page = signed_in_page(browser, live_server.url, mentee)
    open_and_settle(page, f"{live_server.url}/mentorships/{mentorship.pk}/")
    overview = page.locator("#overview")
    expect(overview).to_contain_text("Mentor: This person has closed their account.")
    expect(overview).to_contain_text(mentee.email)
    expect(overview.get_by_role("link", name=re.compile("invalid.example"))).to_have_count(0)
    contacts = overview.locator("ul.list-plain")
    expect(contacts).not_to_contain_text("Former participant")
    expect(page.get_by_role("heading", level=1)).not_to_contain_text("Former participant")
    context.close()


def test_a_mentor_turns_on_two_step_sign_in_from_their_account(
    browser: Browser, live_server: Any
) -> None:
    """Found: no page linked to two-step sign-in; allauth's set-up page showed the setup key in
    a disabled box that a phone cut short and nobody could copy; the codes page that follows
    led nowhere; and the site's flash messages were a list with role="status", which axe flags
    (aria-allowed-role, listitem) on every page that shows one."""
    mentor = factories.MentorUserFactory.create()
    Authenticator.objects.filter(user=mentor).delete()
    context, page = signed_in_page(browser, live_server.url, mentor)
    page.set_viewport_size({"width": 360, "height": 800})
    open_and_settle(page, live_server.url + "/account/")
    expect(page.locator("#signing-in")).to_contain_text("Two-step sign-in")
    page.get_by_role("link", name="Set up two-step sign-in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Two-step sign-in")
    page.get_by_role("link", name="Set up", exact=True).click()
    # allauth asks for the password again before a change to how they sign in.
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-step sign-in")
    assert [v["id"] for v in Axe().run(page).response["violations"]] == []
    page.get_by_text("Cannot scan the QR code?").click()
    secret = page.locator("#authenticator_secret")
    expect(secret).to_be_visible()
    box = secret.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 360  # the whole key fits the screen
    page.get_by_label("Code from your authenticator app").fill("000000")
    page.get_by_role("button", name="Turn on two-step sign-in").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert not Authenticator.objects.filter(user=mentor, type="totp").exists()
    key = (secret.text_content() or "").strip()
    page.get_by_label("Code from your authenticator app").fill(factories.totp_code(key))
    page.get_by_role("button", name="Turn on two-step sign-in").click()
    expect(page).not_to_have_url(re.compile(r"/totp/activate/"))
    expect(page.locator(".messages")).to_contain_text("Two-step sign-in is on.")
    expect(page.locator(".messages")).to_contain_text("Keep them somewhere safe")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your recovery codes")
    expect(
        page.get_by_role("list", name="Unused recovery codes").get_by_role("listitem")
    ).to_have_count(10)
    assert [v["id"] for v in Axe().run(page).response["violations"]] == []
    page.get_by_role("link", name="I have kept them: go to my dashboard").click()
    expect(page).to_have_url(re.compile(r"/(dashboard|onboarding)/"))
    assert Authenticator.objects.filter(user=mentor, type="totp").exists()
    open_and_settle(page, live_server.url + "/account/")
    expect(page.locator("#signing-in")).to_contain_text("On: you also enter a code")
    context.close()
