"""What a person walking the site in Chromium found: focus fell back to <body> after an action
(so keyboard and screen-reader users lost their place), a decline's thanks vanished with its
card, a paused mentorship read "since" its start, the inbox ignored its address, a
recommendation claimed a difference the scores did not show, a published case study still
offered Publish, and the library's empty result spoke of words nobody typed."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from enquiries.models import Enquiry
from matching.models import Mentorship
from matching.services.mentorships import mentorship_pause
from resources.models import CaseStudy, Resource
from tests import factories
from tests.browser.scenario import build_world, explanation, open_and_settle, signed_in_page
from tests.resources.conftest import make_resource

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

APRIL = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)


def focus_kept(page: Page) -> bool:
    return bool(page.evaluate("document.activeElement !== document.body"))


# --- 1. focus after an action --------------------------------------------------------------------


def test_declining_an_introduction_keeps_its_thanks_and_focus(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()
    context, page = signed_in_page(browser, live_server.url, world.mentor)
    open_and_settle(page, f"{live_server.url}/dashboard/")
    card = page.locator("#introductions article", has_text="Northgate Youth Services")
    card.get_by_text("Decline this introduction").click()
    card.get_by_label("Why can you not take this on?").fill("I am moving jobs this month.")
    card.get_by_role("button", name="Decline", exact=True).click()
    expect(card).to_have_count(0)  # the list is redrawn without it
    thanks = page.locator("#main").get_by_text("Declined. Thank you for letting us know.")
    expect(thanks).to_be_visible()
    expect(thanks).to_be_focused()
    assert focus_kept(page)
    context.close()


def test_the_mentees_decline_keeps_its_message_and_focus(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()
    context, page = signed_in_page(browser, live_server.url, world.mentee)
    open_and_settle(page, f"{live_server.url}/dashboard/")
    card = page.locator("#introductions article", has_text="Robin Mentor has offered")
    card.get_by_text("Decline this introduction").click()
    card.get_by_label("Why is this mentor not right for you?").fill("We found help locally.")
    card.get_by_role("button", name="Decline", exact=True).click()
    expect(card).to_have_count(0)
    said = page.locator("#main").get_by_text("Introduction declined.")
    expect(said).to_be_visible()
    expect(said).to_be_focused()
    context.close()


def test_ticking_a_suggested_topic_moves_focus_to_its_box(
    browser: Browser, live_server: Any
) -> None:
    mentee = factories.MenteeFactory.create()
    context, page = signed_in_page(browser, live_server.url, mentee)
    open_and_settle(page, f"{live_server.url}/onboarding/")
    page.get_by_label("Summary").fill(
        "Library staff are worried about the LGPS and their terms when they move across."
    )
    offer = page.get_by_role("button", name="Tick Pensions")
    expect(offer).to_be_visible(timeout=30_000)
    offer.click()
    pensions = page.locator('#req-needs-field input[value="pensions"]')
    expect(pensions).to_be_checked()
    expect(offer).to_have_count(0)
    expect(pensions).to_be_focused()
    context.close()


def _fake_round(route: Route) -> None:
    # The round itself is the worker's business (test_journey runs it for real); this page
    # only needs a run that starts and finishes.
    if route.request.method == "POST":
        body = {"id": 4242, "kind": "round", "status": "queued", "progress": 0}
    else:
        body = {
            "id": 4242, "kind": "round", "status": "succeeded", "progress": 100,
            "counts": {"requests": 2, "matched": 2, "proposals": 4},
        }  # fmt: skip
    route.fulfill(status=200, content_type="application/json", body=json.dumps(body))


def test_a_matching_round_keeps_focus_and_ends_on_its_result(
    browser: Browser, live_server: Any
) -> None:
    context, page = signed_in_page(browser, live_server.url, factories.CoordinatorFactory.create())
    page.route(re.compile(r".*/api/v1/match-runs/(4242/)?$"), _fake_round)
    open_and_settle(page, f"{live_server.url}/dashboard/")
    page.get_by_role("button", name="Run a matching round").click()
    finished = page.get_by_role("heading", name="Round finished")
    expect(finished).to_be_visible()
    expect(finished).to_be_focused()
    assert focus_kept(page)
    context.close()


def test_sending_feedback_focuses_the_thanks(browser: Browser, live_server: Any) -> None:
    world = build_world()
    context, page = signed_in_page(browser, live_server.url, world.mentee)
    open_and_settle(page, f"{live_server.url}/mentorships/{world.finished.pk}/")
    page.get_by_label("5: Excellent").check()
    page.get_by_label("Comments").fill("Robin knew the pension rules inside out.")
    page.get_by_role("button", name="Send feedback").click()
    thanks = page.get_by_text("Thank you: your feedback is recorded.")
    expect(thanks).to_be_visible()
    expect(thanks).to_be_focused()
    assert focus_kept(page)
    context.close()


def test_answering_was_this_useful_focuses_the_answer(browser: Browser, live_server: Any) -> None:
    resource = make_resource("Fair Deal for staff pensions")
    context, page = signed_in_page(browser, live_server.url, factories.MenteeFactory.create())
    open_and_settle(page, f"{live_server.url}/resources/{resource.pk}/")
    for answer in ("Yes", "No"):
        page.locator("#useful").get_by_role("button", name=answer, exact=True).click()
        status = page.locator("#useful-status")
        expect(status).to_have_text("Thank you: we have recorded your answer.")
        expect(status).to_be_focused()
        assert focus_kept(page)
    # The page remembers the last answer, and says so, after a reload.
    open_and_settle(page, f"{live_server.url}/resources/{resource.pk}/")
    expect(page.locator("#useful-said")).to_have_text(
        "You said this was not useful. You can change your answer."
    )
    no = page.locator("#useful").get_by_role("button", name="No", exact=True)
    expect(no).to_have_attribute("aria-pressed", "true")
    yes = page.locator("#useful").get_by_role("button", name="Yes", exact=True)
    yes.click()
    expect(yes).to_have_attribute("aria-pressed", "true")
    expect(no).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#useful-said")).to_have_count(0)
    context.close()


def test_publishing_a_resource_says_so_and_keeps_focus(browser: Browser, live_server: Any) -> None:
    resource = make_resource("Fair Deal for staff pensions", status=Resource.Status.DRAFT)
    context, page = signed_in_page(browser, live_server.url, factories.CoordinatorFactory.create())
    open_and_settle(page, f"{live_server.url}/coordinator/resources/{resource.pk}/")
    section = page.locator("#status-section")
    section.get_by_role("button", name="Publish").click()
    expect(page.locator("#status-now")).to_have_text("Published: everyone can see it.")
    status = page.locator("#status-status")
    expect(status).to_have_text("Published: everyone can see it now.")
    expect(status).to_be_focused()
    assert focus_kept(page)
    # Only the moves that make sense from here are offered.
    expect(section.get_by_role("button", name="Publish")).to_be_hidden()
    expect(section.get_by_role("button", name="Archive")).to_be_visible()
    context.close()


def test_saving_a_reply_and_closing_an_enquiry_keep_focus(
    browser: Browser, live_server: Any
) -> None:
    enquiry = Enquiry.objects.create(
        kind="mentoring", name="Sam", email="sam@example.org", message="Can I have a mentor?"
    )
    context, page = signed_in_page(browser, live_server.url, factories.CoordinatorFactory.create())
    open_and_settle(page, f"{live_server.url}/coordinator/inbox/{enquiry.pk}/")
    page.get_by_role("textbox", name="Reply or note").fill("We will find you a mentor.")
    page.get_by_role("button", name="Save").click()
    sent = page.locator("#reply-form .action-status")
    expect(sent).to_have_text("Reply sent.")
    expect(sent).to_be_focused()
    assert focus_kept(page)

    page.get_by_role("button", name="Close").click()
    closed = page.locator("#actions-status")
    expect(closed).to_have_text("Enquiry closed.")
    expect(closed).to_be_focused()
    assert focus_kept(page)
    context.close()


# --- 2. a paused mentorship ----------------------------------------------------------------------


def test_a_paused_mentorship_reads_started_not_since(browser: Browser, live_server: Any) -> None:
    world = build_world()
    Mentorship.objects.filter(pk=world.mentorship.pk).update(started_at=APRIL)
    paused = factories.MentorshipFactory.create(
        proposal__request__created_by=world.mentee,
        proposal__mentor=world.mentor.mentor_profile,
        started_at=APRIL,
    )
    mentorship_pause(mentorship=paused, actor=world.mentor)

    context, page = signed_in_page(browser, live_server.url, world.mentor)
    open_and_settle(page, f"{live_server.url}/dashboard/")
    expect(page.locator(f"[data-mentorship='{world.mentorship.pk}']")).to_contain_text(
        "Active since 1 April 2026"
    )
    row = page.locator(f"[data-mentorship='{paused.pk}']")
    expect(row).to_contain_text("Paused, started 1 April 2026")
    expect(row).not_to_contain_text("since")
    expect(row.locator(".change")).to_contain_text("Paused by you on")
    context.close()


# --- 3. the inbox's address ----------------------------------------------------------------------


def test_the_inbox_reads_its_filters_from_the_address_and_writes_them_back(
    browser: Browser, live_server: Any
) -> None:
    new = Enquiry.objects.create(
        kind="mentoring", name="Sam New", email="sam@example.org", message="Hello"
    )
    closed = Enquiry.objects.create(
        kind="other", name="Alex Closed", email="alex@example.org", message="Thanks",
        status=Enquiry.Status.CLOSED,
    )  # fmt: skip
    context, page = signed_in_page(browser, live_server.url, factories.CoordinatorFactory.create())
    inbox = f"{live_server.url}/coordinator/inbox/"

    # The dashboard's "new enquiries" link.
    open_and_settle(page, f"{inbox}?status=new")
    expect(page.get_by_label("Status")).to_have_value("new")
    listing = page.locator("#enquiries")
    expect(listing).to_contain_text(new.reference)
    expect(listing).not_to_contain_text(closed.reference)

    open_and_settle(page, f"{inbox}?q=Alex")
    expect(page.get_by_label("Search")).to_have_value("Alex")
    expect(listing).to_contain_text(closed.reference)
    expect(listing).not_to_contain_text(new.reference)

    # Filtering with the form puts the filters in the address, so Back keeps them.
    open_and_settle(page, inbox)
    page.get_by_label("Status").select_option("closed")
    page.get_by_role("button", name="Show").click()
    expect(listing).not_to_contain_text(new.reference)
    expect(page).to_have_url(re.compile(r"\?(.*&)?status=closed"))
    page.get_by_role("link", name=re.compile(closed.reference)).click()
    page.wait_for_url(f"**/coordinator/inbox/{closed.pk}/")
    page.go_back()
    expect(page.get_by_label("Status")).to_have_value("closed")
    expect(listing).to_contain_text(closed.reference)
    expect(listing).not_to_contain_text(new.reference)
    context.close()


# --- 4. the recommendation's reason --------------------------------------------------------------


def test_the_reason_does_not_claim_a_difference_the_points_do_not_show(
    browser: Browser, live_server: Any
) -> None:
    coordinator = factories.CoordinatorFactory.create()
    request = factories.MentoringRequestFactory.create(needs=["commissioning"])
    # 46.04 and 45.96 points: both read "46 out of 100".
    top = explanation(("topics", "Expertise", 1.0, 0.45), ("sector", "Sector", 0.0189, 0.55))
    other = explanation(("topics", "Expertise", 1.0, 0.45), ("sector", "Sector", 0.0175, 0.55))
    factories.ProposalFactory.create(
        request=request, rank=1, score=0.4604, explanation=top, recommended=False,
        mentor=factories.MentorProfileFactory.create(user__full_name="Jo Busy", capacity=3),
    )  # fmt: skip
    factories.ProposalFactory.create(
        request=request, rank=2, score=0.4596, explanation=other, recommended=True,
        mentor=factories.MentorProfileFactory.create(user__full_name="Robin Free", capacity=3),
    )  # fmt: skip
    context, page = signed_in_page(browser, live_server.url, coordinator)
    open_and_settle(page, f"{live_server.url}/coordinator/queue/")
    cards = page.locator("article.card")
    expect(cards).to_have_count(2)
    for card in cards.all():
        expect(card.locator(".explanation__total")).to_have_text("Overall fit: 46 out of 100")
    why = page.locator("article.card--recommended .notice")
    expect(why).to_contain_text("Why this recommendation: Jo Busy fits about as well")
    expect(why).not_to_contain_text("better")
    context.close()


# --- 5. a case study's actions -------------------------------------------------------------------


def test_a_case_study_offers_only_the_moves_its_status_allows(
    browser: Browser, live_server: Any
) -> None:
    study = CaseStudy.objects.create(title="Riverside", summary="s", body="b")
    context, page = signed_in_page(browser, live_server.url, factories.CoordinatorFactory.create())
    open_and_settle(page, f"{live_server.url}/coordinator/case-studies/{study.pk}/")
    section = page.locator("#cs-status-section")
    publish = section.get_by_role("button", name="Publish", exact=True)
    archive = section.get_by_role("button", name="Archive")
    again = section.get_by_role("button", name="Publish again")
    expect(publish).to_be_visible()
    expect(archive).to_be_visible()

    publish.click()
    expect(page.locator("#cs-status-now")).to_have_text("Published: everyone can see it.")
    said = section.locator(".action-status")
    expect(said).to_have_text("Published: everyone can see it now.")
    expect(said).to_be_focused()
    expect(publish).to_be_hidden()
    expect(again).to_be_hidden()
    expect(archive).to_be_visible()

    archive.click()
    expect(page.locator("#cs-status-now")).to_have_text("Archived: not public.")
    expect(said).to_have_text("Archived: it is no longer public.")
    expect(said).to_be_focused()
    expect(archive).to_be_hidden()
    expect(again).to_be_visible()
    study.refresh_from_db()
    assert study.status == "archived"

    # Back to draft, to rework it: not public, and publishable again.
    draft = section.get_by_role("button", name="Back to draft")
    draft.click()
    expect(said).to_have_text("Draft: it is not public, and you can rework it.")
    expect(said).to_be_focused()
    expect(draft).to_be_hidden()
    expect(publish).to_be_visible()
    study.refresh_from_db()
    assert study.status == "draft"
    context.close()


# --- 7. the library's empty result ---------------------------------------------------------------


def test_the_librarys_empty_result_speaks_of_filters_and_words_only_when_typed(
    browser: Browser, live_server: Any
) -> None:
    Resource.objects.all().delete()  # the seeded library too: nothing can match
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}/resources/?stage=5&topic=right-to-provide")
    empty = page.locator("main ul.list-plain li").first
    expect(empty).to_contain_text("Nothing matches these filters.")
    expect(empty).not_to_contain_text("words")
    clear = empty.get_by_role("link", name="Clear the filters")
    expect(clear).to_have_attribute("href", "/resources/")

    page.goto(f"{live_server.url}/resources/?q=zzzyqx+quokka")
    expect(empty).to_contain_text("Nothing matches these filters.")
    expect(empty).to_contain_text("Try fewer words")
    context.close()
