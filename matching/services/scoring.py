"""Scoring runs: load profiles, run the engine, and write proposals in bulk, idempotently.

Re-running is safe. Proposals are upserted on (request, mentor). Only `suggested` proposals are
written: a pair a person has acted on (any other status) is excluded from scoring and its row
is never touched. A `suggested` proposal that drops out of a request's new list is deleted,
not withdrawn: nobody acted on it, and `withdrawn` is kept for proposals people saw.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Value
from django.db.models.functions import Least
from django.utils import timezone
from numpy.typing import NDArray

from accounts.models import User
from core.audit import audit_event_record
from matching import selectors
from matching.engine import learning
from matching.engine.assignment import DEFAULT_LOAD_PENALTY, Assignment, assign, gini
from matching.engine.features import FEATURES, RequestProfiles
from matching.engine.scoring import (
    MentorIndex,
    PreparedRequests,
    Shortlist,
    build_index,
    explain,
    prepare_requests,
    shortlist,
)
from matching.models import MatchRun, MentoringRequest, MentorProfile, Proposal, ScoringModel
from matching.notifications import notify_coordinators_of_new_proposals

SHORTLIST_SIZE = 50
ROUND_CHUNK_SIZE = 2000
WRITE_BATCH = 2000
QUEUED_ROUND_GRACE_MINUTES = 10


def proposals_per_request() -> int:
    return int(getattr(settings, "MATCH_PROPOSALS_PER_REQUEST", 5))


def load_penalty() -> float:
    """Lambda of the assignment's convex per-slot cost (see matching.engine.assignment)."""
    return float(getattr(settings, "MATCH_LOAD_PENALTY", DEFAULT_LOAD_PENALTY))


# Per worker process: the encoded mentors, keyed by the mentor fingerprint, and the last
# index built from them for a given availability (reused while no load changes).
_index_cache: dict[str, tuple[tuple[Any, ...], MentorIndex]] = {}


def mentor_index() -> MentorIndex:
    """The encoded mentors (cached) with availability as of now."""
    fingerprint = selectors.mentor_fingerprint()
    cached = _index_cache.get("mentors")
    if cached is None or cached[0] != fingerprint:
        cached = (fingerprint, build_index(selectors.mentor_profiles_for_engine()))
        _index_cache["mentors"] = cached
        _index_cache.pop("available", None)
    free, accepting = selectors.mentor_availability(cached[1].mentors)
    last = _index_cache.get("available")
    if (
        last is not None
        and last[0] == fingerprint
        and np.array_equal(last[1].mentors.free_capacity, free)
        and np.array_equal(last[1].mentors.accepting, accepting)
    ):
        return last[1]
    index = cached[1].with_availability(free, accepting)
    _index_cache["available"] = (fingerprint, index)
    return index


def _positions(ids: NDArray[np.int64], wanted: Sequence[int]) -> NDArray[np.intp]:
    """Positions of `wanted` ids in the sorted `ids`; -1 when absent."""
    wanted_arr = np.asarray(wanted, dtype=np.int64)
    if len(ids) == 0:
        return np.full(len(wanted_arr), -1, dtype=np.intp)
    pos = np.minimum(np.searchsorted(ids, wanted_arr), len(ids) - 1)
    return np.where(ids[pos] == wanted_arr, pos, -1).astype(np.intp)


def _prepare(
    index: MentorIndex, requests: RequestProfiles, weights: dict[str, float]
) -> PreparedRequests:
    acted = selectors.acted_pairs(requests.ids.tolist())
    rows = _positions(requests.ids, [a for a, _ in acted])
    cols = _positions(index.mentors.ids, [b for _, b in acted])
    keep = (rows >= 0) & (cols >= 0)
    return prepare_requests(index, requests, weights, excluded_pairs=(rows[keep], cols[keep]))


def _run_transition(run: MatchRun, status: str, **fields: Any) -> None:
    previous = run.status
    run.status = status
    for name, value in fields.items():
        setattr(run, name, value)
    run.save(update_fields=["status", *fields])
    audit_event_record(
        actor=run.requested_by,
        verb=f"match_run.{status}",
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
    actor: User | None = None,
    enqueue: bool = True,
) -> MatchRun:
    """A queued run; with `enqueue` its task is sent once the transaction commits."""
    from matching import tasks

    run = MatchRun.objects.create(
        kind=kind, request=request, requested_by=actor, model=selectors.scoring_model_active()
    )
    audit_event_record(actor=actor, verb="match_run.queued", target=run, to_status=run.status)
    if enqueue:
        run_id = run.pk
        if kind == MatchRun.Kind.REQUEST:
            assert request is not None, "a request run needs a request"
            request_id = request.pk
            transaction.on_commit(lambda: tasks.score_request.delay(request_id, run_id))
        else:
            transaction.on_commit(lambda: tasks.run_round.delay(run_id))
    return run


def match_run_start(*, run: MatchRun) -> bool:
    """Mark a run running; False when it already finished (a redelivered message)."""
    run.refresh_from_db()
    if run.status in (MatchRun.Status.SUCCEEDED, MatchRun.Status.FAILED):
        return False
    _run_transition(run, MatchRun.Status.RUNNING, started_at=timezone.now(), progress=0, error="")
    return True


def match_run_fail(*, run: MatchRun, error: str) -> None:
    run.refresh_from_db()
    if run.status == MatchRun.Status.FAILED:
        return
    _run_transition(run, MatchRun.Status.FAILED, error=error[:5000], finished_at=timezone.now())


def match_run_progress(*, run: MatchRun, progress: int) -> None:
    MatchRun.objects.filter(pk=run.pk, progress__lt=progress).update(progress=min(progress, 99))


def _tell_coordinators(request_ids: list[int], counts: dict[str, Any]) -> None:
    """One digest e-mail per run that wrote proposals, never one per proposal."""
    if counts.get("proposals"):
        notify_coordinators_of_new_proposals(request_ids=request_ids)


def _succeed(run: MatchRun, counts: dict[str, Any]) -> MatchRun:
    run.refresh_from_db()
    _run_transition(
        run, MatchRun.Status.SUCCEEDED, progress=100, counts=counts, finished_at=timezone.now()
    )
    return run


@dataclass
class _Stored:
    """The pairs to store for a set of requests, with their explanations."""

    request_ids: NDArray[np.int64]
    mentor_ids: NDArray[np.int64]
    scores: NDArray[np.float64]
    ranks: NDArray[np.int64]
    recommended: NDArray[np.bool_]
    explanations: list[str]  # JSON text, see Explanation.json_rows


def _select_stored(
    index: MentorIndex,
    prepared: PreparedRequests,
    short: Shortlist,
    chosen: NDArray[np.intp],
    top_n: int,
) -> _Stored:
    """Top `top_n` per request plus the assignment's choice, ranked by the exact score."""
    mentors = short.mentors
    valid = mentors >= 0
    keep = valid & (np.arange(mentors.shape[1])[None, :] < top_n)
    is_chosen = valid & (mentors == chosen[short.request_positions][:, None])
    keep |= is_chosen
    rows = np.broadcast_to(short.request_positions[:, None], mentors.shape)[keep]
    cols = mentors[keep]
    recommended = is_chosen[keep]
    result = explain(index, prepared, rows, cols)
    # Rank within each request by the exact float64 score (ties keep shortlist order).
    order = np.lexsort((-result.scores, rows))
    rows, cols, recommended = rows[order], cols[order], recommended[order]
    first = np.searchsorted(rows, rows, side="left")
    ranks = np.arange(len(rows)) - first + 1
    return _Stored(
        request_ids=prepared.requests.ids[rows],
        mentor_ids=index.mentors.ids[cols],
        scores=result.scores[order],
        ranks=ranks.astype(np.int64),
        recommended=recommended,
        explanations=result.json_rows(order),
    )


def _write(run: MatchRun, request_ids: Sequence[int], stored: _Stored) -> dict[str, int]:
    """Upsert the stored pairs and delete the requests' stale suggestions, in one transaction.

    A pair a person acted on is skipped, and the upsert itself only ever updates a row that is
    still `suggested`, so a coordinator acting at the same moment is never overwritten.
    """
    now = timezone.now()
    with transaction.atomic():
        existing = list(
            Proposal.objects.filter(request_id__in=list(request_ids))
            .order_by("id")
            .values_list("id", "request_id", "mentor_id", "status")
        )
        acted = {(r, m) for _, r, m, s in existing if s != Proposal.Status.SUGGESTED}
        rows = []
        for i in range(len(stored.request_ids)):
            pair = (int(stored.request_ids[i]), int(stored.mentor_ids[i]))
            if pair not in acted:
                rows.append(
                    (
                        *pair,
                        float(stored.scores[i]),
                        int(stored.ranks[i]),
                        bool(stored.recommended[i]),
                        stored.explanations[i],
                    )
                )
        if connection.vendor == "postgresql":
            _upsert_postgresql(rows, run, now)
        else:
            _upsert_bulk(rows, run, now)
        new_pairs = {(r[0], r[1]) for r in rows}
        stale = [
            pk
            for pk, r, m, s in existing
            if s == Proposal.Status.SUGGESTED and (r, m) not in new_pairs
        ]
        for start in range(0, len(stale), WRITE_BATCH):
            Proposal.objects.filter(
                id__in=stale[start : start + WRITE_BATCH], status=Proposal.Status.SUGGESTED
            ).delete()
    return {
        "proposals": len(rows),
        "recommended": int(sum(r[4] for r in rows)),
        "deleted": len(stale),
    }


_Row = tuple[int, int, float, int, bool, str]
_UPDATED = ("score", "rank", "recommended", "explanation", "run", "updated_at")


def _upsert_bulk(rows: list[_Row], run: MatchRun, now: datetime) -> None:
    """Portable upsert (SQLite in development). Rows come from a read that skipped acted pairs."""
    objects = [
        Proposal(
            request_id=r[0], mentor_id=r[1], score=r[2], rank=r[3], recommended=r[4],
            explanation=json.loads(r[5]), run=run, status=Proposal.Status.SUGGESTED, created_at=now,
            status_changed_at=now,
        )
        for r in rows
    ]  # fmt: skip
    Proposal.objects.bulk_create(
        objects,
        batch_size=WRITE_BATCH,
        update_conflicts=True,
        unique_fields=["request", "mentor"],
        update_fields=list(_UPDATED),
    )


def _upsert_postgresql(rows: list[_Row], run: MatchRun, now: datetime) -> None:
    """COPY into a temporary table, then one INSERT .. ON CONFLICT .. WHERE still suggested.

    bulk_create spends most of its time quoting JSON into arrays on the client; COPY streams
    the rows, and the WHERE clause guards acted-on rows inside the database.
    """
    meta = Proposal._meta
    columns = {f.name: str(f.column) for f in meta.concrete_fields}

    def col(name: str) -> str:
        return connection.ops.quote_name(columns[name])

    table = connection.ops.quote_name(meta.db_table)
    staged = ("request", "mentor", "score", "rank", "recommended", "explanation")
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMPORARY TABLE matching_proposal_stage (request_id bigint, mentor_id bigint,"
            " score double precision, rank integer, recommended boolean, explanation jsonb)"
            " ON COMMIT DROP"
        )
        with cursor.cursor.copy("COPY matching_proposal_stage FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
        inserted = [*staged, "status", "reason", "run", "created_at", "updated_at"]
        inserted.append("status_changed_at")
        updates = ", ".join(f"{col(f)} = EXCLUDED.{col(f)}" for f in _UPDATED)
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(col(f) for f in inserted)})"
            " SELECT request_id, mentor_id, score, rank, recommended, explanation,"
            " %s, '', %s, %s, %s, %s FROM matching_proposal_stage"
            f" ON CONFLICT ({col('request')}, {col('mentor')}) DO UPDATE SET {updates}"
            f" WHERE {table}.{col('status')} = %s",
            [Proposal.Status.SUGGESTED, run.pk, now, now, now, Proposal.Status.SUGGESTED],
        )
        cursor.execute("DROP TABLE matching_proposal_stage")


def _weights(run: MatchRun) -> dict[str, float]:
    return selectors.scoring_weights(run.model)


def request_score(*, run: MatchRun) -> MatchRun:
    """Score one request against every mentor and store its proposals (a `request` run)."""
    if not match_run_start(run=run):
        return run
    try:
        started = time.perf_counter()
        assert run.request_id is not None, "a request run needs a request"
        index = mentor_index()
        requests = selectors.requests_for_engine([run.request_id])
        if len(requests) == 0:  # withdrawn or matched since it was enqueued: nothing to do
            return _succeed(run, {"requests": 0, "proposals": 0})
        prepared = _prepare(index, requests, _weights(run))
        short = shortlist(index, prepared, top_k=SHORTLIST_SIZE)
        chosen = assign(short.mentors, short.scores, index.mentors.free_capacity).mentor
        stored = _select_stored(index, prepared, short, chosen, proposals_per_request())
        counts: dict[str, Any] = _write(run, requests.ids.tolist(), stored)
        _tell_coordinators(requests.ids.tolist(), counts)
        counts["requests"] = 1
        counts["seconds"] = round(time.perf_counter() - started, 3)
        return _succeed(run, counts)
    except Exception as exc:
        match_run_fail(run=run, error=f"{type(exc).__name__}: {exc}")
        raise


def round_request_chunks(*, chunk_size: int = ROUND_CHUNK_SIZE) -> list[list[int]]:
    ids = selectors.open_request_ids()
    return [ids[i : i + chunk_size] for i in range(0, len(ids), chunk_size)]


def round_score_chunk(*, run: MatchRun, request_ids: Sequence[int], total: int) -> dict[str, Any]:
    """Shortlists for one chunk of a round, as JSON-able lists of ids and scores.

    `total` is the number of chunks; each finished chunk moves the progress bar (to 90%).
    """
    index = mentor_index()
    requests = selectors.requests_for_engine(request_ids)
    short = shortlist(index, _prepare(index, requests, _weights(run)), top_k=SHORTLIST_SIZE)
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
    try:
        started = time.perf_counter()
        index = mentor_index()
        request_ids = [i for p in parts for i in p["request_ids"]]
        requests = selectors.requests_for_engine(request_ids)
        prepared = _prepare(index, requests, _weights(run))
        width = max((len(row) for p in parts for row in p["mentor_ids"]), default=0)
        mentors = np.full((len(requests), width), -1, dtype=np.intp)
        scores = np.full((len(requests), width), -np.inf, dtype=np.float32)
        for part in parts:
            rows = _positions(requests.ids, part["request_ids"])
            for row, ids, values in zip(rows, part["mentor_ids"], part["scores"], strict=True):
                if row < 0 or not ids:
                    continue  # the request closed while the round ran
                cols = _positions(index.mentors.ids, ids)
                ok = (cols >= 0) & (np.asarray(ids) >= 0)
                mentors[row, : ok.sum()] = cols[ok]
                scores[row, : ok.sum()] = np.asarray(values, dtype=np.float32)[ok]
        short = Shortlist(np.arange(len(requests), dtype=np.intp), mentors, scores)
        match_run_progress(run=run, progress=92)
        result = assign(short.mentors, short.scores, index.mentors.free_capacity, load_penalty())
        stored = _select_stored(index, prepared, short, result.mentor, proposals_per_request())
        match_run_progress(run=run, progress=95)
        counts: dict[str, Any] = _write(run, requests.ids.tolist(), stored)
        _tell_coordinators(requests.ids.tolist(), counts)
        counts.update(_round_counts(index, requests, result))
        counts["finish_seconds"] = round(time.perf_counter() - started, 3)
        return _succeed(run, counts)
    except Exception as exc:
        match_run_fail(run=run, error=f"{type(exc).__name__}: {exc}")
        raise


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
    if not match_run_start(run=run):
        return run
    try:
        chunks = round_request_chunks(chunk_size=chunk_size)
        parts = [round_score_chunk(run=run, request_ids=c, total=len(chunks)) for c in chunks]
    except Exception as exc:
        match_run_fail(run=run, error=f"{type(exc).__name__}: {exc}")
        raise
    return round_finish(run=run, parts=parts)


def request_enqueue_scoring(
    *, request: MentoringRequest, requested_by: User | None = None
) -> MatchRun:
    """Call after saving a request: creates its run and enqueues scoring once committed."""
    return match_run_create(kind=MatchRun.Kind.REQUEST, request=request, actor=requested_by)


def mentor_profile_changed(*, profile: MentorProfile) -> MatchRun | None:
    """Call after saving a mentor profile (M2M included): open requests get re-scored.

    One round re-scores them all. A round still queued will already see the change, so no
    second one is queued; that keeps a burst of edits from flooding the scoring queue.
    """
    # M2M edits do not bump updated_at, and the mentor index cache keys on it.
    MentorProfile.objects.filter(pk=profile.pk).update(updated_at=timezone.now())
    if not MentoringRequest.objects.filter(status=MentoringRequest.Status.OPEN).exists():
        return None
    # Only a recent queued round counts: one whose message was lost must not block re-scoring.
    recent = timezone.now() - timedelta(minutes=QUEUED_ROUND_GRACE_MINUTES)
    if MatchRun.objects.filter(
        kind=MatchRun.Kind.ROUND, status=MatchRun.Status.QUEUED, created_at__gte=recent
    ).exists():
        return None
    return match_run_create(kind=MatchRun.Kind.ROUND)


def _as_float(value: Any) -> float:
    return np.nan if value is None else float(value)


def _training_data() -> tuple[NDArray[np.float64], NDArray[np.int64], NDArray[np.float64]]:
    """Feature vectors of decided proposals, read back from their stored explanations."""
    positive = {
        Proposal.Status.APPROVED,
        Proposal.Status.ACCEPTED,
        Proposal.Status.CONFIRMED,
    }
    xs, ys, ts = [], [], []
    for status, reason, explanation, changed_at in selectors.decided_proposals():
        if status in positive:
            label = 1
        elif status == Proposal.Status.REJECTED or (
            status == Proposal.Status.DECLINED and learning.is_fit_related(reason)
        ):
            label = 0
        else:
            continue  # withdrawn, expired, or declined for reasons unrelated to fit
        values = {item.get("feature"): item.get("value") for item in explanation or []}
        xs.append([_as_float(values.get(f)) for f in FEATURES])
        ys.append(label)
        ts.append(changed_at.timestamp())
    return (
        np.array(xs, dtype=np.float64).reshape(-1, len(FEATURES)),
        np.array(ys, dtype=np.int64),
        np.array(ts, dtype=np.float64),
    )


def scoring_model_retrain(*, actor: User | None = None) -> ScoringModel:
    """Fit weights on decided proposals; save a new version, active only if no worse."""
    x, y, decided_at = _training_data()
    with transaction.atomic():
        active = ScoringModel.objects.select_for_update().filter(active=True).first()
        result = learning.train(
            x, y, decided_at, active_weights=selectors.scoring_weights(active) if active else None
        )
        last = ScoringModel.objects.order_by("-version").values_list("version", flat=True).first()
        # Until a model is activated, scoring uses the prior weights (see selectors).
        activate = result.activate
        if activate and active is not None:
            ScoringModel.objects.filter(pk=active.pk).update(active=False)
        model = ScoringModel.objects.create(
            version=(last or 0) + 1,
            weights=result.weights,
            trained_on=result.trained_on,
            metrics={**result.metrics, "decision": result.reason},
            active=activate,
            library_version=str(result.metrics.get("sklearn_version", "")),
            format_version=learning.FORMAT_VERSION,
        )
        audit_event_record(
            actor=actor,
            verb="scoring_model.activated" if activate else "scoring_model.trained",
            target=model,
            from_status="",
            to_status="active" if activate else "inactive",
            reason=result.reason,
            data={"metrics": model.metrics},
        )
    return model


def scoring_model_retrain_enqueue(*, actor: User | None = None) -> dict[str, Any]:
    """Queue a retrain once committed. The id is the version the retrain will save."""
    from matching import tasks

    actor_id = actor.pk if actor is not None else None
    transaction.on_commit(lambda: tasks.retrain_scoring_model.delay(actor_id))
    last = ScoringModel.objects.order_by("-version").values_list("version", flat=True).first()
    return {"id": (last or 0) + 1, "status": MatchRun.Status.QUEUED}
