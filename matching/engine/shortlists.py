"""Shortlists by id: find ids in sorted arrays, merge chunk shortlists, pick the pairs to store.

A round scores its requests in chunks (possibly on several workers), which hand back plain ids
and scores. These functions turn them back into positions, and choose and rank the pairs a
run stores. Every order here breaks ties explicitly, by (-score, mentor id), so two runs over
unchanged data store identical rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from matching.engine.scoring import MentorIndex, PreparedRequests, Shortlist, explain


def positions(
    ids: NDArray[np.int64], wanted: Sequence[int] | NDArray[np.int64]
) -> NDArray[np.intp]:
    """Positions of `wanted` ids in the sorted `ids`; -1 where an id is absent."""
    wanted_arr = np.asarray(wanted, dtype=np.int64)
    if len(ids) == 0:
        return np.full(len(wanted_arr), -1, dtype=np.intp)
    found = np.minimum(np.searchsorted(ids, wanted_arr), len(ids) - 1)
    return np.where(ids[found] == wanted_arr, found, -1).astype(np.intp)


@dataclass(frozen=True)
class ShortlistPart:
    """One chunk's shortlist by id: per request, its mentors' ids and scores (-1 pads)."""

    request_ids: Sequence[int]
    mentor_ids: Sequence[Sequence[int]]
    scores: Sequence[Sequence[float]]


def merge_by_ids(
    request_ids: NDArray[np.int64], mentor_ids: NDArray[np.int64], parts: Sequence[ShortlistPart]
) -> Shortlist:
    """One shortlist over `request_ids` (sorted) from chunk parts given by id.

    A request or mentor no longer in the given ids (closed, or gone, while the round ran) is
    dropped. Each row is ordered by score descending, then mentor id ascending.
    """
    width = max((len(row) for part in parts for row in part.mentor_ids), default=0)
    mentors = np.full((len(request_ids), width), -1, dtype=np.intp)
    scores = np.full((len(request_ids), width), -np.inf, dtype=np.float32)
    for part in parts:
        rows = positions(request_ids, part.request_ids)
        for row, ids, values in zip(rows.tolist(), part.mentor_ids, part.scores, strict=True):
            if row < 0 or not ids:
                continue
            id_arr = np.asarray(ids, dtype=np.int64)
            value_arr = np.asarray(values, dtype=np.float32)
            cols = positions(mentor_ids, id_arr)
            ok = (cols >= 0) & (id_arr >= 0)
            order = np.lexsort((id_arr[ok], -value_arr[ok]))
            n = int(ok.sum())
            mentors[row, :n] = cols[ok][order]
            scores[row, :n] = value_arr[ok][order]
    return Shortlist(np.arange(len(request_ids), dtype=np.intp), mentors, scores)


@dataclass
class StoredPairs:
    """The pairs a run stores, grouped by request and ranked, with their explanations."""

    request_ids: NDArray[np.int64]
    mentor_ids: NDArray[np.int64]
    scores: NDArray[np.float64]
    ranks: NDArray[np.int64]
    recommended: NDArray[np.bool_]
    explanations: list[str]  # JSON text, see Explanation.json_rows

    def __len__(self) -> int:
        return len(self.request_ids)


def pairs_to_store(
    index: MentorIndex,
    prepared: PreparedRequests,
    short: Shortlist,
    chosen: NDArray[np.intp],
    top_n: int,
) -> StoredPairs:
    """Each request's top `top_n` plus the assignment's choice, ranked by the exact score.

    `chosen` holds, per prepared request, the mentor position the assignment picked (-1: none).
    Ranks follow the float64 score; equal scores rank by mentor id.
    """
    mentors = short.mentors
    valid = mentors >= 0
    keep = valid & (np.arange(mentors.shape[1])[None, :] < top_n)
    is_chosen = valid & (mentors == chosen[short.request_positions][:, None])
    keep |= is_chosen
    rows = np.broadcast_to(short.request_positions[:, None], mentors.shape)[keep]
    cols = mentors[keep]
    recommended = is_chosen[keep]
    result = explain(index, prepared, rows, cols)
    mentor_ids = index.mentors.ids[cols]
    order = np.lexsort((mentor_ids, -result.scores, rows))
    rows, recommended = rows[order], recommended[order]
    first = np.searchsorted(rows, rows, side="left")
    ranks = np.arange(len(rows)) - first + 1
    return StoredPairs(
        request_ids=prepared.requests.ids[rows],
        mentor_ids=mentor_ids[order],
        scores=result.scores[order],
        ranks=ranks.astype(np.int64),
        recommended=recommended,
        explanations=result.json_rows(order),
    )
