"""axe on every page, for every role: no serious or critical violations anywhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from tests.browser.scenario import build_world, open_and_settle, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

BLOCKING = {"serious", "critical"}


def scan(page: Page) -> list[dict[str, Any]]:
    results = Axe().run(page)
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results.response["violations"]
    ]


def write_report(screenshot_dir: Path, name: str, report: dict[str, Any]) -> None:
    (screenshot_dir.parent / f"axe-{name}.json").write_text(json.dumps(report, indent=2))


def assert_clean(report: dict[str, list[dict[str, Any]]]) -> None:
    blocking = {
        page: [v for v in found if v["impact"] in BLOCKING] for page, found in report.items()
    }
    assert not any(blocking.values()), json.dumps(blocking, indent=2)


def test_it_finds_no_serious_violations_on_public_pages(
    page: Page, live_server: Any, screenshot_dir: Path
) -> None:
    report = {}
    for path in [
        "/",
        "/accounts/login/",
        "/accounts/signup/?role=mentee",
        "/accounts/password/reset/",
        "/developers/",
        "/account/closed/",
    ]:
        open_and_settle(page, live_server.url + path)
        report[path] = scan(page)
    # The sign-up form again, now showing its error summary and field errors.
    open_and_settle(page, live_server.url + "/accounts/signup/")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_selector(".error-summary")
    report["/accounts/signup/ (with errors)"] = scan(page)
    write_report(screenshot_dir, "public", report)
    assert_clean(report)


def test_it_finds_no_serious_violations_on_any_role_page(
    browser: Browser, live_server: Any, screenshot_dir: Path
) -> None:
    world = build_world()
    pages = {
        "mentee": (world.mentee, [
            "/dashboard/", "/onboarding/",
            f"/mentorships/{world.mentorship.pk}/", f"/mentorships/{world.finished.pk}/",
            "/account/",
        ]),
        "mentor": (world.mentor, [
            "/dashboard/", "/onboarding/",
            f"/mentorships/{world.mentorship.pk}/", f"/mentorships/{world.finished.pk}/",
            "/account/",
        ]),
        "coordinator": (world.coordinator, [
            "/dashboard/", "/coordinator/queue/", f"/mentorships/{world.mentorship.pk}/",
            "/coordinator/invitations/", "/account/",
        ]),
    }  # fmt: skip
    report: dict[str, list[dict[str, Any]]] = {}
    for role, (user, paths) in pages.items():
        context, page = signed_in_page(browser, live_server.url, user)
        for path in paths:
            open_and_settle(page, live_server.url + path)
            # Open every disclosure, so the reason forms and breakdowns are scanned too.
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
            report[f"{role} {path}"] = scan(page)
        context.close()
    write_report(screenshot_dir, "roles", report)
    assert_clean(report)
