"""Scoring through a real Celery worker: on-commit enqueueing, the chord round, idempotence, and
a mentor's edit re-scoring only the requests it touches."""

from __future__ import annotations

import time

import pytest

from matching import tasks
from matching.models import MatchRun, Proposal
from matching.services import match_runs
from matching.services.profiles import mentor_profile_update
from tests.conftest import WorkerProcess
from tests.matching import builders

pytestmark = [pytest.mark.worker, pytest.mark.slow]


def wait_for_run(run: MatchRun, worker: WorkerProcess, timeout: float = 90) -> MatchRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run.refresh_from_db()
        if run.status in (MatchRun.Status.SUCCEEDED, MatchRun.Status.FAILED):
            assert run.status == MatchRun.Status.SUCCEEDED, run.error + worker.output()[-6000:]
            return run
        time.sleep(0.2)
    pytest.fail(f"run {run.pk} still {run.status}:\n{worker.output()[-5000:]}")


def snapshot() -> list[tuple]:
    return list(
        Proposal.objects.order_by("request_id", "mentor_id").values_list(
            "id", "request_id", "mentor_id", "score", "rank", "recommended", "explanation"
        )
    )


def test_saving_a_request_yields_ranked_explained_proposals(
    celery_worker_process: WorkerProcess,
    transactional_db: None,
) -> None:
    mentors, _ = builders.programme(0)
    # Words that agree with the needs: a request's words count too (needs read from text).
    request = builders.request(
        ["finance-investment", "business-planning"],
        summary="We need a business plan and social investment for our spin-out.",
        goals="A financial model and a loan offer.",
    )
    run = wait_for_run(
        match_runs.match_run_create(kind=MatchRun.Kind.REQUEST, request=request),
        celery_worker_process,
    )
    proposals = list(Proposal.objects.filter(request=request).order_by("rank"))
    assert 1 <= len(proposals) <= 5
    assert proposals[0].mentor == mentors[1]  # the finance and business-planning mentor
    assert proposals[0].recommended and proposals[0].run == run
    assert [p.rank for p in proposals] == list(range(1, len(proposals) + 1))
    for proposal in proposals:
        assert abs(sum(i["contribution"] for i in proposal.explanation) - proposal.score) < 1e-9


def test_a_round_through_the_worker_is_complete_within_capacity_and_repeatable(
    celery_worker_process: WorkerProcess,
    transactional_db: None,
) -> None:
    mentors, requests = builders.programme(8)
    first = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    # Chunks of 3 requests: the round fans out into a chord of three subtasks.
    tasks.run_round.delay(first.pk, 3)
    first = wait_for_run(first, celery_worker_process)
    assert first.progress == 100 and first.counts["requests"] == 8
    for request in requests:
        assert Proposal.objects.filter(request=request).exists()
    for profile in mentors:
        assert Proposal.objects.filter(mentor=profile, recommended=True).count() <= profile.capacity
    assert Proposal.objects.filter(recommended=True).count() == 8
    rows = snapshot()
    second = wait_for_run(
        match_runs.match_run_create(kind=MatchRun.Kind.ROUND), celery_worker_process
    )
    assert second.status == MatchRun.Status.SUCCEEDED
    assert snapshot() == rows  # same ids, same scores, ranks, flags and explanations
    assert Proposal.objects.filter(run=second).count() == len(rows)


def test_a_mentor_who_stops_accepting_is_taken_off_the_lists_by_a_mentor_run(
    celery_worker_process: WorkerProcess,
    transactional_db: None,
) -> None:
    mentors, _ = builders.programme(8)
    wait_for_run(match_runs.match_run_create(kind=MatchRun.Kind.ROUND), celery_worker_process)
    profile = mentors[0]
    named = set(
        Proposal.objects.filter(mentor=profile, status="suggested").values_list(
            "request_id", flat=True
        )
    )
    assert named
    # The edit commits (no test transaction here), so the worker gets the run's message.
    mentor_profile_update(profile=profile, actor=profile.user, accepting=False)
    run = wait_for_run(
        MatchRun.objects.get(kind=MatchRun.Kind.MENTOR, mentor=profile), celery_worker_process
    )
    assert run.counts["affected"] == len(named) and run.counts["requests"] == 8
    assert not Proposal.objects.filter(mentor=profile, status="suggested").exists()
    assert set(Proposal.objects.filter(run=run).values_list("request_id", flat=True)) == named
