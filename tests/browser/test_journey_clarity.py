"""The journey reads clearly: confirmation dialogs, visible explanation bars, no developer words.

Chromium drives the real pages: ending a mentorship early needs a confirmation and a reason in an
accessible dialog (never `window.confirm`), explanation bars have a visible width at 1280 px,
and no page, for any role, shows a number with more than two decimals or a raw field name.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from matching.models import Mentorship, Proposal
from tests.browser.scenario import build_world, open_and_settle, sign_in, signed_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG_DECIMAL = re.compile(r"\d\.\d{3,}")
# snake_case words (mentor_load, finish_seconds) and the engine's own vocabulary.
RAW_NAME = re.compile(r"\b[a-z]+_[a-z_]+\b")
DEVELOPER_WORDS = re.compile(r"\bgini\b|total score|\brequest \d+|\bproposal \d+|\bnull\b|\bNaN\b")


def _refuse_native_dialogs(page: Page) -> list[str]:
    seen: list[str] = []

    def refuse(dialog: Any) -> None:
        seen.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    return seen


def test_ending_early_needs_a_confirmation_and_a_reason(browser: Browser, live_server: Any) -> None:
    world = build_world()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    sign_in(context, live_server.url, world.mentor)
    page = context.new_page()
    native = _refuse_native_dialogs(page)
    open_and_settle(page, f"{live_server.url}/mentorships/{world.mentorship.pk}/")

    # Cancel leaves everything as it was, and focus goes back to the button.
    page.get_by_role("button", name="End early").click()
    dialog = page.get_by_role("dialog", name="End this mentorship early?")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("Why is it ending?")).to_be_focused()
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    expect(page.get_by_role("button", name="End early")).to_be_focused()

    # Confirming without a reason is refused inside the dialog.
    page.get_by_role("button", name="End early").click()
    dialog = page.get_by_role("dialog", name="End this mentorship early?")
    # axe on the open dialog: no violation of any impact.
    assert [v["id"] for v in Axe().run(page).response["violations"]] == []
    dialog.get_by_role("button", name="End the mentorship").click()
    expect(dialog.locator(".error-summary")).to_contain_text("Enter why the mentorship is ending")
    world.mentorship.refresh_from_db()
    assert world.mentorship.status == Mentorship.Status.ACTIVE

    dialog.get_by_label("Why is it ending?").fill("We could not find times to meet.")
    dialog.get_by_role("button", name="End the mentorship").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.locator("#manage-title")).to_be_focused()
    world.mentorship.refresh_from_db()
    assert world.mentorship.status == Mentorship.Status.ENDED
    assert world.mentorship.end_reason == "We could not find times to meet."
    assert native == []
    context.close()


def test_completing_asks_first(browser: Browser, live_server: Any) -> None:
    world = build_world()
    context, page = signed_in_page(browser, live_server.url, world.mentee)
    native = _refuse_native_dialogs(page)
    open_and_settle(page, f"{live_server.url}/mentorships/{world.mentorship.pk}/")
    page.get_by_role("button", name="Mark as completed").click()
    dialog = page.get_by_role("dialog", name="Mark this mentorship as completed?")
    expect(dialog).to_contain_text("ask you both for feedback")
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_have_count(0)
    world.mentorship.refresh_from_db()
    assert world.mentorship.status == Mentorship.Status.ACTIVE

    page.get_by_role("button", name="Mark as completed").click()
    page.get_by_role("button", name="Yes, mark as completed").click()
    expect(page.locator("#mentorship-status")).to_have_text(re.compile("Completed"))
    expect(page.get_by_role("link", name="Tell us how it went")).to_be_visible()
    assert native == []
    context.close()


def test_explanation_bars_are_visible_at_desktop_width(browser: Browser, live_server: Any) -> None:
    world = build_world()
    # A factor with no weight for this request (the engine's experience, when no need calls
    # for a long-established mutual) says so, rather than "0 of 0".
    unweighted = Proposal.objects.filter(status=Proposal.Status.SUGGESTED).first()
    assert unweighted is not None
    # And a bio closer to the request than the words' bar allows for (its maximum is a close
    # description, a cosine of 0.3): the bar is full and its points stop at the maximum.
    unweighted.explanation = [
        *unweighted.explanation,
        {"feature": "text", "label": "Similar words", "value": 0.6, "weight": 0.3,
         "contribution": 0.18},
        {"feature": "experience", "label": "Years since spin-out", "value": 0.75, "weight": 0.004,
         "contribution": 0.003, "sentence": "The mentor's mutual spun out in 2018."},
    ]  # fmt: skip
    unweighted.save(update_fields=["explanation"])
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    sign_in(context, live_server.url, world.coordinator)
    page = context.new_page()
    open_and_settle(page, f"{live_server.url}/coordinator/queue/")
    tracks = page.locator(".explanation .bar__track")
    assert tracks.count() > 0
    widths = [box["width"] for box in (t.bounding_box() for t in tracks.all()) if box]
    assert widths and min(widths) >= 150, widths
    fills = [
        box["width"]
        for box in (f.bounding_box() for f in page.locator(".explanation .bar__fill").all())
        if box
    ]
    assert max(fills) >= 100, fills
    # Each factor is a sentence, not a bare label with a decimal.
    expect(page.locator(".explanation .bar__label").first).not_to_be_empty()
    expect(page.locator(".explanation__total").first).to_contain_text("out of 100")
    # How many there are is said once (it once read "N suggested introductions; N shown for
    # M requests. Showing the first N of N.").
    expect(page.locator("#queue-count")).to_have_text(
        re.compile(r"^\d+ suggested introductions? for \d+ requests?\.$")
    )
    values = page.locator(".explanation .bar__value").all_inner_texts()
    assert "0 of 0" not in values and "not weighed here" in values, values
    close = page.locator(f'[data-proposal="{unweighted.pk}"] .bar[data-feature="text"] .bar__value')
    got, out = (int(n) for n in close.inner_text().split(" of "))
    assert got == out > 0, close.inner_text()
    for total in page.locator(".explanation__total").all_inner_texts():
        assert int(re.findall(r"\d+", total)[0]) <= 100, total
    # Each bar draws what its words say: "a of b" fills a/b of the track, and a factor not
    # weighed here (a weight under half a point) is an empty bar.
    for row in page.locator(".explanation .bar").all():
        value = row.locator(".bar__value").inner_text()
        track = row.locator(".bar__track").bounding_box()
        fill = row.locator(".bar__fill").bounding_box()
        assert track is not None and fill is not None
        drawn = fill["width"] / track["width"]
        if value == "not weighed here":
            assert drawn < 0.02, (value, drawn)
        elif " of " in value:
            got, out = (int(n) for n in value.split(" of "))
            assert abs(drawn - got / out) < 0.03, (value, drawn)
    context.close()


def _page_text(page: Page) -> str:
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    return str(page.evaluate("document.body.innerText"))


def test_no_page_shows_long_decimals_or_raw_names(browser: Browser, live_server: Any) -> None:
    world = build_world()
    pages = {
        "mentee": (world.mentee, ["/dashboard/", "/onboarding/"]),
        "mentor": (world.mentor, ["/dashboard/", "/onboarding/"]),
        "coordinator": (world.coordinator, ["/dashboard/", "/coordinator/queue/"]),
    }
    for user in (world.mentee, world.mentor, world.coordinator):
        role = str(user.role)
        paths = [*pages[role][1], f"/mentorships/{world.mentorship.pk}/"]
        paths.append(f"/mentorships/{world.finished.pk}/")
        context, page = signed_in_page(browser, live_server.url, user)
        for path in [*paths, "/developers/"]:
            open_and_settle(page, live_server.url + path)
            text = _page_text(page)
            where = f"{role} {path}"
            assert not LONG_DECIMAL.findall(text), (where, LONG_DECIMAL.findall(text))
            names = [n for n in RAW_NAME.findall(text) if "@" not in n]
            assert not names, (where, names)
            assert not DEVELOPER_WORDS.findall(text), (where, DEVELOPER_WORDS.findall(text))
        context.close()


def test_the_capacity_table_reflows_at_360_px(browser: Browser, live_server: Any) -> None:
    world = build_world()
    context = browser.new_context(viewport={"width": 360, "height": 800})
    sign_in(context, live_server.url, world.coordinator)
    page = context.new_page()
    for path in ("/dashboard/", "/coordinator/queue/"):
        open_and_settle(page, live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, (path, width)
    # Each row says what its cells are, since the header row is hidden at this width.
    open_and_settle(page, f"{live_server.url}/dashboard/")
    cell = page.locator("#capacity td[data-label='Mentorships']").first
    expect(cell).to_be_visible()
    context.close()
