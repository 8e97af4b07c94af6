"""On PostgreSQL, the busiest lists read their page from an index in the list's own order.

Without such an index the database joins and sorts every row before it can return twenty
(on the load-test data: 60 ms for requests, 150 ms for mentorships). A few rows are enough to
prove the plan can use the index: with sorting priced out, the planner picks it if it exists.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from matching.models import MatchRun, Proposal
from tests import factories
from tests.api.conftest import COORDINATOR, World

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="query plans are PostgreSQL's"
)


def _plan_of_list_query(w: World, url: str, table: str, *, priced_out: str = "sort") -> str:
    with CaptureQueriesContext(connection) as captured:
        response = w.client(COORDINATOR).get(url)
    assert response.status_code == 200, response.content
    page = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].startswith("SELECT") and f'FROM "{table}"' in q["sql"] and "LIMIT" in q["sql"]
    ]
    assert page, f"no page query on {table} for {url}"
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL enable_{priced_out} = off")
        cursor.execute("EXPLAIN " + page[0])
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize("ordering", ["", "?ordering=waiting"])
def test_requests_page_comes_from_the_age_index(world: World, ordering: str) -> None:
    factories.MentoringRequestFactory.create_batch(3)
    plan = _plan_of_list_query(world, f"/api/v1/requests/{ordering}", "matching_mentoringrequest")
    assert "request_created_id" in plan, plan


def test_mentorships_page_comes_from_the_started_index(world: World) -> None:
    for _ in range(3):
        factories.MentorshipFactory.create()
    plan = _plan_of_list_query(world, "/api/v1/mentorships/", "matching_mentorship")
    assert "mentorship_started_id" in plan, plan


def test_coordinator_queue_comes_from_the_status_index(world: World) -> None:
    for _ in range(3):
        world.proposal(Proposal.Status.SUGGESTED, request=factories.MentoringRequestFactory())
    plan = _plan_of_list_query(world, "/api/v1/proposals/?status=suggested", "matching_proposal")
    assert "proposal_status_request_rank" in plan, plan


def _some_runs(w: World) -> None:
    MatchRun.objects.bulk_create(
        [MatchRun(kind=MatchRun.Kind.REQUEST, request=w.request, status="succeeded")] * 3
        + [MatchRun(kind=MatchRun.Kind.MENTOR, mentor=w.mentor_profile, status="succeeded")] * 3
        + [MatchRun(kind=MatchRun.Kind.ROUND, status="succeeded")] * 3
    )


@pytest.mark.parametrize(
    ("url", "table", "index"),
    [
        # `scoring`: the newest run of each kind, each on its own index.
        ("/api/v1/requests/", "matching_mentoringrequest", "matchrun_kind_newest"),
        # `stale`: only the queued and running runs.
        ("/api/v1/proposals/?status=suggested", "matching_proposal", "matchrun_waiting"),
    ],
)
def test_the_runs_behind_each_row_come_from_an_index(
    world: World, url: str, table: str, index: str
) -> None:
    """With 12,000 runs on the load-test data, a scan of the runs for every row listed cost
    25 ms a page of requests (250 ms once mentor runs were OR-ed into the same filter) and
    45 ms the suggested list; 9.5 and 19 ms with the indexes."""
    _some_runs(world)
    world.proposal(Proposal.Status.SUGGESTED, request=factories.MentoringRequestFactory())
    plan = _plan_of_list_query(world, url, table, priced_out="seqscan")
    assert "Seq Scan on matching_matchrun" not in plan, plan
    assert index in plan, plan


def test_match_runs_page_comes_from_the_newest_index(world: World) -> None:
    _some_runs(world)
    plan = _plan_of_list_query(world, "/api/v1/match-runs/", "matching_matchrun")
    assert "matchrun_newest" in plan, plan
