"""Details a person walking the pages in Chromium found: a hidden button that showed, an error
named by its API field, a finished mentorship "since" its start, an upload that did nothing, and
an "Assign to me" button left beside "Assigned to" the same person."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from playwright.sync_api import Browser, Request, expect

from enquiries.models import Enquiry
from matching.models import Mentorship
from matching.services.mentorships import mentorship_end
from tests import factories
from tests.browser.scenario import build_world, open_and_settle, signed_in_page
from tests.resources.conftest import make_resource

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

APRIL = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)
JUNE = datetime(2026, 6, 3, 10, 0, tzinfo=UTC)


def test_the_queue_hides_show_more_when_there_is_no_next_page(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()  # a handful of suggestions: one page
    context, page = signed_in_page(browser, live_server.url, world.coordinator)
    open_and_settle(page, f"{live_server.url}/coordinator/queue/")
    expect(page.locator("section.group").first).to_be_visible()
    more = page.locator("#more-button")
    expect(more).to_have_text("Show more introductions")
    expect(more).to_be_hidden()
    context.close()


def test_the_queue_shows_show_more_until_the_last_page(browser: Browser, live_server: Any) -> None:
    coordinator = factories.CoordinatorFactory.create()
    factories.ProposalFactory.create_batch(21)  # the API's page holds 20
    context, page = signed_in_page(browser, live_server.url, coordinator)
    open_and_settle(page, f"{live_server.url}/coordinator/queue/")
    more = page.get_by_role("button", name="Show more introductions")
    expect(more).to_be_visible()
    more.click()
    expect(page.locator("[data-proposal]")).to_have_count(21)
    expect(more).to_be_hidden()
    context.close()


def test_a_mentor_with_no_topics_ticked_is_told_beside_the_topics(
    browser: Browser, live_server: Any
) -> None:
    profile = factories.MentorProfileFactory.create()
    context, page = signed_in_page(browser, live_server.url, profile.user)
    saves: list[str] = []

    def record(request: Request) -> None:
        # A profile is saved by POST mentors/ or PATCH mentors/<id>/ (not suggest-expertise/).
        if request.method in ("POST", "PATCH") and re.search(r"/mentors/(\d+/)?$", request.url):
            saves.append(request.url)

    page.on("request", record)
    open_and_settle(page, f"{live_server.url}/onboarding/")
    topics = page.locator("#profile-expertise-field")
    for box in topics.locator("input").all():
        box.uncheck()
    page.get_by_role("button", name="Save profile").click()

    message = "Choose at least one topic you can advise on."
    field_error = topics.locator(".field-error")
    expect(field_error).to_have_text(message)
    summary = page.locator("#profile-form .error-summary")
    expect(summary).to_be_focused()
    link = summary.get_by_role("link")
    expect(link).to_have_text(f"Topics you can advise on: {message}")
    expect(link).to_have_attribute("href", "#profile-expertise-field")
    expect(summary).not_to_contain_text("expertise")
    first_box = topics.locator("input").first
    expect(first_box).to_have_attribute("aria-invalid", "true")
    error_id = field_error.get_attribute("id")
    assert error_id and error_id in (first_box.get_attribute("aria-describedby") or "").split()
    assert saves == []
    assert profile.expertise.count() == 3
    context.close()


def test_a_capacity_below_the_mentors_load_is_told_beside_capacity(
    browser: Browser, live_server: Any
) -> None:
    profile = factories.MentorProfileFactory.create(capacity=2)
    factories.MentorshipFactory.create(proposal__mentor=profile)
    context, page = signed_in_page(browser, live_server.url, profile.user)
    open_and_settle(page, f"{live_server.url}/onboarding/")
    page.locator("#profile-capacity").fill("0")
    page.get_by_role("button", name="Save profile").click()
    field_error = page.locator("#profile-capacity-field .field-error")
    expect(field_error).to_contain_text(
        "You have 1 mentorship or accepted introduction under way, so capacity cannot go below 1."
    )
    expect(page.locator("#profile-capacity")).to_have_attribute("aria-invalid", "true")
    link = page.locator("#profile-form .error-summary").get_by_role("link")
    expect(link).to_have_attribute("href", "#profile-capacity-field")
    profile.refresh_from_db()
    assert profile.capacity == 2
    context.close()


def test_the_date_pickers_offer_only_days_from_the_mentorships_start(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()
    Mentorship.objects.filter(pk=world.mentorship.pk).update(started_at=APRIL)
    context, page = signed_in_page(browser, live_server.url, world.mentor)
    open_and_settle(page, f"{live_server.url}/mentorships/{world.mentorship.pk}/")
    expect(page.locator("#meeting-date")).to_have_attribute("min", "2026-04-01")
    today = page.evaluate("new Date().toLocaleDateString('en-CA')")
    expect(page.locator("#meeting-date")).to_have_attribute("max", today)
    expect(page.locator("#goal-due")).to_have_attribute("min", "2026-04-01")
    # A date typed before the start is still refused by the server, beside the field.
    page.locator("#meeting-date").fill("2019-11-30")
    page.get_by_label("Length in minutes").fill("45")
    page.get_by_role("button", name="Log meeting").click()
    expect(page.locator("#meeting-date-field .field-error")).to_contain_text(
        "This mentorship started on 1 April 2026"
    )
    context.close()


def test_a_finished_mentorship_reads_started_not_since(browser: Browser, live_server: Any) -> None:
    world = build_world()
    Mentorship.objects.filter(pk=world.mentorship.pk).update(started_at=APRIL)
    Mentorship.objects.filter(pk=world.finished.pk).update(started_at=APRIL, ended_at=JUNE)
    ended = factories.MentorshipFactory.create(
        proposal__request__created_by=world.mentee,
        proposal__mentor=world.mentor.mentor_profile,
        started_at=APRIL,
    )
    mentorship_end(mentorship=ended, actor=world.mentor, reason="Moved jobs.")

    for user in (world.mentor, world.mentee):
        context, page = signed_in_page(browser, live_server.url, user)
        open_and_settle(page, f"{live_server.url}/dashboard/")
        live = page.locator(f"[data-mentorship='{world.mentorship.pk}']")
        expect(live).to_contain_text("Active since 1 April 2026")
        completed = page.locator(f"[data-mentorship='{world.finished.pk}']")
        expect(completed).to_contain_text("Completed, started 1 April 2026, ended 3 June 2026")
        ended_early = page.locator(f"[data-mentorship='{ended.pk}']")
        # The change line below gives the end date, so the status line gives the start.
        expect(ended_early).to_contain_text("Ended early, started 1 April 2026")
        expect(ended_early.locator(".change")).to_contain_text("Ended by")
        for over in (completed, ended_early):
            expect(over).not_to_contain_text("since")
        context.close()


def test_upload_with_no_file_chosen_says_so_and_sends_nothing(
    browser: Browser, live_server: Any
) -> None:
    resource = make_resource("Stock transfer guide")
    context, page = signed_in_page(browser, live_server.url, factories.CoordinatorFactory.create())
    uploads: list[Request] = []
    page.on("request", lambda r: uploads.append(r) if r.url.endswith("/file/") else None)
    open_and_settle(page, f"{live_server.url}/coordinator/resources/{resource.pk}/")
    page.locator("#file-form").get_by_role("button", name="Upload", exact=True).click()

    field_error = page.locator("#res-file-field .field-error")
    expect(field_error).to_have_text("Choose a file to upload")
    summary = page.locator("#file-form .error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_attribute("href", "#res-file-field")
    file_input = page.get_by_label("Upload a file")
    expect(file_input).to_have_attribute("aria-invalid", "true")
    error_id = field_error.get_attribute("id")
    assert error_id and error_id in (file_input.get_attribute("aria-describedby") or "").split()
    assert uploads == []
    context.close()


def test_replying_assigns_the_enquiry_and_hides_assign_to_me(
    browser: Browser, live_server: Any
) -> None:
    enquiry = Enquiry.objects.create(
        kind="mentoring", name="Sam", email="sam@example.org", message="Can I have a mentor?"
    )
    coordinator = factories.CoordinatorFactory.create(full_name="Casey Coordinator")
    context, page = signed_in_page(browser, live_server.url, coordinator)
    url = f"{live_server.url}/coordinator/inbox/{enquiry.pk}/"
    open_and_settle(page, url)
    assign = page.get_by_role("button", name="Assign to me")
    expect(assign).to_be_visible()
    page.get_by_role("textbox", name="Reply or note").fill("We will find you a mentor.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#reply-form .action-status")).to_have_text("Reply sent.")
    expect(page.locator("#summary")).to_contain_text("Casey Coordinator")
    expect(assign).to_be_hidden()
    enquiry.refresh_from_db()
    assert enquiry.assignee == coordinator

    # The same after a reload.
    open_and_settle(page, url)
    expect(page.locator("#summary")).to_contain_text("Casey Coordinator")
    expect(assign).to_be_hidden()
    context.close()


def test_assign_to_me_stays_for_an_enquiry_someone_else_has(
    browser: Browser, live_server: Any
) -> None:
    other = factories.CoordinatorFactory.create(full_name="Jo Other")
    enquiry = Enquiry.objects.create(
        kind="mentoring", name="Sam", email="sam@example.org", message="Hello", assignee=other
    )
    coordinator = factories.CoordinatorFactory.create()
    context, page = signed_in_page(browser, live_server.url, coordinator)
    open_and_settle(page, f"{live_server.url}/coordinator/inbox/{enquiry.pk}/")
    expect(page.locator("#summary")).to_contain_text("Jo Other")
    assign = page.get_by_role("button", name="Assign to me")
    expect(assign).to_be_visible()
    assign.click()
    expect(page.locator("#actions-status")).to_have_text("Assigned to you.")
    expect(assign).to_be_hidden()
    # Focus does not fall back to the top of the page with the button that had it.
    expect(page.locator("#actions-status")).to_be_focused()
    context.close()


def test_a_page_counts_its_api_calls_in_flight_down_to_zero(
    browser: Browser, live_server: Any
) -> None:
    """Every browser test waits on this count (scenario.settle): it must go up with each call
    the page makes and back to 0 once the page has drawn their answers."""
    mentee = factories.MenteeFactory.create()
    factories.MentoringRequestFactory.create(created_by=mentee)
    context, page = signed_in_page(browser, live_server.url, mentee)
    calls = open_and_settle(page, live_server.url + "/dashboard/")
    assert len(calls) >= 2, calls  # the dashboard draws its regions from the API
    assert page.locator("html").get_attribute("data-api-pending") == "0"
    expect(page.locator("#requests")).not_to_contain_text("Loading")
    context.close()


def test_a_matched_request_leads_to_its_mentorship(browser: Browser, live_server: Any) -> None:
    mentorship = factories.MentorshipFactory.create(
        proposal__mentor__user__full_name="Fiona Sharma"
    )
    request = mentorship.request
    request.status = "matched"
    request.save(update_fields=["status"])
    mentee = request.created_by
    assert mentee is not None
    context, page = signed_in_page(browser, live_server.url, mentee)
    open_and_settle(page, f"{live_server.url}/dashboard/")
    card = page.locator("article.card", has_text=request.summary[:40])
    link = card.get_by_role("link", name="Your mentorship with Fiona Sharma")
    expect(link).to_have_attribute("href", f"/mentorships/{mentorship.pk}/")
    context.close()


def test_a_concern_and_its_mentorship_lead_to_each_other(
    browser: Browser, live_server: Any
) -> None:
    mentorship = factories.MentorshipFactory.create()
    coordinator = factories.CoordinatorFactory.create()
    concern = Enquiry.objects.create(
        kind="concern", name="Mo", email="mo@example.org", message="No meetings for weeks.",
        mentorship=mentorship,
    )  # fmt: skip
    context, page = signed_in_page(browser, live_server.url, coordinator)
    open_and_settle(page, f"{live_server.url}/coordinator/inbox/{concern.pk}/")
    page.get_by_role("link", name=re.compile("^The mentorship of")).click()
    page.wait_for_url(f"**/coordinator/mentorships/{mentorship.pk}/")
    back = page.get_by_role("link", name=f"Concern {concern.reference}")
    expect(back).to_have_attribute("href", f"/coordinator/inbox/{concern.pk}/")
    context.close()
