"""Match runs: queue, start, score and finish them, for one request, one mentor's change or a
whole round.

A run's state machine is queued -> running -> succeeded | failed, each move audited. The
numeric work happens in `matching.engine`; storing the result in `proposal_writer`. Any
exception inside a run goes through one handler, `match_run_failure_recorded`, which leaves
the run failed with its error and lets the exception propagate (so Celery sees it too).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import numpy as np
from django.conf import settings
from django.db.models import Count, F, Min, Q, Value
from django.db.models.functions import Least
from django.utils import timezone

from accounts.models import User
from core.audit import audit_event_record
from core.models import AuditEvent
from matching import queue, selectors
from matching.engine.assignment import DEFAULT_LOAD_PENALTY, Assignment, assign, gini
from matching.engine.features import RequestProfiles
from matching.engine.scoring import (
    MentorIndex,
    PreparedRequests,
    assign_with_fallback,
    prepare_requests,
    score_chunk,
    shortlist,
)
from matching.engine.shortlists import ShortlistPart, merge_by_ids, pairs_to_store, positions
from matching.models import MatchRun, MentoringRequest, MentorProfile, Proposal
from matching.notifications import notify_coordinators_of_new_proposals
from matching.services.proposal_writer import proposals_write

SHORTLIST_SIZE = 50
ROUND_CHUNK_SIZE = 2000
QUEUED_ROUND_GRACE_MINUTES = 10

Verb = AuditEvent.Verb
_VERBS = {
    MatchRun.Status.QUEUED: Verb.MATCH_RUN_QUEUED,
    MatchRun.Status.RUNNING: Verb.MATCH_RUN_RUNNING,
    MatchRun.Status.SUCCEEDED: Verb.MATCH_RUN_SUCCEEDED,
    MatchRun.Status.FAILED: Verb.MATCH_RUN_FAILED,
}


def proposals_per_request() -> int:
    return int(getattr(settings, "MATCH_PROPOSALS_PER_REQUEST", 5))


def load_penalty() -> float:
    """Lambda of the assignment's convex per-slot cost (see matching.engine.assignment)."""
    return float(getattr(settings, "MATCH_LOAD_PENALTY", DEFAULT_LOAD_PENALTY))


# --- The run's state machine ------------------------------------------------------------------


def _run_move(run: MatchRun, status: str, **fields: Any) -> None:
    previous = run.status
    run.status = status
    for name, value in fields.items():
        setattr(run, name, value)
    run.save(update_fields=["status", *fields])
    audit_event_record(
        actor=run.requested_by,
        verb=_VERBS[MatchRun.Status(status)],
        target=run,
        from_status=previous,
        to_status=status,
        reason=run.error if status == MatchRun.Status.FAILED else "",
        data={"kind": run.kind, "counts": run.counts} if run.counts else {"kind": run.kind},
    )


def match_run_create(
    *,
    kind: str,
    request: MentoringRequest | None = None,
    mentor: MentorProfile | None = None,
    actor: User | None = None,
    enqueue: bool = True,
) -> MatchRun:
    """A queued run; with `enqueue` its task is sent once the transaction commits.

    A request run names its `request`, a mentor run its `mentor`; a round names neither.
    """
    if kind == MatchRun.Kind.REQUEST and request is None:
        raise ValueError("a request run needs a request")
    if kind == MatchRun.Kind.MENTOR and mentor is None:
        raise ValueError("a mentor run needs a mentor")
    run = MatchRun.objects.create(
        kind=kind,
        request=request,
        mentor=mentor,
        requested_by=actor,
        model=selectors.scoring_model_active(),
    )
    audit_event_record(actor=actor, verb=Verb.MATCH_RUN_QUEUED, target=run, to_status=run.status)
    if enqueue:
        if kind == MatchRun.Kind.REQUEST:
            assert request is not None
            queue.scoring_enqueue_on_commit(
                queue.TASK_SCORE_REQUEST, request_id=request.pk, run_id=run.pk
            )
        elif kind == MatchRun.Kind.MENTOR:
            queue.scoring_enqueue_on_commit(queue.TASK_SCORE_MENTOR, run_id=run.pk)
        else:
            queue.scoring_enqueue_on_commit(queue.TASK_RUN_ROUND, run_id=run.pk)
    return run


def match_run_start(*, run: MatchRun) -> bool:
    """Mark a run running; False when it already finished (a redelivered message)."""
    run.refresh_from_db()
    if run.status in (MatchRun.Status.SUCCEEDED, MatchRun.Status.FAILED):
        return False
    _run_move(run, MatchRun.Status.RUNNING, started_at=timezone.now(), progress=0, error="")
    return True


def match_run_fail(*, run: MatchRun, error: str) -> None:
    run.refresh_from_db()
    if run.status == MatchRun.Status.FAILED:
        return
    _run_move(run, MatchRun.Status.FAILED, error=error[:5000], finished_at=timezone.now())


@contextmanager
def match_run_failure_recorded(run: MatchRun) -> Iterator[None]:
    """The one failure handler: an exception inside leaves `run` failed, then propagates."""
    try:
        yield
    except Exception as exc:
        match_run_fail(run=run, error=f"{type(exc).__name__}: {exc}")
        raise


def match_run_progress(*, run: MatchRun, progress: int) -> None:
    MatchRun.objects.filter(pk=run.pk, progress__lt=progress).update(progress=min(progress, 99))


def _match_run_succeed(run: MatchRun, counts: dict[str, Any]) -> MatchRun:
    run.refresh_from_db()
    _run_move(
        run, MatchRun.Status.SUCCEEDED, progress=100, counts=counts, finished_at=timezone.now()
    )
    return run


def match_run_for_mentor_change(*, profile: MentorProfile) -> MatchRun | None:
    """After a mentor profile is saved (M2M included), queue a mentor run for it.

    The run re-scores only the open requests the change can move (`mentor_change_score`), so
    one mentor's edit no longer rewrites every request's suggestions. A recent queued round, or
    a recent queued run for this same mentor, will read the profile as it is when it starts,
    so no second run is queued: a burst of edits (six clicks on "accepting") costs one run.
    """
    # M2M edits do not bump updated_at, and the mentor index cache keys on it.
    MentorProfile.objects.filter(pk=profile.pk).update(updated_at=timezone.now())
    if not MentoringRequest.objects.filter(status=MentoringRequest.Status.OPEN).exists():
        return None
    # Only a recent queued run counts: one whose message was lost must not block re-scoring.
    recent = timezone.now() - timedelta(minutes=QUEUED_ROUND_GRACE_MINUTES)
    if (
        MatchRun.objects.filter(status=MatchRun.Status.QUEUED, created_at__gte=recent)
        .filter(Q(kind=MatchRun.Kind.ROUND) | Q(kind=MatchRun.Kind.MENTOR, mentor=profile))
        .exists()
    ):
        return None
    return match_run_create(kind=MatchRun.Kind.MENTOR, mentor=profile)


# --- Scoring ----------------------------------------------------------------------------------


def _prepare(index: MentorIndex, requests: RequestProfiles, run: MatchRun) -> PreparedRequests:
    """The requests ready for the product, with pairs a person acted on excluded."""
    acted = selectors.acted_pairs(requests.ids.tolist())
    rows = positions(requests.ids, [a for a, _ in acted])
    cols = positions(index.mentors.ids, [b for _, b in acted])
    keep = (rows >= 0) & (cols >= 0)
    weights = selectors.scoring_weights(run.model)
    return prepare_requests(index, requests, weights, excluded_pairs=(rows[keep], cols[keep]))


def _tell_coordinators(run: MatchRun, request_ids: list[int], counts: dict[str, Any]) -> None:
    """One digest e-mail per run that wrote new proposals, never one per proposal.

    A run over unchanged data rewrites the same suggestions; they are not news, so a second
    manual round sends no second, identical digest. Only requests with a first-time
    suggestion from this run are listed.
    """
    if not counts.get("new"):
        return
    fresh = (
        Proposal.objects.filter(
            run=run,
            request_id__in=request_ids,
            status=Proposal.Status.SUGGESTED,
            created_at__gte=run.started_at or run.created_at,
        )
        .order_by()
        .values_list("request_id", flat=True)
        .distinct()
    )
    notify_coordinators_of_new_proposals(request_ids=list(fresh))


def request_score(*, request: MentoringRequest, run: MatchRun | None = None) -> MatchRun:
    """Score one request against every mentor and store its proposals.

    `run` records the work; without one (a manual call) a request run is created first.
    """
    if run is None:
        run = match_run_create(kind=MatchRun.Kind.REQUEST, request=request, enqueue=False)
    if not match_run_start(run=run):
        return run
    with match_run_failure_recorded(run):
        started = time.perf_counter()
        index = selectors.mentor_index()
        requests = selectors.requests_for_engine([request.pk])
        if len(requests) == 0:  # withdrawn or matched since it was enqueued: nothing to do
            return _match_run_succeed(run, {"requests": 0, "proposals": 0})
        prepared = _prepare(index, requests, run)
        short = shortlist(index, prepared, top_k=SHORTLIST_SIZE)
        chosen = assign(
            short.mentors, short.scores, index.mentors.free_capacity, mentor_ids=index.mentors.ids
        ).mentor
        pairs = pairs_to_store(index, prepared, short, chosen, proposals_per_request())
        counts: dict[str, Any] = proposals_write(
            run=run, request_ids=requests.ids.tolist(), pairs=pairs
        )
        _tell_coordinators(run, requests.ids.tolist(), counts)
        counts["requests"] = 1
        counts["seconds"] = round(time.perf_counter() - started, 3)
        return _match_run_succeed(run, counts)


def _mentor_scores(
    index: MentorIndex, run: MatchRun, request_ids: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """(request ids, scores) of the open requests the run's mentor may be proposed for now.

    One column of the product: the index with every other mentor made unavailable. Hard
    filters leave -inf, and those requests are left out; a mentor not accepting or without a
    free place has no column, so nothing comes back. Requests are encoded a chunk at a time,
    as a round does, so memory stays bounded however many are open.
    """
    mentors = index.mentors
    only = index.with_availability(
        mentors.free_capacity, np.asarray(mentors.accepting, bool) & (mentors.ids == run.mentor_id)
    )
    found_ids: list[np.ndarray] = []
    found_scores: list[np.ndarray] = []
    if len(only.columns) == 1:
        for start in range(0, len(request_ids), ROUND_CHUNK_SIZE):
            requests = selectors.requests_for_engine(request_ids[start : start + ROUND_CHUNK_SIZE])
            prepared = _prepare(only, requests, run)
            column = score_chunk(only, prepared, np.arange(len(requests), dtype=np.intp))[:, 0]
            finite = np.isfinite(column)
            found_ids.append(requests.ids[finite])
            found_scores.append(column[finite].astype(np.float64))
    if not found_ids:
        return np.empty(0, np.int64), np.empty(0, np.float64)
    return np.concatenate(found_ids), np.concatenate(found_scores)


# A stored score is the explanation's float64 sum, the column's a float32 product: a mentor
# within this of a request's lowest suggestion is treated as reaching it.
SCORE_TOLERANCE = 1e-5


def _requests_touched(index: MentorIndex, run: MatchRun, open_ids: Sequence[int]) -> list[int]:
    """The open requests whose suggestions one mentor's change can move, sorted by id.

    (a) every open request with a `suggested` proposal naming the mentor (the change may drop
    or re-rank it), and (b) every open request the mentor may now be proposed for whose list
    is short or whose lowest suggestion the mentor's new score reaches. One grouped query gives
    each request's suggestion count and lowest score.
    """
    suggested = Proposal.objects.filter(
        status=Proposal.Status.SUGGESTED, request__status=MentoringRequest.Status.OPEN
    ).order_by()
    touched = set(
        suggested.filter(mentor_id=run.mentor_id).values_list("request_id", flat=True).distinct()
    )
    ids, scores = _mentor_scores(index, run, open_ids)
    if len(ids):
        lists = list(
            suggested.values("request_id")
            .annotate(n=Count("id"), low=Min("score"))
            .values_list("request_id", "n", "low")
        )
        counts = np.zeros(len(ids), np.int64)
        lowest = np.full(len(ids), np.inf)
        if lists:
            listed = np.array([r for r, _, _ in lists], np.int64)
            order = np.argsort(listed)
            at = positions(listed[order], ids)
            has = at >= 0
            counts[has] = np.array([n for _, n, _ in lists], np.int64)[order][at[has]]
            lowest[has] = np.array([low for _, _, low in lists], np.float64)[order][at[has]]
        reaches = (counts < proposals_per_request()) | (scores >= lowest - SCORE_TOLERANCE)
        touched.update(ids[reaches].tolist())
    return sorted(touched)


def _capacity_left(index: MentorIndex, rescored: np.ndarray) -> MentorIndex:
    """The index with each mentor's free places less those recommended to other open requests.

    A round spreads recommendations under capacity over all open requests; the requests a
    mentor run leaves alone keep theirs, so the ones it re-scores share only what is left.
    Without this every edit would hand each mentor's places out again, and recommendations
    would pile up past capacity on the popular mentors. One query, with no list of ids.
    """
    held = np.array(
        Proposal.objects.filter(
            status=Proposal.Status.SUGGESTED,
            recommended=True,
            request__status=MentoringRequest.Status.OPEN,
        )
        .order_by()
        .values_list("request_id", "mentor_id"),
        dtype=np.int64,
    ).reshape(-1, 2)
    elsewhere = held[~np.isin(held[:, 0], rescored), 1]
    at = positions(index.mentors.ids, elsewhere)
    taken = np.bincount(at[at >= 0], minlength=len(index))
    free = np.maximum(np.asarray(index.mentors.free_capacity) - taken, 0)
    return index.with_availability(free, index.mentors.accepting)


def mentor_change_score(*, run: MatchRun) -> MatchRun:
    """Re-score the open requests one mentor's saved change touches, and only those.

    The mentor's own column says which open requests they may now be proposed for and how
    well; with the requests already suggesting them, those are the only lists the change can
    move (`_requests_touched`). Those requests are shortlisted against every mentor, assigned
    with the round's fallbacks to the places other requests' recommendations leave free
    (`_capacity_left`), explained and written, as a round does for all; every other request's
    proposals stay exactly as they were.
    """
    if not match_run_start(run=run):
        return run
    with match_run_failure_recorded(run):
        started = time.perf_counter()
        index = selectors.mentor_index()
        open_ids = selectors.open_request_ids()
        affected = _requests_touched(index, run, open_ids)
        match_run_progress(run=run, progress=50)
        counts: dict[str, Any] = {"proposals": 0, "new": 0, "recommended": 0, "deleted": 0}
        matched = 0
        requests = selectors.requests_for_engine(affected)
        if len(requests):
            prepared = _prepare(index, requests, run)
            short = shortlist(index, prepared, top_k=SHORTLIST_SIZE)
            left = _capacity_left(index, requests.ids)
            result, short = assign_with_fallback(left, prepared, short, load_penalty())
            pairs = pairs_to_store(index, prepared, short, result.mentor, proposals_per_request())
            match_run_progress(run=run, progress=90)
            ids = requests.ids.tolist()
            counts = proposals_write(run=run, request_ids=ids, pairs=pairs)
            _tell_coordinators(run, ids, counts)
            matched = int((result.mentor >= 0).sum())
        counts.update(
            requests=len(open_ids),
            affected=len(requests),
            matched=matched,
            unmatched=len(requests) - matched,
            seconds=round(time.perf_counter() - started, 3),
        )
        return _match_run_succeed(run, counts)


def round_start(*, run: MatchRun, chunk_size: int = ROUND_CHUNK_SIZE) -> list[list[int]] | None:
    """Mark a round running and cut the open requests into chunks; None if it already ran."""
    if not match_run_start(run=run):
        return None
    with match_run_failure_recorded(run):
        ids = selectors.open_request_ids()
        return [ids[i : i + chunk_size] for i in range(0, len(ids), chunk_size)]


def round_score_chunk(*, run: MatchRun, request_ids: Sequence[int], total: int) -> dict[str, Any]:
    """Shortlists for one chunk of a round, as JSON-able lists of ids and scores.

    `total` is the number of chunks; each finished chunk moves the progress bar (to 90%).
    """
    with match_run_failure_recorded(run):
        index = selectors.mentor_index()
        requests = selectors.requests_for_engine(request_ids)
        short = shortlist(index, _prepare(index, requests, run), top_k=SHORTLIST_SIZE)
        valid = short.mentors >= 0
        mentor_ids = np.where(valid, index.mentors.ids[np.maximum(short.mentors, 0)], -1)
        step = max(90 // max(total, 1), 1)
        MatchRun.objects.filter(pk=run.pk).update(progress=Least(F("progress") + step, Value(90)))
        return {
            "request_ids": requests.ids[short.request_positions].tolist(),
            "mentor_ids": mentor_ids.tolist(),
            "scores": np.where(valid, short.scores, -1.0).round(7).tolist(),
        }


def round_finish(*, run: MatchRun, parts: Sequence[dict[str, Any]]) -> MatchRun:
    """Merge the chunks' shortlists, assign under capacity, explain and write proposals."""
    with match_run_failure_recorded(run):
        started = time.perf_counter()
        index = selectors.mentor_index()
        request_ids = [i for p in parts for i in p["request_ids"]]
        requests = selectors.requests_for_engine(request_ids)
        prepared = _prepare(index, requests, run)
        short = merge_by_ids(
            requests.ids,
            index.mentors.ids,
            [ShortlistPart(p["request_ids"], p["mentor_ids"], p["scores"]) for p in parts],
        )
        match_run_progress(run=run, progress=92)
        result, short = assign_with_fallback(index, prepared, short, load_penalty())
        pairs = pairs_to_store(index, prepared, short, result.mentor, proposals_per_request())
        match_run_progress(run=run, progress=95)
        counts: dict[str, Any] = proposals_write(
            run=run, request_ids=requests.ids.tolist(), pairs=pairs
        )
        _tell_coordinators(run, requests.ids.tolist(), counts)
        counts.update(_round_counts(index, requests, result))
        counts["finish_seconds"] = round(time.perf_counter() - started, 3)
        return _match_run_succeed(run, counts)


def _round_counts(
    index: MentorIndex, requests: RequestProfiles, result: Assignment
) -> dict[str, Any]:
    loads = result.loads(len(index))
    usable = index.available
    return {
        "requests": len(requests),
        "mentors": int(usable.sum()),
        "matched": int((result.mentor >= 0).sum()),
        "unmatched": int((result.mentor < 0).sum()),
        "total_score": round(result.total, 6),
        "mentor_load_gini": round(gini(loads[usable]), 4),
    }


def round_run(*, run: MatchRun, chunk_size: int = ROUND_CHUNK_SIZE) -> MatchRun:
    """A whole round in this process (the `--sync` path and the benchmark)."""
    chunks = round_start(run=run, chunk_size=chunk_size)
    if chunks is None:
        return run
    parts = [round_score_chunk(run=run, request_ids=c, total=len(chunks)) for c in chunks]
    return round_finish(run=run, parts=parts)
