"""Each report figure against a hand-built programme whose answers are worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from programme import selectors
from tests.programme.builders import PERIOD, build_programme

pytestmark = pytest.mark.django_db


@pytest.fixture
def q1() -> dict:
    build_programme()
    return selectors.report(selectors.Period(*PERIOD))


def test_it_counts_requests_received_with_both_days_inclusive(q1: dict) -> None:
    # 5 Jan, 10 Feb and 31 Mar 23:30; not 20 Dec nor 1 Apr 00:00.
    assert q1["requests_received"] == 3


def test_it_counts_matches_confirmed_on_their_start(q1: dict) -> None:
    assert q1["matches_confirmed"] == 3


def test_it_takes_the_median_days_to_match(q1: dict) -> None:
    # Waits of 10, 42 and 4 days.
    assert q1["median_days_to_match"] == pytest.approx(10.0)
    assert q1["matched_within_30_days"] == 2


def test_it_counts_mentorships_running_in_the_period(q1: dict) -> None:
    # m1, m2, m3; the one that closed on 15 Dec is not.
    assert q1["active_mentorships"] == 3


def test_a_mentorship_ending_on_the_last_day_counts_as_completed(q1: dict) -> None:
    assert q1["completed"] == 1
    assert q1["ended_early"] == 1
    assert q1["completion_rate"] == pytest.approx(0.5)


def test_it_sums_meeting_hours_held_in_the_period(q1: dict) -> None:
    # 60 + 30 minutes; 31 Dec and 1 Apr are outside.
    assert q1["meeting_hours"] == pytest.approx(1.5)


def test_it_averages_ratings_by_side(q1: dict) -> None:
    assert q1["average_rating"] == {"mentor": pytest.approx(4.0), "mentee": pytest.approx(3.5)}


def test_mentor_utilisation_is_live_mentorships_over_accepting_capacity_today(q1: dict) -> None:
    # One live mentorship (m3) against capacity 4; the mentor not accepting adds nothing.
    assert q1["mentor_utilisation"] == pytest.approx(0.25)


def test_it_breaks_figures_down_by_sector_stage_and_region(q1: dict) -> None:
    sectors = {row["sector"]: row for row in q1["by_sector"]}
    assert sectors["adult-social-care"] == {
        "sector": "adult-social-care",
        "label": "Adult social care",
        "priority": True,
        "requests": 1,
        "matches": 2,
        "completed": 1,
        "ended_early": 1,
    }
    assert (sectors["housing"]["requests"], sectors["housing"]["matches"]) == (2, 1)
    assert sectors["education"]["requests"] == 0
    stages = {row["stage"]: row for row in q1["by_stage"]}
    assert (stages[2]["requests"], stages[2]["matches"], stages[3]["requests"]) == (1, 2, 2)
    regions = {row["region"]: row for row in q1["by_region"]}
    assert (regions["london"]["matches"], regions["wales"]["requests"]) == (2, 2)
    assert "" not in regions  # "not given" appears only when something has no region


def test_it_gives_a_monthly_trend(q1: dict) -> None:
    assert q1["monthly"] == [
        {"month": "2026-01", "requests": 1, "matches": 2, "completed": 0},
        {"month": "2026-02", "requests": 1, "matches": 1, "completed": 0},
        {"month": "2026-03", "requests": 1, "matches": 0, "completed": 1},
    ]


def test_an_empty_period_gives_zeros_and_nulls() -> None:
    build_programme()
    empty = selectors.report(selectors.Period(date(2020, 1, 1), date(2020, 12, 31)))
    assert empty["requests_received"] == empty["matches_confirmed"] == 0
    assert empty["median_days_to_match"] is None
    assert empty["completion_rate"] is None
    assert empty["average_rating"] == {"mentor": None, "mentee": None}
    assert empty["meeting_hours"] == 0
    assert len(empty["monthly"]) == 12
    assert all(m["requests"] == m["matches"] == m["completed"] == 0 for m in empty["monthly"])


def test_utilisation_is_null_with_no_capacity() -> None:
    result = selectors.report(selectors.Period(date(2026, 1, 1), date(2026, 1, 31)))
    assert result["mentor_utilisation"] is None


def test_the_default_period_is_the_last_twelve_months() -> None:
    period = selectors.default_period(date(2026, 11, 30))
    assert (period.start, period.end) == (date(2025, 12, 1), date(2026, 11, 30))
    assert len(period.months()) == 12
