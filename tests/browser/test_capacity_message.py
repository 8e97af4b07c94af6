"""A mentor at capacity who tries to accept sees the server's own message beside the button."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from matching.models import Proposal
from tests import factories
from tests.browser.scenario import GOOD, open_and_settle, proposal, signed_in_page
from tests.conftest import client_for

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_it_shows_the_servers_capacity_message(browser: Browser, live_server: Any) -> None:
    profile = factories.MentorProfileFactory.create(capacity=1, user__full_name="Full Mentor")
    factories.MentorshipFactory.create(proposal__mentor=profile)
    request = factories.MentoringRequestFactory.create(
        created_by=factories.MenteeFactory.create(
            organisation=factories.OrganisationFactory.create(name="Waiting Mutual")
        )
    )
    waiting = proposal(request, profile, 1, GOOD, status=Proposal.Status.APPROVED)
    # What the API itself says to this mentor, to compare with what the page shows.
    expected = client_for(profile.user).post(f"/api/v1/proposals/{waiting.pk}/accept/").json()
    assert expected["code"] == "mentor_at_capacity"

    context, page = signed_in_page(browser, live_server.url, profile.user)
    open_and_settle(page, f"{live_server.url}/dashboard/")
    expect(page.locator("#capacity-text")).to_have_text("0 of 1 place left: 1 current mentorship.")
    # A full mentor who is still accepting is told why no introductions will come.
    expect(page.locator("#capacity-full")).to_contain_text("will not suggest you")
    # The capacity bar is drawn as a bar (it once collapsed to a sliver outside a score row).
    track = page.locator("#availability .bar__track").bounding_box()
    assert track is not None and track["width"] > 100 and track["height"] > 8
    page.get_by_role("button", name="Accept Waiting Mutual").click()

    alert = page.locator("#introductions .action-status--error")
    expect(alert).to_have_text(expected["detail"])
    expect(alert).to_have_attribute("role", "alert")
    waiting.refresh_from_db()
    assert waiting.status == Proposal.Status.APPROVED
    context.close()
