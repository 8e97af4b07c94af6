"""Pages show the labels GET taxonomy/ serves (the models' choices), fetched once per page."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from enquiries.models import Enquiry
from matching.models import Proposal
from matching.services import mentorships
from resources.models import CaseStudy, Resource
from tests import factories
from tests.browser.scenario import build_world, open_and_settle, sign_in, signed_in_page
from tests.resources.conftest import make_resource

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DATE = r"\d{1,2} [A-Z][a-z]+ \d{4}"


def taxonomy_calls(calls: list[str]) -> list[str]:
    return [c for c in calls if c.startswith("GET taxonomy/")]


def test_a_mentorship_reads_its_change_roles_and_consent_from_one_taxonomy_call(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()
    mentorships.mentorship_pause(mentorship=world.mentorship, actor=world.mentor)
    # A case study about the pair: its consent card is a second script wanting labels.
    CaseStudy.objects.create(title="Our story", summary="s", body="b", mentorship=world.mentorship)

    context, page = signed_in_page(browser, live_server.url, world.mentee)
    calls = open_and_settle(page, f"{live_server.url}/mentorships/{world.mentorship.pk}/")
    assert len(taxonomy_calls(calls)) == 1, calls
    # AuditEvent.Verb's label for `paused`, Mentorship.Status's and Role's labels.
    expect(page.locator("#latest-change")).to_have_text(
        re.compile(rf"^Paused by Robin Mentor on {DATE}\.$")
    )
    expect(page.locator("#mentorship-status")).to_have_text("Paused")
    overview = page.locator("#overview")
    expect(overview).to_contain_text("Mentor: Robin Mentor")
    expect(overview).to_contain_text("Fledgling mutual: Morgan Mentee")
    expect(page.locator("#case-study-list")).to_contain_text(
        "Draft: not public. You have not agreed yet."
    )

    # The mentor's dashboard says the same change in the mentorship list, as "you".
    sign_in(context, live_server.url, world.mentor)
    calls = open_and_settle(page, f"{live_server.url}/dashboard/")
    assert len(taxonomy_calls(calls)) == 1, calls
    row = page.locator(f"[data-mentorship='{world.mentorship.pk}']")
    expect(row.locator(".change")).to_have_text(re.compile(rf"^Paused by you on {DATE}\.$"))
    expect(row.locator(".badge")).to_have_text("Paused")
    context.close()


def test_the_queue_offers_the_proposal_statuses_as_filters(
    browser: Browser, live_server: Any
) -> None:
    world = build_world()
    context, page = signed_in_page(browser, live_server.url, world.coordinator)
    open_and_settle(page, f"{live_server.url}/coordinator/queue/")
    status = page.get_by_label("Status")
    expect(status).to_have_value("suggested")
    expect(status.locator("option")).to_have_text(["Any status", *Proposal.Status.labels])
    expect(page.locator("section.group")).to_have_count(4)

    status.select_option(label=str(Proposal.Status.APPROVED.label))
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("section.group")).to_have_count(1)
    open_and_settle(page, page.url)
    expect(status).to_have_value("approved")
    context.close()


def test_editors_and_the_inbox_show_status_labels_from_the_taxonomy(
    browser: Browser, live_server: Any
) -> None:
    resource = make_resource("Fair Deal for staff pensions", status=Resource.Status.DRAFT)
    study = CaseStudy.objects.create(title="Riverside", summary="s", body="b")
    enquiry = Enquiry.objects.create(
        kind="mentoring", name="Sam", email="sam@example.org", message="Hello",
        status=Enquiry.Status.WAITING,
    )  # fmt: skip
    context, page = signed_in_page(browser, live_server.url, factories.CoordinatorFactory.create())

    open_and_settle(page, f"{live_server.url}/coordinator/resources/{resource.pk}/")
    expect(page.locator("#status-now")).to_have_text("Draft: not public.")
    page.get_by_role("button", name="Publish").click()
    expect(page.locator("#status-now")).to_have_text("Published: everyone can see it.")

    open_and_settle(page, f"{live_server.url}/coordinator/case-studies/{study.pk}/")
    expect(page.locator("#cs-status-now")).to_have_text("Draft: not public.")

    open_and_settle(page, f"{live_server.url}/coordinator/inbox/{enquiry.pk}/")
    expect(page.locator("#summary dd").nth(2)).to_have_text("Waiting for the enquirer")
    context.close()
