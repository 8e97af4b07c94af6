"""The guide, the library and the inbox in Chromium: a visitor reads a stage and writes in, a
coordinator replies, a mentee is shown guidance for their needs, and axe finds nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from enquiries.models import Enquiry, EnquiryMessage
from enquiries.services import enquiries_anonymise
from resources.models import CaseStudy, ChecklistTick
from tests import factories
from tests.browser.scenario import open_and_settle, sign_in, signed_in_page
from tests.resources.conftest import make_resource

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (1280, 360)


def violations(page: Page) -> list[dict[str, Any]]:
    found = Axe().run(page).response["violations"]
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in found]


def scan_at_widths(page: Page, url: str, report: dict[str, Any]) -> None:
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        open_and_settle(page, url)
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        report[f"{url} at {width}px"] = violations(page)


def test_a_visitor_reads_a_stage_and_a_coordinator_replies(
    browser: Browser, live_server: Any
) -> None:
    make_resource("Employment rights on a transfer (TUPE)", stages=[2, 3], topics=["tupe"])
    visitor = browser.new_page()
    visitor.goto(live_server.url + "/")
    visitor.get_by_role("link", name="Guide").click()
    visitor.get_by_role("link", name="Stage 2: Testing ideas and getting agreement").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(
        "Stage 2: Testing ideas and getting agreement"
    )
    expect(
        visitor.get_by_role("link", name="Employment rights on a transfer (TUPE)")
    ).to_be_visible()

    visitor.get_by_role("link", name="Contact us").click()
    # The form is sent by its module: wait for the page (and so its modules) to finish loading.
    visitor.wait_for_load_state("load")
    visitor.get_by_role("button", name="Send message").click()
    expect(visitor.locator(".error-summary")).to_be_visible()  # nothing chosen yet
    visitor.get_by_label("What is it about?").select_option("setting_up")
    visitor.get_by_label("Your name").fill("Sam Visitor")
    visitor.get_by_label("Your e-mail address").fill("sam@example.org")
    visitor.get_by_label("Your message").fill("Our library service wants to become a mutual.")
    visitor.get_by_role("button", name="Send message").click()
    expect(visitor.get_by_role("heading", name="Message sent")).to_be_visible()
    enquiry = Enquiry.objects.get()
    expect(visitor.locator("#reference")).to_have_text(enquiry.reference)
    visitor.close()

    coordinator = factories.CoordinatorFactory.create(full_name="Casey Coordinator")
    context, page = signed_in_page(browser, live_server.url, coordinator)
    open_and_settle(page, live_server.url + "/dashboard/")
    expect(page.locator("#new-enquiries")).to_have_text("1 new enquiry")
    page.get_by_role("link", name="Inbox", exact=True).click()
    page.get_by_role("link", name=f"{enquiry.reference}: Setting up a mutual").click()
    expect(page.locator("[aria-busy=true]")).to_have_count(0)
    expect(page.get_by_text("Our library service wants to become a mutual.")).to_be_visible()
    page.get_by_role("button", name="Assign to me").click()
    expect(page.locator("#actions-status")).to_have_text("Assigned to you.")
    page.get_by_role("textbox", name="Reply or note").fill(
        "Welcome! Start with stage 1 of our guide."
    )
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#reply-form .action-status")).to_have_text("Reply sent.")
    expect(page.locator("#thread")).to_contain_text("Welcome! Start with stage 1 of our guide.")
    reply = EnquiryMessage.objects.get()
    assert not reply.internal and reply.author == coordinator
    enquiry.refresh_from_db()
    assert enquiry.status == "waiting" and enquiry.assignee == coordinator
    context.close()


def test_a_mentee_sees_guidance_for_their_needs_on_the_dashboard(
    browser: Browser, live_server: Any
) -> None:
    # Titles of their own: the seeded library is there too, as in production.
    make_resource("Keeping staff pensions on a move", stages=[3, 4], topics=["pensions"])
    make_resource("Marketing a new mutual", stages=[5], topics=["marketing"])
    mentee = factories.MenteeFactory.create()  # organisation at stage 3
    factories.MentoringRequestFactory.create(created_by=mentee, needs=["pensions"])
    context, page = signed_in_page(browser, live_server.url, mentee)
    open_and_settle(page, live_server.url + "/dashboard/")
    signposts = page.locator("#signposts")
    expect(
        signposts.get_by_role("link", name="Keeping staff pensions on a move", exact=True)
    ).to_be_visible()
    expect(signposts).to_contain_text("For your stage: making a mutual plan; about: Pensions")
    expect(signposts).not_to_contain_text("Marketing a new mutual")
    # Each signpost is a card with room inside its border (a list's row style once took it).
    card = signposts.locator("li.card").first.bounding_box()
    heading = signposts.locator("li.card h3").first.bounding_box()
    assert card is not None and heading is not None
    assert heading["x"] - card["x"] >= 12 and heading["y"] - card["y"] >= 12
    context.close()


def test_axe_finds_no_violations_on_the_new_pages_at_1280_and_360(
    browser: Browser, live_server: Any, screenshot_dir: Path
) -> None:
    resource = make_resource("Fair Deal for staff pensions", stages=[3], topics=["pensions"])
    study = CaseStudy.objects.create(
        title="Riverside Libraries", summary="How a library service became a mutual.",
        body="They started with the staff.", status="published",
    )  # fmt: skip
    mentorship = factories.MentorshipFactory.create()
    mentee = mentorship.request.created_by
    CaseStudy.objects.create(
        title="From spin-out to growth", summary="s", body="b", mentorship=mentorship
    )
    enquiry = Enquiry.objects.create(
        kind="mentoring", name="Sam", email="sam@example.org", message="Can I have a mentor?"
    )
    concern = Enquiry.objects.create(
        kind="concern", name="Mo", email="mo@example.org", message="No meetings for weeks.",
        mentorship=mentorship, author=mentee,  # so the mentee's mentorship page lists it
    )  # fmt: skip
    coordinator = factories.CoordinatorFactory.create()
    report: dict[str, Any] = {}
    pages = {
        # The landing page with its newest case studies, the published one here.
        None: ["/", "/guide/", "/guide/planning/", "/resources/", f"/resources/{resource.pk}/",
               "/case-studies/", f"/case-studies/{study.pk}/", "/contact/"],
        mentee: ["/guide/planning/", f"/resources/{resource.pk}/", "/dashboard/",
                 f"/mentorships/{mentorship.pk}/", "/contact/"],
        coordinator: ["/coordinator/inbox/", f"/coordinator/inbox/{enquiry.pk}/",
                      f"/coordinator/inbox/{concern.pk}/",
                      "/coordinator/resources/", "/coordinator/resources/new/",
                      f"/coordinator/resources/{resource.pk}/", "/coordinator/case-studies/",
                      "/coordinator/case-studies/new/", f"/coordinator/case-studies/{study.pk}/"],
    }  # fmt: skip
    for user, paths in pages.items():
        context = browser.new_context()
        if user is not None:
            sign_in(context, live_server.url, user)
        page = context.new_page()
        for path in paths:
            scan_at_widths(page, live_server.url + path, report)
        context.close()
    (screenshot_dir.parent / "axe-signposting.json").write_text(str(report))
    assert {url: found for url, found in report.items() if found} == {}


def test_checklist_ticks_shape_the_needs_offered_on_the_request_form(
    browser: Browser, live_server: Any
) -> None:
    mentee = factories.MenteeFactory.create()  # organisation at stage 3, making a mutual plan
    factories.MentoringRequestFactory.create(created_by=mentee, needs=["bidding-contracts"])
    context, page = signed_in_page(browser, live_server.url, mentee)
    open_and_settle(page, live_server.url + "/guide/planning/")
    page.get_by_label("Agree how staff pensions will be protected").check()
    expect(page.locator("#checklist-status")).to_have_text("Saved.")
    ticks = ChecklistTick.objects.filter(organisation__members=mentee)
    assert list(ticks.values_list("item", flat=True)) == ["planning-pensions"]

    open_and_settle(page, live_server.url + "/onboarding/")
    offers = page.locator("#guide-suggestions")
    expect(offers.get_by_role("button", name="Add TUPE and staff transfer")).to_be_visible()
    expect(offers.get_by_role("button", name="Add Pensions")).to_have_count(0)
    offers.get_by_role("button", name="Add TUPE and staff transfer").click()
    expect(page.locator('#req-needs-field input[value="tupe"]')).to_be_checked()
    context.close()


def test_a_coordinator_says_which_service_areas_a_resource_is_for(
    browser: Browser, live_server: Any
) -> None:
    resource = make_resource("Stock transfer guide")
    context, page = signed_in_page(browser, live_server.url, factories.CoordinatorFactory.create())
    open_and_settle(page, f"{live_server.url}/coordinator/resources/{resource.pk}/")
    areas = page.get_by_role("group", name="Service areas")
    expect(areas).to_contain_text("Leave all unticked when it applies to every mutual.")
    areas.get_by_label("Housing").check()
    page.locator("#resource-form").get_by_role("button", name="Save").click()
    expect(page.locator("#resource-form .action-status")).to_have_text("Saved.")
    assert list(resource.sectors.values_list("slug", flat=True)) == ["housing"]

    open_and_settle(page, page.url)
    expect(areas.get_by_label("Housing")).to_be_checked()
    expect(areas.get_by_label("Fire and rescue")).not_to_be_checked()
    context.close()


def test_an_enquiry_whose_sender_closed_their_account_takes_only_a_note(
    browser: Browser, live_server: Any
) -> None:
    enquiry = Enquiry.objects.create(
        kind="mentoring", name="Pat Sender", email="pat@example.org", message="Please help."
    )
    EnquiryMessage.objects.create(enquiry=enquiry, body="Dear Pat, happy to help.")
    enquiries_anonymise(enquiries=Enquiry.objects.filter(pk=enquiry.pk), why="account_closed")
    coordinator = factories.CoordinatorFactory.create()
    context, page = signed_in_page(browser, live_server.url, coordinator)
    open_and_settle(page, live_server.url + "/coordinator/inbox/")
    expect(page.locator("#app, main").first).to_contain_text("Sender's details removed")
    open_and_settle(page, f"{live_server.url}/coordinator/inbox/{enquiry.pk}/")
    expect(page.locator("#summary")).to_contain_text("Removed on")
    expect(page.locator("#summary")).to_contain_text("You can still add an internal note.")
    expect(page.get_by_text("Pat Sender")).to_have_count(0)
    expect(page.locator("#thread")).to_contain_text("Words removed.")
    expect(page.get_by_role("button", name="Send a sign-up invitation")).to_be_hidden()
    expect(page.get_by_label("Internal note: coordinators only, never e-mailed")).to_be_checked()
    expect(page.get_by_label("Internal note: coordinators only, never e-mailed")).to_be_disabled()
    page.get_by_role("textbox", name="Reply or note").fill("Closed their account; no action.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#reply-form .action-status")).to_have_text("Note saved (not sent).")
    note = EnquiryMessage.objects.get(body="Closed their account; no action.")
    assert note.internal
    context.close()
