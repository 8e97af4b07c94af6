"""Each role's dashboard and the queue, at desktop width and at 360 px, for people to look at;
and how many API calls each dashboard makes to load, kept small."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from tests.browser.scenario import build_world, open_and_settle, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

SIZES = {"desktop": {"width": 1280, "height": 900}, "360": {"width": 360, "height": 780}}
MAX_CALLS_ON_LOAD = 5


def test_it_captures_dashboards_and_queue_at_both_widths(
    browser: Browser, live_server: Any, screenshot_dir: Path
) -> None:
    world = build_world()
    shots = [
        ("mentee-dashboard", world.mentee, "/dashboard/"),
        ("mentor-dashboard", world.mentor, "/dashboard/"),
        ("coordinator-dashboard", world.coordinator, "/dashboard/"),
        ("coordinator-queue", world.coordinator, "/coordinator/queue/"),
        ("mentorship", world.mentee, f"/mentorships/{world.mentorship.pk}/"),
    ]
    calls: dict[str, list[str]] = {}
    for size, viewport in SIZES.items():
        for name, user, path in shots:
            context = browser.new_context(viewport=viewport)  # type: ignore[arg-type]
            sign_in(context, live_server.url, user)
            page = context.new_page()
            calls[name] = open_and_settle(page, live_server.url + path)
            # Nothing may scroll sideways at 360 px: that is what "usable" means at that width.
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {size}"
            target = screenshot_dir / f"{name}-{size}.png"
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 10_000
            context.close()
    (screenshot_dir.parent / "api-calls-on-load.json").write_text(json.dumps(calls, indent=2))
    for name, made in calls.items():
        assert 0 < len(made) <= MAX_CALLS_ON_LOAD, (name, made)
