"""A mentor keeps their mutual's details up to date on their profile page: the year it spun out
(which the scorer reads as experience), its region, stage and size; a bad year is refused
beside its field and nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from accounts.models import Region, Stage
from matching.models import MatchRun
from tests import factories
from tests.browser.scenario import open_and_settle, signed_in_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_a_mentor_sets_the_year_their_mutual_spun_out_and_its_region(
    browser: Browser, live_server: Any
) -> None:
    profile = factories.MentorProfileFactory.create(
        user__organisation__name="Ashcombe Libraries Trust",
        user__organisation__stage=Stage.ESTABLISHED,
        user__organisation__region=Region.NORTH_EAST,
        user__organisation__spun_out_year=None,
    )
    organisation = profile.user.organisation
    assert organisation is not None and organisation.spun_out_year is None
    factories.MentoringRequestFactory.create()  # an open request, so the change is scored
    context, page = signed_in_page(browser, live_server.url, profile.user)
    open_and_settle(page, f"{live_server.url}/onboarding/")

    mutual = page.get_by_role("region", name="Your mutual")
    expect(mutual.get_by_label("Organisation name")).to_have_value("Ashcombe Libraries Trust")
    # A mentor's mutual is at stage 5 or 6: those are the only stages offered.
    options = mutual.locator("#org-stage option").all_inner_texts()
    assert options == ["Choose a stage", "5. Securing the future", "6. Established mutual"]

    year = mutual.get_by_label("Year it spun out")
    year.fill("1850")
    mutual.get_by_role("button", name="Save your mutual").click()
    expect(mutual.locator("#org-spun-out-field .field-error")).to_be_visible()
    expect(year).to_have_attribute("aria-invalid", "true")
    organisation.refresh_from_db()
    assert organisation.spun_out_year is None

    year.fill("2016")
    mutual.get_by_label("Region").select_option(label="Yorkshire and The Humber")
    mutual.get_by_role("button", name="Save your mutual").click()
    expect(mutual.locator(".action-status")).to_have_text("Organisation saved.")
    organisation.refresh_from_db()
    assert organisation.spun_out_year == 2016
    assert organisation.region == Region.YORKSHIRE_HUMBER
    # The scorer reads both, so the mentor is scored again now, not at the nightly round.
    assert MatchRun.objects.filter(kind=MatchRun.Kind.MENTOR, mentor=profile).exists()

    open_and_settle(page, f"{live_server.url}/onboarding/")
    expect(mutual.get_by_label("Year it spun out")).to_have_value("2016")
    context.close()
