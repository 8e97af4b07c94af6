"""Celery entry points for scoring: thin, taking ids, loading rows and calling one service each.

Every task is idempotent (a redelivered message re-runs harmlessly), acknowledged late, and
rejected back to the queue if the worker dies mid-task. Failures are recorded on the run by
the services' one handler (`match_runs.match_run_failure_recorded`); a chunk lost inside a
chord reaches the run through the chord's errback, `round_failed`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from celery import chord, shared_task
from celery.app.task import Task
from celery.signals import task_prerun, worker_process_init
from django.contrib.contenttypes.models import ContentType
from django.db import connections

from accounts.models import User
from matching import queue, selectors
from matching.models import MatchRun, MentoringRequest
from matching.services import match_runs, retraining

logger = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


def scoring_task(name: str) -> Callable[[Callable[P, R]], Task[P, R]]:
    """A task on the CPU-heavy scoring queue, acknowledged only once it has finished."""
    return shared_task(
        name=name, queue=queue.SCORING_QUEUE, acks_late=True, reject_on_worker_lost=True
    )


@worker_process_init.connect
def _warm_mentor_index(**kwargs: Any) -> None:
    """Encode the mentors when a worker process starts, not on the first request it scores.

    Encoding 10,000 mentors takes most of a second; done here, a new request's scoring stays
    well under its 300 ms budget from the first task on. The cache follows later changes.
    """
    try:
        selectors.mentor_index()
    except Exception:  # an unmigrated database must not stop the worker from starting
        logger.warning("Could not warm the mentor index at worker start.", exc_info=True)
    finally:
        connections.close_all()


@task_prerun.connect
def _forget_content_type_ids(**kwargs: Any) -> None:
    """Audit events cache ContentType ids per process. A long-lived worker must not keep ids
    from a database that was flushed and re-seeded under it (as transactional tests do)."""
    ContentType.objects.clear_cache()


@scoring_task(queue.TASK_SCORE_REQUEST)
def score_request(request_id: int, run_id: int | None = None) -> int | None:
    """Score one request; without a run id (e.g. a manual call) the service creates a run."""
    request = MentoringRequest.objects.filter(pk=request_id).first()
    if request is None:  # deleted, and its runs with it: nothing to score
        return None
    run = None
    if run_id is not None:
        run = MatchRun.objects.filter(pk=run_id).first()
        if run is None:
            return None
    return match_runs.request_score(request=request, run=run).pk


@scoring_task(queue.TASK_SCORE_MENTOR)
def score_mentor_change(run_id: int) -> int | None:
    """Re-score what one mentor's saved change touches (a mentor run)."""
    run = MatchRun.objects.filter(pk=run_id).first()
    if run is None:  # the mentor's profile was deleted, and its runs with it
        return None
    return match_runs.mentor_change_score(run=run).pk


@scoring_task(queue.TASK_RUN_ROUND)
def run_round(run_id: int, chunk_size: int = match_runs.ROUND_CHUNK_SIZE) -> int:
    """Fan the open requests out as chunk subtasks; a chord callback merges and assigns."""
    run = MatchRun.objects.get(pk=run_id)
    chunks = match_runs.round_start(run=run, chunk_size=chunk_size)
    if chunks is None:
        return run.pk
    header = [score_round_chunk.s(run_id, chunk, len(chunks)) for chunk in chunks]
    if not header:
        finish_round.delay([], run_id)
        return run.pk
    chord(header)(finish_round.s(run_id).on_error(round_failed.s(run_id)))
    return run.pk


@scoring_task("matching.score_round_chunk")
def score_round_chunk(run_id: int, request_ids: list[int], total: int) -> dict[str, Any]:
    run = MatchRun.objects.get(pk=run_id)
    return match_runs.round_score_chunk(run=run, request_ids=request_ids, total=total)


@scoring_task("matching.finish_round")
def finish_round(parts: list[dict[str, Any]], run_id: int) -> int:
    run = MatchRun.objects.get(pk=run_id)
    if run.status != MatchRun.Status.RUNNING:
        return run.pk  # already finished: a redelivered callback
    return match_runs.round_finish(run=run, parts=parts).pk


@scoring_task("matching.round_failed")
def round_failed(request: Any, exc: BaseException, traceback: Any, run_id: int) -> None:
    """Errback of the chord: a chunk that failed (or was lost) leaves the run failed."""
    run = MatchRun.objects.get(pk=run_id)
    match_runs.match_run_fail(run=run, error=f"{type(exc).__name__}: {exc}")


@scoring_task("matching.run_nightly_round")
def run_nightly_round() -> int:
    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    return int(run_round(run.pk))


@scoring_task(queue.TASK_RETRAIN_SCORING_MODEL)
def retrain_scoring_model(actor_id: int | None = None) -> int:
    actor = User.objects.filter(pk=actor_id).first() if actor_id is not None else None
    return retraining.scoring_model_retrain(actor=actor).pk
