"""The pipeline's rows, worked out by one database query: the newest request and mentorship
(ties broken by id), the day an organisation entered its current stage in UK time, sorted
sectors, empty values, the order, and a page that matches the whole list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils import timezone

from accounts.models import Organisation, OrganisationStageChange, Region, Stage
from matching.models import MentoringRequest, Mentorship
from programme import selectors
from tests import factories

pytestmark = pytest.mark.django_db


def _org(name: str, stage: int, sectors: list[str], **kwargs: object) -> Organisation:
    org = factories.OrganisationFactory.create(name=name, stage=stage, **kwargs)
    org.sectors.set(factories.sectors(*sectors))
    factories.MenteeFactory.create(organisation=org)
    return org


def _rows() -> dict[str, dict[str, object]]:
    """The whole pipeline as the coordinator's page reads it (with the request id)."""
    rows = selectors.pipeline_rows(selectors.pipeline_ordered(selectors.pipeline_organisations()))
    return {str(row["name"]): row for row in rows}


def test_a_row_takes_the_newest_request_and_mentorship_ties_broken_by_id() -> None:
    org = _org("Tied Mutual", Stage.TESTING, ["housing"])
    mentee = org.members.get()
    same_time = timezone.now() - timedelta(days=20)
    first = factories.MentoringRequestFactory.create(created_by=mentee, created_at=same_time)
    second = factories.MentoringRequestFactory.create(
        created_by=mentee, created_at=same_time, status=MentoringRequest.Status.MATCHED
    )
    older = factories.MentoringRequestFactory.create(
        created_by=mentee, created_at=same_time - timedelta(days=5)
    )
    started = timezone.now() - timedelta(days=10)
    for status in (Mentorship.Status.ENDED, Mentorship.Status.ACTIVE):
        factories.MentorshipFactory.create(
            proposal__request=second, status=status, started_at=started
        )
    # An older request's mentorship started earlier: not the newest.
    factories.MentorshipFactory.create(
        proposal__request=older,
        status=Mentorship.Status.COMPLETED,
        started_at=started - timedelta(days=1),
    )
    row = _rows()["Tied Mutual"]
    assert first.pk < second.pk
    assert (row["request_id"], row["request_status"]) == (second.pk, "matched")
    assert row["mentorship_status"] == "active"  # the later of two that started together


def test_entered_stage_on_is_the_uk_day_of_the_latest_move_into_the_current_stage() -> None:
    org = _org("Returning Mutual", Stage.TESTING, ["housing"])
    moves = [
        (None, Stage.TESTING, datetime(2026, 1, 5, 12, tzinfo=UTC)),
        (Stage.TESTING, Stage.PLANNING, datetime(2026, 3, 1, 12, tzinfo=UTC)),
        # 23:30 in UTC on 1 July is half past midnight on 2 July in London.
        (Stage.PLANNING, Stage.TESTING, datetime(2026, 7, 1, 23, 30, tzinfo=UTC)),
    ]
    for from_stage, stage, at in moves:
        OrganisationStageChange.objects.create(
            organisation=org, from_stage=from_stage, stage=stage, at=at
        )
    assert _rows()["Returning Mutual"]["entered_stage_on"] == date(2026, 7, 2)
    # The API's rows carry the day as the ISO text JSON and CSV give it.
    (api_row,) = selectors.pipeline()["organisations"]
    assert api_row["entered_stage_on"] == "2026-07-02"


def test_sectors_are_sorted_and_missing_values_come_back_empty() -> None:
    _org(
        "Broad Mutual",
        Stage.DECIDING,
        ["libraries-culture", "adult-social-care", "housing"],
        region=Region.LONDON,
        employees=40,
    )
    _org("Bare Mutual", Stage.DECIDING, [], region="", employees=None)
    rows = _rows()
    assert rows["Broad Mutual"]["sectors"] == ["adult-social-care", "housing", "libraries-culture"]
    bare = rows["Bare Mutual"]
    assert bare["sectors"] == []
    assert (bare["region"], bare["employees"]) == ("", None)
    assert (bare["request_id"], bare["request_status"], bare["mentorship_status"]) == (
        None,
        None,
        None,
    )
    assert bare["entered_stage_on"] is None
    assert list(bare) == list(selectors.PIPELINE_ROW_KEYS)
    api_rows = selectors.pipeline()["organisations"]
    assert [list(row) for row in api_rows] == [list(selectors.PIPELINE_COLUMNS)] * 2


def test_rows_follow_stage_then_name_and_a_page_is_a_slice_of_the_list() -> None:
    for name, stage in [("B", Stage.TESTING), ("A", Stage.TESTING), ("C", Stage.DECIDING)]:
        _org(f"{name} Mutual", stage, ["housing"])
    twin = _org("A Mutual", Stage.TESTING, ["housing"])  # same name: the id decides
    factories.OrganisationFactory.create(name="Established", stage=Stage.ESTABLISHED)
    factories.OrganisationFactory.create(name="Nobody signed up", stage=Stage.DECIDING)
    rows = selectors.pipeline()["organisations"]
    assert [(row["name"], row["stage"]) for row in rows] == [
        ("C Mutual", 1),
        ("A Mutual", 2),
        ("A Mutual", 2),
        ("B Mutual", 2),
    ]
    assert rows[2]["id"] == twin.pk
    ordered = selectors.pipeline_ordered(selectors.pipeline_organisations())
    page = selectors.pipeline_rows(ordered[1:3])
    assert [{k: row[k] for k in selectors.PIPELINE_COLUMNS} for row in page] == rows[1:3]
    in_wales = selectors.pipeline(selectors.PipelineFilters(region=Region.WALES))
    assert in_wales["organisations"] == []
