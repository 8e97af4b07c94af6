"""The pipeline and the reports run the same number of SQL queries for 2 organisations as for
20: every figure is aggregated by the database, and nothing is fetched row by row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from accounts.models import OrganisationStageChange, Region, Stage, User
from matching.models import Feedback, Meeting, Mentorship
from programme import selectors
from tests import factories
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

SECTORS = ["adult-social-care", "housing", "libraries-culture"]
STATUSES = [Mentorship.Status.ACTIVE, Mentorship.Status.COMPLETED, Mentorship.Status.ENDED]


def grow(n: int, start: int = 0) -> None:
    """n organisations in the pipeline, each with everything the figures read: sectors, a
    region, a mentee, a request, a mentorship with a meeting and feedback, a stage move."""
    now = timezone.now()
    for i in range(start, start + n):
        org = factories.OrganisationFactory.create(
            name=f"Growing Mutual {i:02d}",
            stage=[Stage.DECIDING, Stage.TESTING, Stage.PLANNING][i % 3],
            sectors=SECTORS[: 1 + i % 3],
            region=[Region.LONDON, Region.WALES, ""][i % 3],
        )
        mentee = factories.MenteeFactory.create(organisation=org)
        request = factories.MentoringRequestFactory.create(
            created_by=mentee, created_at=now - timedelta(days=40 + i)
        )
        status = STATUSES[i % 3]
        mentorship = factories.MentorshipFactory.create(
            proposal__request=request,
            status=status,
            started_at=now - timedelta(days=30),
            ended_at=None if status == Mentorship.Status.ACTIVE else now - timedelta(days=2),
        )
        Meeting.objects.create(mentorship=mentorship, held_on=date.today(), minutes=45)
        Feedback.objects.create(
            mentorship=mentorship, author=mentee, side=Feedback.Side.MENTEE, rating=4
        )
        OrganisationStageChange.objects.create(
            organisation=org, from_stage=None, stage=org.stage, at=now - timedelta(days=10)
        )


Get = Callable[[], object]


def _api(coordinator: User, url: str, params: dict[str, str]) -> Get:
    client = client_for(coordinator)
    return lambda: client.get(url, params)


def _page(coordinator: User, url: str) -> Get:
    client = Client()
    client.force_login(coordinator)
    return lambda: client.get(url)


CASES: dict[str, Callable[[User], Get]] = {
    "pipeline": lambda c: _api(c, "/api/v1/programme/pipeline/", {}),
    "pipeline-filtered": lambda c: _api(
        c, "/api/v1/programme/pipeline/", {"sector": "housing", "priority": "false"}
    ),
    "pipeline-csv": lambda c: _api(c, "/api/v1/programme/pipeline/", {"format": "csv"}),
    "reports": lambda c: _api(c, "/api/v1/programme/reports/", {}),
    "reports-csv": lambda c: _api(
        c, "/api/v1/programme/reports/", {"format": "csv", "table": "by_sector"}
    ),
    "pipeline-page": lambda c: _page(c, "/coordinator/pipeline/"),
    "reports-page": lambda c: _page(c, "/coordinator/reports/"),
}


def _count(get: Get) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = get()
    assert getattr(response, "status_code", None) == 200, getattr(response, "content", b"")[:300]
    return len(queries)


@pytest.mark.parametrize("case", list(CASES))
def test_the_same_queries_for_2_and_20_organisations(coordinator: User, case: str) -> None:
    get = CASES[case](coordinator)
    grow(2)
    _count(get)  # warm the caches (content types, the session, the token)
    few = _count(get)
    grow(18, start=2)
    many = _count(get)
    print(f"\nqueries {case}: {few} for 2 organisations, {many} for 20")
    assert many == few


def test_the_pipeline_is_three_queries_and_a_page_of_its_rows_two(
    django_assert_num_queries: DjangoAssertNumQueries,
) -> None:
    grow(4)
    with django_assert_num_queries(3):
        data = selectors.pipeline()
    assert len(data["organisations"]) == 4
    with django_assert_num_queries(2):
        selectors.pipeline(organisations=False)
    page = selectors.pipeline_ordered(selectors.pipeline_organisations())[1:3]
    with django_assert_num_queries(2):  # the page's ids, then its rows
        rows = selectors.pipeline_rows(page)
    assert [row["id"] for row in rows] == [row["id"] for row in data["organisations"][1:3]]


def test_a_report_is_seven_queries(django_assert_num_queries: DjangoAssertNumQueries) -> None:
    grow(4)
    # SQLite (development only) has no median function: the waits come back in an eighth.
    expected = 7 if connection.vendor == "postgresql" else 8
    with django_assert_num_queries(expected):
        report = selectors.report(selectors.default_period())
    assert report["requests_received"] == 4
    assert report["matches_confirmed"] == 4
