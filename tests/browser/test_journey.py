"""The whole journey in three browsers: a fledgling mutual signs up and asks, a coordinator
matches and approves, the mentor accepts, the mutual confirms, they work together, and finish."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from matching.models import Feedback, Goal, Meeting, Mentorship, Proposal
from tests import factories
from tests.browser.scenario import open_and_settle, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.worker,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]

ORG = "Brookside Library Mutual"
PASSWORD = "a-long-and-unusual-passphrase-42"


def sign_up_and_verify(page: Page, base: str) -> None:
    # A fresh address each run: allauth rate-limits confirmation mails per address, and with
    # Redis as the cache that limit outlives the test database.
    email = f"lead-{uuid.uuid4().hex[:8]}@brookside.example"
    page.goto(base + "/")
    page.get_by_role("link", name="Sign up as a fledgling mutual").first.click()
    expect(page.get_by_role("radio", name="Fledgling mutual", exact=False)).to_be_checked()
    page.get_by_label("Full name").fill("Pat Brookside")
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.get_by_label("Organisation name").fill(ORG)
    page.locator("input[name=sectors][value=libraries-culture]").check()
    page.get_by_label("Stage").select_option("3")
    page.get_by_label("Region").select_option("north-west")
    page.get_by_label("Number of employees").fill("85")
    page.get_by_label("Parent body").select_option("local_authority")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")

    sent = [m for m in mail.outbox if email in m.to]
    assert len(sent) == 1, [m.to for m in mail.outbox]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", str(sent[0].body))
    assert link is not None, sent[0].body
    page.goto(link.group(0))
    # Verified and signed in: the dashboard sends a newcomer to onboarding first.
    page.wait_for_url("**/onboarding/")


def file_request(page: Page) -> None:
    page.wait_for_selector("#req-needs-field input")
    expect(page.get_by_label("Organisation name")).to_have_value(ORG)
    page.get_by_label("TUPE and staff transfer").check()
    page.get_by_label("Summary").fill("Our library service spins out in April; TUPE worries us.")
    page.get_by_role("button", name="Send request").click()
    page.wait_for_url("**/dashboard/?filed=1")
    expect(page.get_by_text("Our library service spins out in April")).to_be_visible()


def run_matching_and_approve(page: Page, base: str) -> None:
    open_and_settle(page, base + "/coordinator/queue/")
    page.get_by_role("button", name="Run a matching round").click()
    bar = page.locator("#run-bar")
    expect(bar).to_be_visible()
    expect(page.get_by_role("heading", name="Round finished")).to_be_visible(timeout=60_000)
    assert bar.get_attribute("value") == "100"
    # MatchRun.Status's label, from the taxonomy.
    expect(page.locator("#run-state")).to_have_text("Succeeded, 100% done.")
    expect(page.locator("#run-result dl.counts")).to_be_visible()
    expect(page.locator("#queue[aria-busy]")).to_have_count(0)

    group = page.locator("section.group", has_text=ORG)
    recommended = group.locator("article.card--recommended")
    expect(recommended).to_have_count(1)
    expect(recommended.get_by_text("Recommended")).to_be_visible()
    expect(recommended).to_contain_text("Robin Mentor")
    # The breakdown: one labelled bar per feature.
    bars = recommended.locator(".bar")
    assert bars.count() >= 2
    expect(bars.first.locator(".bar__label")).not_to_be_empty()
    recommended.get_by_role("button", name="Approve Robin Mentor").click()
    expect(group.get_by_text("Approved").first).to_be_visible()


def mentor_accepts(page: Page, base: str) -> None:
    open_and_settle(page, base + "/dashboard/")
    card = page.locator("#introductions article", has_text=ORG)
    card.get_by_text("Why this match").click()
    expect(card.locator(".bar").first).to_be_visible()
    card.get_by_role("button", name=f"Accept {ORG}").click()
    waiting = page.get_by_role("heading", name="Waiting for the organisation to confirm")
    expect(waiting).to_be_visible()


def mentee_confirms(page: Page, base: str) -> str:
    open_and_settle(page, base + "/dashboard/")
    expect(page.locator("#requests [aria-current=step]")).to_contain_text("A mentor accepted")
    page.get_by_role("button", name="Confirm Robin Mentor as your mentor").click()
    page.wait_for_url(re.compile(r"/mentorships/\d+/$"))
    return page.url


def log_meeting_and_goal(page: Page, url: str, goal: str, notes: str) -> None:
    open_and_settle(page, url)
    page.locator("#goal-title").fill(goal)
    page.get_by_role("button", name="Add goal").click()
    expect(page.locator("#goals")).to_contain_text(goal)
    page.get_by_label("Date").fill(timezone.localdate().isoformat())
    page.get_by_label("Length in minutes").fill("45")
    page.locator("#meeting-form").get_by_label("TUPE and staff transfer").check()
    page.get_by_label("Notes").fill(notes)
    page.get_by_role("button", name="Log meeting").click()
    expect(page.locator("#meetings")).to_contain_text(notes)


def leave_feedback(page: Page, comment: str) -> None:
    page.get_by_label("5: Excellent").check()
    page.get_by_label("Comments").fill(comment)
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Thank you: your feedback is recorded.")).to_be_visible()


def test_it_runs_the_whole_journey_in_three_browsers(
    browser: Browser, live_server: Any, celery_worker_process: Any
) -> None:
    base = live_server.url
    coordinator = factories.CoordinatorFactory.create()
    mentor = factories.MentorProfileFactory.create(
        user__full_name="Robin Mentor", capacity=2, expertise=["tupe", "pensions"]
    ).user
    contexts = {name: browser.new_context() for name in ("mentee", "coordinator", "mentor")}
    sign_in(contexts["coordinator"], base, coordinator)
    sign_in(contexts["mentor"], base, mentor)
    mentee_page, coordinator_page, mentor_page = (c.new_page() for c in contexts.values())

    sign_up_and_verify(mentee_page, base)
    file_request(mentee_page)
    try:
        run_matching_and_approve(coordinator_page, base)
    except AssertionError:
        # The page only knows the run never finished; the worker's log says why.
        print(celery_worker_process.output()[-6000:])
        raise
    mentor_accepts(mentor_page, base)
    url = mentee_confirms(mentee_page, base)

    log_meeting_and_goal(mentee_page, url, "Agree the TUPE list", "Went through the TUPE list.")
    log_meeting_and_goal(mentor_page, url, "Choose a legal form", "Compared CIC and CBS.")
    mentor_page.get_by_label("Agree the TUPE list").check()
    expect(mentor_page.locator(".done-goal", has_text="Agree the TUPE list")).to_be_visible()
    mentor_page.get_by_role("button", name="Mark as completed").click()
    # Completing cannot be undone by the participants, so the page asks first.
    mentor_page.get_by_role("dialog").get_by_role("button", name="Yes, mark as completed").click()
    expect(mentor_page.locator("#mentorship-status")).to_have_text("Completed")
    leave_feedback(mentor_page, "A well-prepared team.")
    open_and_settle(mentee_page, url)
    leave_feedback(mentee_page, "Robin knew exactly what to ask.")

    mentorship = Mentorship.objects.get()
    assert mentorship.status == Mentorship.Status.COMPLETED
    assert mentorship.proposal.status == Proposal.Status.CONFIRMED
    assert mentorship.mentor.user == mentor
    assert Meeting.objects.filter(mentorship=mentorship).count() == 2
    assert Goal.objects.filter(mentorship=mentorship, done_at__isnull=False).count() == 1
    assert Feedback.objects.filter(mentorship=mentorship).count() == 2
    for context in contexts.values():
        context.close()
