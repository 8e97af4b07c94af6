"""Store a run's scored pairs as `suggested` proposals, in bulk and idempotently.

Proposals are upserted on (request, mentor). Only `suggested` proposals are written: a pair a
person has acted on (any other status) is never touched. A `suggested` proposal that drops out
of a request's new list is deleted, not withdrawn: nobody acted on it, and `withdrawn` is kept
for proposals people saw. On PostgreSQL the rows stream in with COPY.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from django.db import connection, transaction
from django.utils import timezone

from matching.engine.shortlists import StoredPairs
from matching.models import MatchRun, Proposal

WRITE_BATCH = 2000

_Row = tuple[int, int, float, int, bool, str]
_UPDATED = ("score", "rank", "recommended", "explanation", "run", "updated_at")


def proposals_write(
    *, run: MatchRun, request_ids: Sequence[int], pairs: StoredPairs
) -> dict[str, int]:
    """Upsert the pairs and delete the requests' stale suggestions, in one transaction.

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
        rows: list[_Row] = []
        for i in range(len(pairs)):
            pair = (int(pairs.request_ids[i]), int(pairs.mentor_ids[i]))
            if pair not in acted:
                rows.append(
                    (
                        *pair,
                        float(pairs.scores[i]),
                        int(pairs.ranks[i]),
                        bool(pairs.recommended[i]),
                        pairs.explanations[i],
                    )
                )
        if connection.vendor == "postgresql":
            _upsert_postgresql(rows, run, now)
        else:
            _upsert_bulk(rows, run, now)
        new_pairs = {(r[0], r[1]) for r in rows}
        # Pairs this run suggests for the first time: only these are news for coordinators.
        first_time = new_pairs - {(r, m) for _, r, m, _ in existing}
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
        "new": len(first_time),
        "recommended": int(sum(r[4] for r in rows)),
        "deleted": len(stale),
    }


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
