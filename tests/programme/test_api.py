"""The programme endpoints over HTTP: figures, filters, CSV, errors and stage history."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts import services as account_services
from accounts.models import Organisation, OrganisationStageChange, Region, Stage, User
from tests import factories
from tests.conftest import client_for
from tests.errors import error_code, field_errors
from tests.programme.builders import build_programme

pytestmark = pytest.mark.django_db

PIPELINE = reverse("api:programme-pipeline")
REPORTS = reverse("api:programme-reports")


def rows_of(response: Any) -> list[dict[str, str]]:
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_reports_answer_the_requested_period(coordinator: User) -> None:
    build_programme()
    response = client_for(coordinator).get(REPORTS, {"from": "2026-01-01", "to": "2026-03-31"})
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["from"], body["to"]) == ("2026-01-01", "2026-03-31")
    assert body["requests_received"] == 3
    assert body["completion_rate"] == pytest.approx(0.5)
    assert body["average_rating"]["mentee"] == pytest.approx(3.5)
    assert [m["month"] for m in body["monthly"]] == ["2026-01", "2026-02", "2026-03"]


def test_reports_default_to_the_last_twelve_months(coordinator: User) -> None:
    body = client_for(coordinator).get(REPORTS).json()
    assert body["to"] == timezone.localdate().isoformat()
    assert len(body["monthly"]) in (12, 13)


def test_reports_refuse_a_period_that_ends_before_it_starts(coordinator: User) -> None:
    response = client_for(coordinator).get(REPORTS, {"from": "2026-03-01", "to": "2026-01-01"})
    assert response.status_code == 400
    assert "to" in field_errors(response)


@pytest.mark.parametrize(
    ("period", "months"),
    [
        ({"from": "9999-01-01", "to": "9999-12-31"}, 12),  # the calendar's last day: no next day
        ({"from": "0001-01-01", "to": "0001-03-31"}, 3),
        ({"from": "2000-01-01", "to": "2026-12-31"}, 27 * 12),  # no cap on the span
    ],
)
def test_reports_answer_any_period_the_calendar_holds(
    coordinator: User, period: dict[str, str], months: int
) -> None:
    # The last day of 9999 used to be a 500 (the day after it overflowed).
    client = client_for(coordinator)
    body = client.get(REPORTS, period).json()
    assert (body["from"], body["to"]) == (period["from"], period["to"])
    assert len(body["monthly"]) == months
    assert len(rows_of(client.get(REPORTS, {**period, "format": "csv"}))) == months


def test_reports_refuse_a_date_that_is_not_one(coordinator: User) -> None:
    response = client_for(coordinator).get(REPORTS, {"from": "last-year"})
    assert response.status_code == 400
    assert "from" in field_errors(response)


def test_reports_refuse_an_unknown_parameter(coordinator: User) -> None:
    response = client_for(coordinator).get(REPORTS, {"form": "2026-01-01"})
    assert response.status_code == 400
    assert "form" in field_errors(response)


def test_monthly_csv_parses_back(coordinator: User) -> None:
    build_programme()
    response = client_for(coordinator).get(
        REPORTS, {"from": "2026-01-01", "to": "2026-03-31", "format": "csv"}
    )
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert rows_of(response) == [
        {"month": "2026-01", "requests": "1", "matches": "2", "completed": "0"},
        {"month": "2026-02", "requests": "1", "matches": "1", "completed": "0"},
        {"month": "2026-03", "requests": "1", "matches": "0", "completed": "1"},
    ]


@pytest.mark.parametrize("table", ["by_sector", "by_stage", "by_region", "summary"])
def test_each_report_table_comes_as_csv(coordinator: User, table: str) -> None:
    build_programme()
    response = client_for(coordinator).get(
        REPORTS,
        {"from": "2026-01-01", "to": "2026-03-31", "table": table},
        HTTP_ACCEPT="text/csv",
    )
    rows = rows_of(response)
    assert rows
    if table == "summary":
        figures = {row["figure"]: row["value"] for row in rows}
        assert figures["requests_received"] == "3"
        assert figures["median_days_to_match"] == "10.0"
    elif table == "by_sector":
        care = next(row for row in rows if row["sector"] == "adult-social-care")
        assert (care["label"], care["matches"]) == ("Adult social care", "2")


def test_pipeline_csv_escapes_cells_a_spreadsheet_would_run(coordinator: User) -> None:
    for name in ('=HYPERLINK("http://evil")', "+44 Mutual", "-minus Mutual", "@SUM Mutual"):
        org = factories.OrganisationFactory.create(name=name, stage=Stage.DECIDING)
        factories.MenteeFactory.create(organisation=org)
    plain = factories.OrganisationFactory.create(name="Plain Mutual", stage=Stage.TESTING)
    factories.MenteeFactory.create(organisation=plain)
    response = client_for(coordinator).get(PIPELINE, {"format": "csv"})
    names = sorted(row["name"] for row in rows_of(response))
    assert names == sorted(
        [
            '\'=HYPERLINK("http://evil")',
            "'+44 Mutual",
            "'-minus Mutual",
            "'@SUM Mutual",
            "Plain Mutual",
        ]
    )
    assert (
        response.content.decode("utf-8")
        .splitlines()[0]
        .startswith("id,name,stage,stage_label,sectors,sector_names")
    )


def test_errors_stay_json_when_csv_was_asked_for(mentee: User) -> None:
    response = client_for(mentee).get(PIPELINE, {"format": "csv"})
    assert response.status_code == 403
    assert "json" in response["Content-Type"]
    assert error_code(response) == "permission_denied"


def _pipeline_org(name: str, stage: int, sectors: list[str], **kwargs: Any) -> Organisation:
    org = factories.OrganisationFactory.create(name=name, stage=stage, sectors=sectors, **kwargs)
    factories.MenteeFactory.create(organisation=org)
    return org


def test_pipeline_counts_emerging_mutuals_by_stage_sector_and_region(coordinator: User) -> None:
    care = _pipeline_org("Care A", Stage.DECIDING, ["adult-social-care"], region=Region.LONDON)
    _pipeline_org("Care B", Stage.DECIDING, ["adult-social-care", "housing"], region=Region.WALES)
    _pipeline_org("Library C", Stage.SETTING_UP, ["libraries-culture"], region=Region.WALES)
    # Not in the pipeline: established, or nobody from it is a mentee.
    factories.MentorProfileFactory.create()
    factories.OrganisationFactory.create(name="No members", stage=Stage.TESTING)
    factories.MentoringRequestFactory.create(created_by=care.members.get())

    body = client_for(coordinator).get(PIPELINE).json()
    assert body["total"] == 3
    assert [s["count"] for s in body["by_stage"]] == [2, 0, 0, 1, 0]
    assert {"stage": 1, "sector": "adult-social-care", "count": 2} in body["by_stage_sector"]
    assert {"stage": 1, "sector": "housing", "count": 1} in body["by_stage_sector"]
    assert {r["region"]: r["count"] for r in body["by_region"]} == {"london": 1, "wales": 2}
    row = next(o for o in body["organisations"] if o["name"] == "Care A")
    assert row["request_status"] == "open"
    assert row["mentorship_status"] is None
    assert row["sectors"] == ["adult-social-care"]
    assert row["entered_stage_on"] is None  # built by a factory, not through the service

    priority = client_for(coordinator).get(PIPELINE, {"priority": "true"}).json()
    assert sorted(o["name"] for o in priority["organisations"]) == ["Care A", "Care B"]
    housing = client_for(coordinator).get(PIPELINE, {"sector": "housing"}).json()
    assert [o["name"] for o in housing["organisations"]] == ["Care B"]
    wales = client_for(coordinator).get(PIPELINE, {"region": "wales", "priority": "false"}).json()
    assert [o["name"] for o in wales["organisations"]] == ["Library C"]


def test_pipeline_lists_regions_in_the_vocabularys_order(coordinator: User) -> None:
    # As the report and the forms list them (North East first, the nations last), not by slug,
    # which put "east" and "east-midlands" before "north-east".
    for name, region in [("A", Region.WALES), ("B", Region.EAST), ("C", Region.NORTH_EAST)]:
        _pipeline_org(name, Stage.DECIDING, ["housing"], region=region)
    _pipeline_org("D", Stage.DECIDING, ["housing"], region="")
    body = client_for(coordinator).get(PIPELINE).json()
    assert [r["region"] for r in body["by_region"]] == ["north-east", "east", "wales", ""]


def test_pipeline_refuses_an_unknown_sector(coordinator: User) -> None:
    response = client_for(coordinator).get(PIPELINE, {"sector": "space-travel"})
    assert response.status_code == 400
    assert "sector" in field_errors(response)


def test_pipeline_refuses_a_sector_no_slug_could_be_without_asking_the_database(
    coordinator: User,
) -> None:
    # Found by schemathesis: a NUL byte reached PostgreSQL, which answered with an error (500).
    for bad in ("housing\x00", "\x00", "ý_" * 30):
        response = client_for(coordinator).get(PIPELINE, {"sector": bad})
        assert response.status_code == 400, (bad, response.content)
        assert "sector" in field_errors(response)


def test_stage_changes_are_recorded_and_listed_newest_first(coordinator: User) -> None:
    mentee = factories.MenteeFactory.create(organisation=None)
    org = account_services.organisation_create(
        actor=mentee, name="Fresh Start Mutual", stage=Stage.DECIDING, sectors=[]
    )
    account_services.organisation_update(organisation=org, actor=mentee, description="Hello")
    account_services.organisation_update(organisation=org, actor=coordinator, stage=Stage.TESTING)
    changes = OrganisationStageChange.objects.filter(organisation=org)
    assert changes.count() == 2  # a description edit is not a move
    response = client_for(mentee).get(reverse("api:organisation-history", kwargs={"pk": org.pk}))
    assert response.status_code == 200
    history = response.json()
    assert [(h["from_stage"], h["stage"]) for h in history] == [(1, 2), (None, 1)]
    assert history[0]["actor"] == {"id": coordinator.pk, "full_name": coordinator.full_name}
    assert history[1]["actor"]["id"] == mentee.pk


def test_moved_in_the_last_90_days_counts_real_moves_only(coordinator: User) -> None:
    moved = _pipeline_org("Mover", Stage.TESTING, ["housing"])
    still = _pipeline_org("Stayer", Stage.TESTING, ["housing"])
    OrganisationStageChange.objects.create(organisation=moved, from_stage=1, stage=2)
    OrganisationStageChange.objects.create(organisation=still, from_stage=None, stage=2)
    OrganisationStageChange.objects.create(
        organisation=still, from_stage=1, stage=2, at=timezone.now() - timedelta(days=120)
    )
    body = client_for(coordinator).get(PIPELINE).json()
    assert body["moved_last_90_days"] == 1
    mover = next(o for o in body["organisations"] if o["name"] == "Mover")
    assert mover["entered_stage_on"] == timezone.localdate().isoformat()


def test_the_csvs_read_as_the_pages_do(coordinator: User) -> None:
    build_programme()
    client = client_for(coordinator)
    pipeline = rows_of(client.get(PIPELINE, {"format": "csv"}))
    meadow = next(row for row in pipeline if row["name"] == "Meadow Care Mutual")
    # Each code is followed by the words the page shows.
    assert (meadow["stage"], meadow["stage_label"]) == ("2", Stage(2).label)
    assert (meadow["sectors"], meadow["sector_names"]) == ("adult-social-care", "Adult social care")
    assert meadow["region_label"] == Region(meadow["region"]).label
    assert meadow["parent_body_label"] == "Local authority"
    summary = rows_of(
        client.get(
            REPORTS,
            {"from": "2026-01-01", "to": "2026-03-31", "table": "summary"},
            HTTP_ACCEPT="text/csv",
        )
    )
    figures = {row["figure"]: row for row in summary}
    rate = figures["completion_rate"]
    assert (rate["label"], rate["value"], rate["shown"]) == ("Completion rate", "0.5", "50%")
    assert figures["median_days_to_match"]["shown"] == "10.0 days"
    assert figures["average_rating_mentee"]["shown"] == "3.5 out of 5"
    assert figures["requests_received"]["shown"] == "3"
    # No figure carries more than four decimal places.
    assert all(len(row["value"].partition(".")[2]) <= 4 for row in summary)
