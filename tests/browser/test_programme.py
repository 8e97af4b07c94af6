"""A coordinator's tour in Chromium: find a request, read why a mentorship ended, end another,
filter the pipeline to priority sectors, download a CSV; axe finds nothing at 1280 or 360 px."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from matching.models import Mentorship
from tests import factories
from tests.browser.scenario import open_and_settle, sign_in
from tests.browser.test_accessibility import scan
from tests.programme.builders import Programme, build_programme

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def tour(browser: Browser, live_server: Any) -> tuple[Page, Programme]:
    programme = build_programme()
    coordinator = factories.CoordinatorFactory.create()
    context = browser.new_context(accept_downloads=True)
    sign_in(context, live_server.url, coordinator)
    return context.new_page(), programme


def test_a_coordinator_finds_a_request_by_name(
    tour: tuple[Page, Programme], live_server: Any
) -> None:
    page, _ = tour
    open_and_settle(page, live_server.url + "/dashboard/")
    page.get_by_role("link", name="Requests", exact=True).click()
    page.get_by_label("Organisation name").fill("harbour")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="3 requests")).to_be_visible()
    page.get_by_role("link", name="Harbour Homes Mutual").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Request from Harbour Homes Mutual")
    expect(page.get_by_role("heading", name="Stage history")).to_be_visible()


def test_a_coordinator_reads_why_a_mentorship_ended(
    tour: tuple[Page, Programme], live_server: Any
) -> None:
    page, _ = tour
    open_and_settle(page, live_server.url + "/dashboard/")
    page.get_by_role("link", name="Ended early: 1").click()
    page.get_by_role("link", name="Meadow Care Mutual").click()
    expect(page.get_by_role("heading", name="Why it ended")).to_be_visible()
    expect(page.locator(".end-reason")).to_have_text("The organisation paused its spin-out.")


def test_a_coordinator_ends_a_live_mentorship_with_a_reason(
    tour: tuple[Page, Programme], live_server: Any
) -> None:
    page, programme = tour
    m3 = programme.mentorships["m3"]
    open_and_settle(page, f"{live_server.url}/coordinator/mentorships/{m3.pk}/")
    page.get_by_role("button", name="End with this reason").click()
    expect(page.locator(".error-summary")).to_contain_text("Give a reason")
    page.get_by_label("Reason (required)").fill("Neither side has replied since February.")
    page.get_by_role("button", name="End with this reason").click()
    expect(page.locator(".end-reason")).to_have_text("Neither side has replied since February.")
    m3.refresh_from_db()
    assert m3.status == Mentorship.Status.ENDED


def test_a_coordinator_filters_the_pipeline_and_downloads_it(
    tour: tuple[Page, Programme], live_server: Any
) -> None:
    page, _ = tour
    open_and_settle(page, live_server.url + "/coordinator/pipeline/")
    orgs = page.locator("table.orgs")
    expect(orgs).to_contain_text("Harbour Homes Mutual")
    page.get_by_label("Priority service areas").select_option("true")
    page.get_by_role("button", name="Apply filters").click()
    expect(orgs).to_contain_text("Meadow Care Mutual")
    expect(orgs).not_to_contain_text("Harbour Homes Mutual")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download the organisations (CSV)").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8"))))
    assert [row["name"] for row in rows] == ["Meadow Care Mutual"]
    assert rows[0]["sectors"] == "adult-social-care"


def test_the_dashboard_shows_the_fullest_mentors_and_leads_to_them_all(
    browser: Browser, live_server: Any
) -> None:
    for n in range(12):
        factories.MentorProfileFactory.create(user__full_name=f"Mentor {n:02d}", capacity=3)
    full = factories.MentorProfileFactory.create(user__full_name="Zoe Busy", capacity=1)
    factories.MentorshipFactory.create(proposal__mentor=full)
    context = browser.new_context()
    sign_in(context, live_server.url, factories.CoordinatorFactory.create())
    page = context.new_page()
    open_and_settle(page, live_server.url + "/dashboard/")
    capacity = page.locator("#capacity")
    expect(capacity.locator("tbody tr")).to_have_count(10)
    # The server's order: the one full mentor first, though last by name and newest.
    expect(capacity.locator("tbody tr").first).to_contain_text("Zoe Busy")
    expect(capacity).to_contain_text("The 10 fullest of 13 mentors.")
    capacity.get_by_role("link", name="See all 13 mentors").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mentors")
    page.get_by_label("Places").select_option(label="Full")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="1 mentor", exact=True)).to_be_visible()
    page.get_by_role("link", name="Zoe Busy").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Zoe Busy")
    context.close()


@pytest.mark.parametrize("width", [1280, 360])
def test_axe_finds_nothing_on_the_programme_pages(
    browser: Browser, live_server: Any, screenshot_dir: Path, width: int
) -> None:
    programme = build_programme()
    coordinator = factories.CoordinatorFactory.create()
    context = browser.new_context(viewport={"width": width, "height": 900})
    sign_in(context, live_server.url, coordinator)
    page = context.new_page()
    m2, m3 = programme.mentorships["m2"], programme.mentorships["m3"]
    paths = [
        "/dashboard/",
        "/coordinator/requests/",
        f"/coordinator/requests/{m2.request_id}/",
        f"/coordinator/organisations/{programme.care.pk}/",
        "/coordinator/mentorships/",
        f"/coordinator/mentorships/{m2.pk}/",
        f"/coordinator/mentorships/{m3.pk}/",
        "/coordinator/mentors/",
        f"/coordinator/mentors/{programme.mentor.pk}/",
        "/coordinator/pipeline/",
        "/coordinator/pipeline/?priority=true",
        "/coordinator/priorities/",
        "/coordinator/reports/?start=2026-01-01&end=2026-03-31",
    ]
    report = {}
    for number, path in enumerate(paths):
        open_and_settle(page, live_server.url + path)
        report[path] = scan(page)
        shot = screenshot_dir / f"programme-{number:02d}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        # Nothing may scroll sideways at 360 px except inside a table's own scroller.
        overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert not overflow, f"{path} scrolls sideways at {width} px"
    context.close()
    (screenshot_dir.parent / f"axe-programme-{width}.json").write_text(json.dumps(report, indent=2))
    assert all(found == [] for found in report.values()), json.dumps(report, indent=2)
