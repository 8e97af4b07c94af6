"""Scoring that writes proposals queues one digest e-mail for the coordinators, not one each."""

import pytest

from matching.models import MatchRun
from matching.notifications import TASK_NEW_PROPOSALS
from matching.services import match_runs
from tests.lifecycle.helpers import queued
from tests.matching import builders

pytestmark = pytest.mark.django_db


def test_a_scored_request_queues_one_digest(django_capture_on_commit_callbacks) -> None:
    builders.programme(0)
    request = builders.request(["tupe", "pensions"])
    run = match_runs.match_run_create(kind=MatchRun.Kind.REQUEST, request=request, enqueue=False)
    with django_capture_on_commit_callbacks() as callbacks:
        match_runs.request_score(request=request, run=run)
    assert queued(callbacks) == [(TASK_NEW_PROPOSALS, {"request_ids": [request.pk]})]


def test_a_round_queues_one_digest_for_all_its_requests(
    django_capture_on_commit_callbacks,
) -> None:
    builders.programme(0)
    requests = [builders.request(["tupe"]), builders.request(["pensions", "leadership"])]
    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    with django_capture_on_commit_callbacks() as callbacks:
        match_runs.round_run(run=run)
    digests = [kwargs for task, kwargs in queued(callbacks) if task == TASK_NEW_PROPOSALS]
    assert digests == [{"request_ids": sorted(r.pk for r in requests)}]


def test_a_run_that_writes_nothing_sends_nothing(django_capture_on_commit_callbacks) -> None:
    request = builders.request(["tupe"])  # no mentors at all
    run = match_runs.match_run_create(kind=MatchRun.Kind.REQUEST, request=request, enqueue=False)
    with django_capture_on_commit_callbacks() as callbacks:
        match_runs.request_score(request=request, run=run)
    assert queued(callbacks) == []


def test_scoring_unchanged_data_again_sends_no_second_digest(
    django_capture_on_commit_callbacks,
) -> None:
    builders.programme(0)
    request = builders.request(["tupe", "pensions"])
    for expected in ([(TASK_NEW_PROPOSALS, {"request_ids": [request.pk]})], []):
        run = match_runs.match_run_create(
            kind=MatchRun.Kind.REQUEST, request=request, enqueue=False
        )
        with django_capture_on_commit_callbacks() as callbacks:
            match_runs.request_score(request=request, run=run)
        assert queued(callbacks) == expected
