"""Celery entry points for scoring: thin, taking ids and calling one service each.

Every task is idempotent (a redelivered message re-runs harmlessly), acknowledged late, and
rejected back to the queue if the worker dies mid-task.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import chord, shared_task
from celery.signals import task_prerun, worker_process_init
from django.contrib.contenttypes.models import ContentType
from django.db import connections

from accounts.models import User
from matching.models import MatchRun, MentoringRequest
from matching.services import scoring

logger = logging.getLogger(__name__)


@worker_process_init.connect
def _warm_mentor_index(**kwargs: Any) -> None:
    """Encode the mentors when a worker process starts, not on the first request it scores.

    Encoding 10,000 mentors takes most of a second; done here, a new request's scoring stays
    well under its 300 ms budget from the first task on. The cache follows later changes.
    """
    try:
        scoring.mentor_index()
    except Exception:  # an unmigrated database must not stop the worker from starting
        logger.warning("Could not warm the mentor index at worker start.", exc_info=True)
    finally:
        connections.close_all()


@task_prerun.connect
def _forget_content_type_ids(**kwargs: Any) -> None:
    """Audit events cache ContentType ids per process. A long-lived worker must not keep ids
    from a database that was flushed and re-seeded under it (as transactional tests do)."""
    ContentType.objects.clear_cache()


@shared_task(
    name="matching.score_request", queue="scoring", acks_late=True, reject_on_worker_lost=True
)
def score_request(request_id: int, run_id: int | None = None) -> int | None:
    """Score one request; without a run id (e.g. a manual call) a run is created first."""
    if run_id is None:
        request = MentoringRequest.objects.filter(pk=request_id).first()
        if request is None:
            return None
        run = scoring.match_run_create(kind=MatchRun.Kind.REQUEST, request=request, enqueue=False)
    else:
        found = MatchRun.objects.filter(pk=run_id).first()
        if found is None:  # its request was deleted and the run with it: nothing to score
            return None
        run = found
    return scoring.request_score(run=run).pk


@shared_task(name="matching.run_round", queue="scoring", acks_late=True, reject_on_worker_lost=True)
def run_round(run_id: int, chunk_size: int = scoring.ROUND_CHUNK_SIZE) -> int:
    """Fan the open requests out as chunk subtasks; a chord callback merges and assigns."""
    run = MatchRun.objects.get(pk=run_id)
    if not scoring.match_run_start(run=run):
        return run.pk
    try:
        chunks = scoring.round_request_chunks(chunk_size=chunk_size)
    except Exception as exc:
        scoring.match_run_fail(run=run, error=f"{type(exc).__name__}: {exc}")
        raise
    header = [score_round_chunk.s(run_id, chunk, len(chunks)) for chunk in chunks]
    if not header:
        finish_round.delay([], run_id)
        return run.pk
    chord(header)(finish_round.s(run_id).on_error(round_failed.s(run_id)))
    return run.pk


@shared_task(
    name="matching.score_round_chunk", queue="scoring", acks_late=True, reject_on_worker_lost=True
)
def score_round_chunk(run_id: int, request_ids: list[int], total: int) -> dict[str, Any]:
    run = MatchRun.objects.get(pk=run_id)
    return scoring.round_score_chunk(run=run, request_ids=request_ids, total=total)


@shared_task(
    name="matching.finish_round", queue="scoring", acks_late=True, reject_on_worker_lost=True
)
def finish_round(parts: list[dict[str, Any]], run_id: int) -> int:
    run = MatchRun.objects.get(pk=run_id)
    if run.status != MatchRun.Status.RUNNING:
        return run.pk  # already finished: a redelivered callback
    return scoring.round_finish(run=run, parts=parts).pk


@shared_task(
    name="matching.round_failed", queue="scoring", acks_late=True, reject_on_worker_lost=True
)
def round_failed(request: Any, exc: BaseException, traceback: Any, run_id: int) -> None:
    """Errback of the chord: a failed chunk leaves the run failed with its error."""
    run = MatchRun.objects.get(pk=run_id)
    scoring.match_run_fail(run=run, error=f"{type(exc).__name__}: {exc}")


@shared_task(
    name="matching.run_nightly_round", queue="scoring", acks_late=True, reject_on_worker_lost=True
)
def run_nightly_round() -> int:
    run = scoring.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    return int(run_round(run.pk))


@shared_task(
    name="matching.retrain_scoring_model",
    queue="scoring",
    acks_late=True,
    reject_on_worker_lost=True,
)
def retrain_scoring_model(actor_id: int | None = None) -> int:
    actor = User.objects.filter(pk=actor_id).first() if actor_id is not None else None
    return scoring.scoring_model_retrain(actor=actor).pk
