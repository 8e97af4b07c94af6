"""WCAG 2.2 reflow (1.4.10): at 320 CSS pixels wide every page reads without scrolling sideways,
for every role, with the long words real profiles hold (a web address, an e-mail address)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from enquiries.models import Enquiry
from tests.browser.scenario import build_world, open_and_settle, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

NARROW = {"width": 320, "height": 640}
LONG_WEBSITE = "https://www.riverside-libraries-and-community-learning-mutual.example/about-us"


def test_no_page_scrolls_sideways_at_320_pixels(browser: Browser, live_server: Any) -> None:
    world = build_world()
    organisation = world.mentee.organisation
    assert organisation is not None
    organisation.website = LONG_WEBSITE
    organisation.save(update_fields=["website"])
    mentor_organisation = world.mentor.organisation
    assert mentor_organisation is not None
    mentor_organisation.website = LONG_WEBSITE
    mentor_organisation.save(update_fields=["website"])
    enquiry = Enquiry.objects.create(
        kind="mentoring",
        name="Sam Longname-Worthington",
        email="sam.longname-worthington@riverside-libraries-and-community-learning.example",
        message="Can we have a mentor for our pensions questions?",
    )
    request = world.mentorship.request
    pages = {
        None: ["/", "/guide/", "/guide/planning/", "/resources/", "/case-studies/", "/contact/",
               "/accounts/login/", "/accounts/signup/?role=mentee"],
        world.mentee: ["/dashboard/", "/onboarding/", f"/mentorships/{world.mentorship.pk}/",
                       "/account/"],
        world.mentor: ["/dashboard/", "/onboarding/", f"/mentorships/{world.mentorship.pk}/"],
        world.coordinator: [
            "/dashboard/", "/coordinator/queue/", "/coordinator/requests/",
            f"/coordinator/requests/{request.pk}/",
            f"/coordinator/organisations/{organisation.pk}/",
            "/coordinator/mentorships/", f"/coordinator/mentorships/{world.mentorship.pk}/",
            "/coordinator/mentors/", f"/coordinator/mentors/{world.mentorship.mentor.pk}/",
            "/coordinator/pipeline/", "/coordinator/priorities/", "/coordinator/reports/",
            "/coordinator/inbox/", f"/coordinator/inbox/{enquiry.pk}/",
            "/coordinator/resources/", "/coordinator/case-studies/", "/coordinator/invitations/",
        ],
    }  # fmt: skip
    sideways: dict[str, int] = {}
    for user, paths in pages.items():
        context = browser.new_context(viewport=NARROW)  # type: ignore[arg-type]
        if user is not None:
            sign_in(context, live_server.url, user)
        page = context.new_page()
        for path in paths:
            open_and_settle(page, live_server.url + path)
            assert page.url.endswith(path), (path, page.url)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                sideways[f"{user or 'visitor'} {path}"] = overflow
        context.close()
    assert sideways == {}, f"pages that scroll sideways at 320 px, by how many pixels: {sideways}"


def test_the_footer_sits_clear_of_the_page(page: Page, live_server: Any) -> None:
    """Whatever a page ends on (the sign-in page's links, another page's button) has room
    above the footer's rule: the page keeps its bottom padding."""
    open_and_settle(page, live_server.url + "/accounts/login/")
    padding = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('main')).paddingBottom)"
    )
    assert padding >= 32, f"only {padding}px between the page and the footer"
