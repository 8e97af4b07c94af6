"""Chunked scoring: one float32 matrix product per chunk, hard-filter masks, a top-k shortlist.

The score of a pair is sum_f w_f k_f x_f / sum_f w_f k_f, where k_f = 1 when both sides of
feature f are known. The numerator is a single product: the request-side block matrix carries
w_f times the request's known mask, and an unknown mentor side is a zero row. The denominator
depends only on the request and on the mentor's known pattern (there are few of those), so it
is a small (requests x patterns) table applied after the product.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from matching.engine.assignment import ASSIGN_DEPTH, Assignment, assign, run_positions
from matching.engine.features import (
    FEATURES,
    PRIOR_WEIGHTS,
    SHARED_BUDGETS,
    Encoded,
    Encoder,
    FeatureConfig,
    MentorProfiles,
    RequestProfiles,
    weight_vector,
)

# _top_k finds a bound on each row's k-th best score from the maxima of blocks of
# TOP_K_PLANES columns (see _candidates_by_planes); a matrix with too few columns for that
# reads every TOP_K_STRIDE-th column instead.
TOP_K_PLANES = 8
TOP_K_STRIDE = 8
# Rows with more candidates than this (fewer than k finite blocks, or many scores equal to the
# bound) are ordered one by one, so that one such row does not widen the padded matrix of all
# the others.
TOP_K_PAD_LIMIT = 4096

# Features whose mentor-side blocks are the same matrix share one block of the product: the
# request side adds their weighted rows (stated and inferred needs both meet the mentor's
# expertise; own and named service areas both meet the mentor's areas), which saves a block's
# width in every pair's dot product.
PRODUCT_GROUPS: tuple[tuple[str, ...], ...] = (
    *SHARED_BUDGETS,
    *((f,) for f in FEATURES if not any(f in pair for pair in SHARED_BUDGETS)),
)


@dataclass
class MentorIndex:
    """Mentor side, encoded once and reused for every request scored against it.

    The product runs over "columns": the available mentors, sorted by known pattern so that
    each pattern is a contiguous column range and its renormalisation folds into the request
    side of one product, and within a pattern by stage (unknown last), so that the mentors who
    are not ahead of a mentee at stage s are a prefix of every pattern's range. Unavailable
    mentors never enter the product. Availability changes more often than profiles, so
    `with_availability` rebuilds only the column part.
    """

    mentors: MentorProfiles
    encoder: Encoder
    encoded: Encoded
    dense: NDArray[np.float32]  # (n_mentors x D): all blocks of every mentor
    patterns: NDArray[np.float64]  # (P x F): the distinct known masks among mentors
    pattern_of: NDArray[np.intp]  # (n_mentors,)
    available: NDArray[np.bool_]  # accepting with free capacity
    columns: NDArray[np.intp]  # (n_columns,): mentor position of each column
    column_of: NDArray[np.intp]  # (n_mentors,): column of each mentor, -1 when unavailable
    groups: list[tuple[int, int, int]]  # (pattern, first column, end column)
    dense_t: NDArray[np.float32]  # (D x n_columns): the product's right-hand side
    # not_ahead[s][g]: the end of group g's prefix of columns whose mentors are not ahead of a
    # mentee at stage s (0 = unknown: none; all ends are the group's start when the config
    # does not require a mentor ahead). Masking a mentee's row is then a slice per group, not
    # a pass over every column.
    not_ahead: NDArray[np.intp]  # (7 x len(groups))

    def __len__(self) -> int:
        return len(self.mentors)

    def with_availability(
        self, free_capacity: NDArray[np.int64], accepting: NDArray[np.bool_]
    ) -> MentorIndex:
        mentors = replace(self.mentors, free_capacity=free_capacity, accepting=accepting)
        return _index(
            mentors, self.encoder, self.encoded, self.dense, self.patterns, self.pattern_of
        )


def _index(
    mentors: MentorProfiles,
    encoder: Encoder,
    encoded: Encoded,
    dense: NDArray[np.float32],
    patterns: NDArray[np.float64],
    pattern_of: NDArray[np.intp],
) -> MentorIndex:
    available = np.asarray(mentors.accepting, dtype=bool) & (np.asarray(mentors.free_capacity) > 0)
    candidates = np.flatnonzero(available)
    stages = np.asarray(mentors.stages, dtype=np.int64)
    # Known stages ascending, then unknown (never masked): a pattern's not-ahead mentors lead.
    stage_order = np.where(stages[candidates] > 0, stages[candidates], 7)
    columns = candidates[np.lexsort((stage_order, pattern_of[candidates]))].astype(np.intp)
    column_of = np.full(len(mentors), -1, dtype=np.intp)
    column_of[columns] = np.arange(len(columns))
    column_patterns = pattern_of[columns]
    starts = np.searchsorted(column_patterns, np.arange(len(patterns)), side="left")
    ends = np.searchsorted(column_patterns, np.arange(len(patterns)), side="right")
    groups = [
        (p, int(a), int(b)) for p, (a, b) in enumerate(zip(starts, ends, strict=True)) if b > a
    ]
    return MentorIndex(
        mentors=mentors,
        encoder=encoder,
        encoded=encoded,
        dense=dense,
        patterns=patterns,
        pattern_of=pattern_of,
        available=available,
        columns=columns,
        column_of=column_of,
        groups=groups,
        dense_t=np.ascontiguousarray(dense[columns].T),
        not_ahead=_not_ahead(stages[columns], groups, encoder.config.require_stage_ahead),
    )


def build_index(
    mentors: MentorProfiles,
    config: FeatureConfig | None = None,
    requests: RequestProfiles | None = None,
    corpus: Sequence[str] = (),
    labelled: Sequence[tuple[str, Sequence[str]]] = (),
) -> MentorIndex:
    """Encode the mentors once. `corpus` (e.g. every request's text) joins the bios in fitting
    TF-IDF; `labelled` (text, topic slugs) pairs, such as past requests, train the suggester.

    One BLAS thread: the dense work here is many small QRs and products, where OpenBLAS's
    threads spin against each other on a busy 2-core machine (measured: a 2,852 x 74 QR took
    0.36 s with two threads under load, 0.02 s with one)."""
    with threadpool_limits(limits=1):
        encoder = Encoder.fit(mentors, requests, config, corpus=corpus, labelled=labelled)
        encoded = encoder.encode_mentors(mentors)
    patterns, pattern_of = np.unique(encoded.known, axis=0, return_inverse=True)
    dense = sp.hstack([encoded.blocks[group[0]] for group in PRODUCT_GROUPS]).tocsr().toarray()
    return _index(
        mentors,
        encoder,
        encoded,
        np.ascontiguousarray(dense, dtype=np.float32),
        patterns.astype(np.float64),
        np.asarray(pattern_of, dtype=np.intp).ravel(),
    )


@dataclass
class PreparedRequests:
    """Request side with weights and known masks folded in, ready for chunked products."""

    requests: RequestProfiles
    encoded: Encoded
    weights: NDArray[np.float64]  # (n_requests x F): w_f times the request's scale for f
    dense: NDArray[np.float32]  # (n_requests x D)
    inv_denominator: NDArray[np.float32]  # (n_requests x P)
    excluded: sp.csr_matrix  # (n_requests x n_mentors) pattern of pairs that may not match

    def __len__(self) -> int:
        return len(self.requests)


def _same_organisation(
    request_orgs: NDArray[np.int64], mentor_orgs: NDArray[np.int64]
) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """All (request, mentor) positions sharing an organisation, by sorting rather than pairs."""
    order = np.argsort(mentor_orgs, kind="stable")
    sorted_orgs = mentor_orgs[order]
    lo = np.searchsorted(sorted_orgs, request_orgs, side="left")
    hi = np.searchsorted(sorted_orgs, request_orgs, side="right")
    counts = np.where(request_orgs >= 0, hi - lo, 0)
    rows, place = run_positions(counts)
    return rows, order[lo[rows] + place]


def prepare_requests(
    index: MentorIndex,
    requests: RequestProfiles,
    weights: dict[str, float] | None = None,
    excluded_pairs: tuple[NDArray[np.intp], NDArray[np.intp]] | None = None,
) -> PreparedRequests:
    """excluded_pairs are (request position, mentor position) arrays, e.g. earlier rejections."""
    with threadpool_limits(limits=1):  # small dense pieces: see build_index
        encoded = index.encoder.encode_requests(requests)
    w = weight_vector(weights if weights is not None else PRIOR_WEIGHTS)
    if (w < 0).any() or w.sum() <= 0:
        raise ValueError("weights must be non-negative and not all zero")
    scale = encoded.scale if encoded.scale is not None else np.ones(encoded.known.shape)
    per_request = scale * w
    folded = encoded.known * per_request  # (n x F): w_f where the request side is known
    dense = sp.hstack(
        [
            sum(
                (sp.diags(folded[:, FEATURES.index(f)]) @ encoded.blocks[f] for f in group),
                sp.csr_matrix(encoded.blocks[group[0]].shape),
            )
            for group in PRODUCT_GROUPS
        ]
    ).toarray()
    denominator = folded @ index.patterns.T
    inverse = np.divide(1.0, denominator, out=np.zeros_like(denominator), where=denominator > 0)
    rows, cols = _same_organisation(
        np.asarray(requests.organisation_ids, dtype=np.int64),
        np.asarray(index.mentors.organisation_ids, dtype=np.int64),
    )
    if excluded_pairs is not None:
        rows = np.concatenate([rows, np.asarray(excluded_pairs[0], dtype=np.intp)])
        cols = np.concatenate([cols, np.asarray(excluded_pairs[1], dtype=np.intp)])
    excluded = sp.csr_matrix(
        (np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(len(requests), len(index))
    )
    return PreparedRequests(
        requests=requests,
        encoded=encoded,
        weights=per_request,
        dense=np.ascontiguousarray(dense, dtype=np.float32),
        inv_denominator=inverse.astype(np.float32),
        excluded=excluded,
    )


@dataclass
class Shortlist:
    """Per request, the best mentors in descending score; -1 / -inf pad short rows."""

    request_positions: NDArray[np.intp]  # (n,) positions into the prepared requests
    mentors: NDArray[np.intp]  # (n x k) mentor positions
    scores: NDArray[np.float32]  # (n x k)

    def pairs(self) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float32]]:
        """Flattened valid (request position, mentor position, score) triples."""
        valid = self.mentors >= 0
        rows = np.broadcast_to(self.request_positions[:, None], self.mentors.shape)[valid]
        return rows, self.mentors[valid], self.scores[valid]

    @staticmethod
    def concatenate(parts: list[Shortlist]) -> Shortlist:
        width = max((p.mentors.shape[1] for p in parts), default=0)

        def pad(a: NDArray[np.generic], value: float) -> NDArray[np.generic]:
            return np.pad(a, ((0, 0), (0, width - a.shape[1])), constant_values=value)

        return Shortlist(
            request_positions=np.concatenate([p.request_positions for p in parts]),
            mentors=np.vstack([pad(p.mentors, -1) for p in parts]).astype(np.intp),
            scores=np.vstack([pad(p.scores, -np.inf) for p in parts]).astype(np.float32),
        )


def _not_ahead(
    stages: NDArray[np.int64], groups: list[tuple[int, int, int]], require_ahead: bool
) -> NDArray[np.intp]:
    """Row s, entry g: where group g's columns of mentors not ahead of stage s end (see
    MentorIndex.not_ahead); the columns are stage-sorted within each group."""
    ends = np.array([[start for _, start, _ in groups]] * 7, dtype=np.intp).reshape(7, -1)
    if require_ahead:
        for g, (_, start, end) in enumerate(groups):
            known = stages[start:end]
            for stage in range(1, 7):
                # Known stages come first, ascending: those <= stage are a prefix.
                ends[stage, g] = start + int(((known > 0) & (known <= stage)).sum())
    return ends


def score_chunk(
    index: MentorIndex,
    prepared: PreparedRequests,
    rows: NDArray[np.intp],
    out: NDArray[np.float32] | None = None,
) -> NDArray[np.float32]:
    """Masked float32 scores (len(rows) x n_columns); -inf where a hard filter applies.

    `out`, if given, is a float32 buffer of at least len(rows) x n_columns elements, written
    over and returned as that shape (see shortlist)."""
    shape = (len(rows), len(index.columns))
    if out is None:
        scores = np.empty(shape, dtype=np.float32)
    else:
        scores = out.ravel()[: shape[0] * shape[1]].reshape(shape)
    left = prepared.dense[rows]
    inverse = prepared.inv_denominator[rows]
    for pattern, start, end in index.groups:
        # One product per known pattern: 1 / denominator folded into the request side.
        np.matmul(
            left * inverse[:, pattern, None], index.dense_t[:, start:end], out=scores[:, start:end]
        )
    # Chunks are stage-sorted, so each run of equal stages is a contiguous slice of rows, and
    # the mentors not ahead of it are a prefix of each group's columns.
    stages = np.asarray(prepared.requests.stages)[rows]
    bounds = [0, *(np.flatnonzero(np.diff(stages)) + 1).tolist(), len(stages)]
    for start, end in itertools.pairwise(bounds):
        for (_, first, _), last in zip(index.groups, index.not_ahead[stages[start]], strict=True):
            if last > first:
                scores[start:end, first:last] = -np.inf
    # Excluded pairs straight from the CSR arrays (slicing the matrix by rows cost more).
    excluded = prepared.excluded
    starts = excluded.indptr[rows]
    at, place = run_positions(excluded.indptr[rows + 1] - starts)
    if len(at):
        columns = index.column_of[excluded.indices[starts[at] + place]]
        keep = columns >= 0
        scores[at[keep], columns[keep]] = -np.inf
    return scores


def tie_ranks(tie_keys: NDArray[np.int64]) -> NDArray[np.int64]:
    """Each column's place in tie-key order (equal keys by column): unique, 0..n-1."""
    ranks = np.empty(len(tie_keys), dtype=np.int64)
    ranks[np.argsort(tie_keys, kind="stable")] = np.arange(len(tie_keys))
    return ranks


def _candidates_by_planes(
    scores: NDArray[np.float32], k: int
) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float32]]:
    """Every score at or above a bound that at least k of its row's scores reach, in row order:
    (rows, columns, scores). Needs n_columns // TOP_K_PLANES >= k.

    Each row is cut into TOP_K_PLANES contiguous planes of P columns, and block b is column b
    of every plane (b, b + P, b + 2P, ...). The k-th largest block maximum is a safe bound:
    the k blocks above it each hold a score that reaches it. The maxima come from one pass of
    elementwise maxima over contiguous planes, and only the blocks whose maximum reaches the
    bound are read again, so about k candidates a row come through, not 2k, and no comparison
    runs over the whole matrix. Columns past the last whole plane are compared directly.
    """
    n_rows, n_columns = scores.shape
    width = n_columns // TOP_K_PLANES
    body = scores[:, : TOP_K_PLANES * width].reshape(n_rows, TOP_K_PLANES, width)
    maxima = body.max(axis=1)
    kth = np.partition(maxima, width - k, axis=1)[:, width - k]
    # A row with fewer than k finite blocks keeps every finite score.
    bound = np.maximum(kth, np.finfo(np.float32).min)
    hit_rows, hit_blocks = np.divmod(np.flatnonzero(maxima >= bound[:, None]), width)
    blocks = body[hit_rows, :, hit_blocks]  # (hits x planes)
    hit, plane = np.divmod(np.flatnonzero(blocks >= bound[hit_rows, None]), TOP_K_PLANES)
    rows = hit_rows[hit]
    columns = plane * width + hit_blocks[hit]
    picked = blocks[hit, plane]
    if TOP_K_PLANES * width < n_columns:
        start = TOP_K_PLANES * width
        tail_rows, tail_columns = np.divmod(
            np.flatnonzero(scores[:, start:] >= bound[:, None]), n_columns - start
        )
        rows = np.concatenate([rows, tail_rows])
        columns = np.concatenate([columns, tail_columns + start])
        picked = np.concatenate([picked, scores[tail_rows, tail_columns + start]])
    # Candidates row by row (within a row, any order: they are ordered by key later).
    order = np.argsort(rows, kind="stable")
    return rows[order], columns[order], picked[order]


def _candidates_by_sample(
    scores: NDArray[np.float32], k: int
) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float32]]:
    """As _candidates_by_planes, for matrices too narrow for it: every TOP_K_STRIDE-th column
    is read for the bound (every column when even that is narrow)."""
    n_rows, n_columns = scores.shape
    stride = TOP_K_STRIDE if n_columns >= 4 * k * TOP_K_STRIDE else 1
    sample = scores[:, ::stride]
    n_sampled = sample.shape[1]
    # A bound is safe when at least k of the row's scores reach it. The sample's k-th best is
    # always safe (the sample is part of the row) but lets about k x stride columns through;
    # its j-th best (j about 2k / stride) lets about 2k through and is safe for most rows,
    # which a count confirms. Rows it fails take the k-th best. A row with fewer than k finite
    # scores in its sample keeps all its finite scores.
    j = min(k, 2 * k // stride + 4)
    floor = np.finfo(np.float32).min
    bound = np.maximum(np.partition(sample, n_sampled - j, axis=1)[:, n_sampled - j], floor)
    flat = np.flatnonzero(scores >= bound[:, None])
    rows = flat // n_columns
    short = np.flatnonzero(np.bincount(rows, minlength=n_rows) < k)
    if len(short):
        # Rows too few of whose scores reached the tight bound: their candidates again, from
        # the safe bound, in row order with the others'.
        safe = np.partition(sample[short], n_sampled - k, axis=1)[:, n_sampled - k]
        again = np.flatnonzero(scores[short] >= np.maximum(safe, floor)[:, None])
        again_rows, again_columns = np.divmod(again, n_columns)
        flat = np.sort(
            np.concatenate(
                [flat[~np.isin(rows, short)], short[again_rows] * n_columns + again_columns]
            )
        )
        rows = flat // n_columns
    return rows, flat - rows * n_columns, scores.ravel()[flat]


def _top_k(
    scores: NDArray[np.float32],
    k: int,
    tie_keys: NDArray[np.int64],
    ranks: NDArray[np.int64] | None = None,
) -> tuple[NDArray[np.intp], NDArray[np.float32]]:
    """Each row's k best columns by (score descending, tie key ascending), -1 where -inf.

    A full argpartition of every row cost several times the matrix product. Instead, a bound
    on each row's k-th best score from below is found (_candidates_by_planes, or
    _candidates_by_sample for narrow matrices); only the columns at or above the bound (about
    k a row, ties included) are ordered, exactly, by one 64-bit key (score descending, tie
    rank), so equal scores come out in tie-key order whatever the layout: one argpartition of
    a padded (rows x candidates) matrix of keys, then a sort of each row's k. `ranks` is
    tie_ranks(tie_keys), if already known.
    """
    n_rows, n_columns = scores.shape
    k = min(k, n_columns)
    mentors = np.full((n_rows, k), -1, dtype=np.intp)
    values = np.full((n_rows, k), -np.inf, dtype=np.float32)
    if k == 0 or n_rows == 0:
        return mentors, values
    ranks = tie_ranks(tie_keys) if ranks is None else ranks
    if n_columns // TOP_K_PLANES >= k:
        rows, columns, picked = _candidates_by_planes(scores, k)
    else:
        rows, columns, picked = _candidates_by_sample(scores, k)
    picked = picked + np.float32(0.0)  # -0.0 and 0.0 tie, as they compare
    # One 64-bit key per candidate: float32 bits made monotonic (negatives flipped), then
    # descending, above the tie rank. Ascending keys are the row's order.
    bits = picked.view(np.uint32)
    ordered = np.where(bits >> 31, ~bits, bits | np.uint32(1 << 31))
    key = ((~ordered).astype(np.uint64) << np.uint64(32)) | ranks[columns].astype(np.uint64)
    # Candidates come row by row; each row's k smallest keys are found in a padded matrix (one
    # argpartition for all rows, then a sort of k per row), not by one sort of them all.
    counts = np.bincount(rows, minlength=n_rows)
    starts = np.cumsum(counts) - counts
    wide = counts > TOP_K_PAD_LIMIT
    width = int(counts[~wide].max(initial=0))
    if width:
        place = np.arange(len(rows)) - starts[rows]
        narrow = ~wide[rows]
        padded = np.full((n_rows, width), np.iinfo(np.uint64).max, dtype=np.uint64)
        padded[rows[narrow], place[narrow]] = key[narrow]
        take = min(k, width)
        part = (
            np.argpartition(padded, take - 1, axis=1)[:, :take]
            if width > take
            else np.broadcast_to(np.arange(width), (n_rows, width))
        )
        part = np.take_along_axis(
            part, np.argsort(np.take_along_axis(padded, part, axis=1), axis=1), axis=1
        )
        found = (part < counts[:, None]) & ~wide[:, None]
        source = (starts[:, None] + part)[found]
        at_row = np.broadcast_to(np.arange(n_rows)[:, None], part.shape)[found]
        at_place = np.broadcast_to(np.arange(take)[None, :], part.shape)[found]
        mentors[at_row, at_place] = columns[source]
        values[at_row, at_place] = picked[source]
    for row in np.flatnonzero(wide):  # many candidates: ordered on their own
        own = key[starts[row] : starts[row] + counts[row]]
        best = np.argpartition(own, k - 1)[:k] if len(own) > k else np.arange(len(own))
        best = best[np.argsort(own[best])] + starts[row]
        mentors[row, : len(best)] = columns[best]
        values[row, : len(best)] = picked[best]
    return mentors, values


def _chunks(
    prepared: PreparedRequests, chunk_size: int, rows: NDArray[np.intp] | None = None
) -> Iterator[NDArray[np.intp]]:
    # Requests of one stage share a mask row, so chunks are cut from stage-sorted positions.
    rows = np.arange(len(prepared), dtype=np.intp) if rows is None else np.asarray(rows)
    order = rows[np.argsort(np.asarray(prepared.requests.stages)[rows], kind="stable")]
    for start in range(0, len(order), chunk_size):
        yield order[start : start + chunk_size]


def shortlist(
    index: MentorIndex,
    prepared: PreparedRequests,
    top_k: int = 50,
    chunk_size: int = 256,
    threads: int = 2,
    rows: NDArray[np.intp] | None = None,
) -> Shortlist:
    """Top-k mentors per request (or per request position in `rows`), equal scores in mentor
    id order.

    Chunks run on `threads` threads with one BLAS thread each: numpy releases the GIL in the
    product and in argpartition, so both cores stay busy. Chunks of 256 requests, not 512:
    the same speed once warm, but a first call faults in half the memory for its buffers
    (10k x 10k, first call in a process: 0.32-0.35 s, against 0.35-0.44 s with 512)."""

    # Equal scores rank by mentor id, whatever the columns' layout or the chunking.
    tie_keys = np.asarray(index.mentors.ids, dtype=np.int64)[index.columns]
    ranks = tie_ranks(tie_keys)

    # One score buffer per thread, written over by each of its chunks, not a fresh array (10 MB
    # at 10k mentors) per chunk and its page faults (10k x 10k: 0.314-0.324 s before, 0.299-0.311 s
    # after, on an earlier machine).
    buffers = threading.local()

    def run(rows: NDArray[np.intp]) -> Shortlist:
        buffer = getattr(buffers, "scores", None)
        if buffer is None:
            buffer = buffers.scores = np.empty(chunk_size * len(index.columns), np.float32)
        scored = score_chunk(index, prepared, rows, out=buffer)
        columns, scores = _top_k(scored, top_k, tie_keys, ranks)
        mentors = np.where(columns >= 0, index.columns[np.maximum(columns, 0)], -1)
        return Shortlist(request_positions=rows, mentors=mentors, scores=scores)

    chunks = list(_chunks(prepared, chunk_size, rows))
    if not chunks or len(index.columns) == 0:
        width = 0 if len(index.columns) == 0 else top_k
        positions = np.arange(len(prepared), dtype=np.intp) if rows is None else np.asarray(rows)
        return Shortlist(
            request_positions=positions.astype(np.intp),
            mentors=np.full((len(positions), width), -1, dtype=np.intp),
            scores=np.full((len(positions), width), -np.inf, dtype=np.float32),
        )
    if len(chunks) == 1:  # one request, say: threads would only add their start-up cost
        parts = [run(chunks[0])]
    else:
        with threadpool_limits(limits=1), ThreadPoolExecutor(max_workers=threads) as pool:
            parts = list(pool.map(run, chunks))
    merged = Shortlist.concatenate(parts)
    back = np.argsort(merged.request_positions)
    return Shortlist(
        request_positions=merged.request_positions[back],
        mentors=merged.mentors[back],
        scores=merged.scores[back],
    )


# How many times requests the assignment left unmatched are shortlisted again, against the
# mentors with capacity left, and assigned to them.
FALLBACK_PASSES = 2
# When a request cannot have its first choice, the assignment prefers a mentor from one of the
# request's own service areas by this much score: a coordinator's second choice stays in the
# sector where someone there has room. Each request's first choice gets the same amount, so a
# first choice with room is never passed over for this.
SECTOR_PREFERENCE = 0.1


def _own_sector_bits(hot: sp.csr_matrix) -> NDArray[np.uint8]:
    """Each row's service areas as packed bits (an area counts where the row's value is 1)."""
    return np.packbits(np.asarray((hot == 1).toarray(), dtype=bool), axis=1)


@dataclass
class _SectorBits:
    """Own service areas as packed bits: every prepared request's and every mentor's."""

    requests: NDArray[np.uint8]
    mentors: NDArray[np.uint8]

    @classmethod
    def of(cls, index: MentorIndex, prepared: PreparedRequests) -> _SectorBits:
        return cls(
            requests=_own_sector_bits(prepared.encoded.blocks["sector"] > 0),
            mentors=_own_sector_bits(index.encoded.blocks["sector"]),
        )


def _preferred(
    bits: _SectorBits | None,
    request_positions: NDArray[np.intp],
    mentors: NDArray[np.intp],
    scores: NDArray[np.float32],
    preference: float,
) -> NDArray[np.float64]:
    """The scores the assignment maximises: each row's first choice and every mentor sharing a
    service area with the request gain `preference`; the stored scores are unchanged."""
    adjusted = np.asarray(scores, dtype=np.float64).copy()
    valid = mentors >= 0
    if bits is None or preference <= 0 or not valid.any():
        return adjusted
    shared: NDArray[np.bool_] = np.asarray(
        (bits.requests[request_positions][:, None, :] & bits.mentors[np.maximum(mentors, 0)]).any(
            axis=2
        )
    )
    shared[:, 0] = True
    adjusted[valid & shared] += preference
    return adjusted


def _assign_preferring(
    bits: _SectorBits | None,
    short: Shortlist,
    capacity: NDArray[np.int64],
    load_penalty: float,
    mentor_ids: NDArray[np.int64],
    preference: float,
) -> Assignment:
    """`assign` over the scores with the sector preference added (_preferred); the assignment
    carries each chosen mentor's stored score (0 where none)."""
    preferred = _preferred(bits, short.request_positions, short.mentors, short.scores, preference)
    result = assign(short.mentors, preferred, capacity, load_penalty, mentor_ids=mentor_ids)
    hit = (short.mentors == result.mentor[:, None]) & (result.mentor[:, None] >= 0)
    stored = np.where(hit.any(axis=1), np.where(hit, short.scores, 0).sum(axis=1), 0.0)
    return Assignment(mentor=result.mentor, score=stored)


def assign_with_fallback(
    index: MentorIndex,
    prepared: PreparedRequests,
    short: Shortlist,
    load_penalty: float = 0.0,
    passes: int = FALLBACK_PASSES,
    preference: float = SECTOR_PREFERENCE,
) -> tuple[Assignment, Shortlist]:
    """The capacity-aware assignment over the shortlists, then fallbacks for the unmatched.

    At national scale many similar requests share the same best mentors, so a request whose
    whole shortlist is taken by others is left unmatched although mentors with room exist
    further down. Each pass shortlists only those requests again, against the mentors with
    capacity left, and assigns them to that capacity (the load penalty counts slots from the
    mentor's remaining ones). Every assignment here prefers, by `preference`, a mentor from
    one of the request's own service areas when it cannot have its first choice (see
    SECTOR_PREFERENCE); the returned scores are the stored ones. The returned shortlist holds
    the chosen mentor in each rescued request's row (in its last place, below every mentor that
    ranked higher), so the stored proposals always include the recommended one.

    `short` must hold one row per prepared request, in request-position order.
    """
    ids = np.asarray(index.mentors.ids, dtype=np.int64)
    capacity = np.asarray(index.mentors.free_capacity, dtype=np.int64)
    # Worked out once for every pass below.
    bits = _SectorBits.of(index, prepared) if preference > 0 else None
    result = _assign_preferring(bits, short, capacity, load_penalty, ids, preference)
    if short.mentors.shape[1] == 0:
        return result, short
    mentors, scores = short.mentors.copy(), short.scores.copy()
    chosen, chosen_score = result.mentor.copy(), result.score.copy()
    for _ in range(passes):
        unmatched = np.flatnonzero((chosen < 0) & (mentors[:, 0] >= 0))
        residual = capacity - np.bincount(chosen[chosen >= 0], minlength=len(capacity))
        if len(unmatched) == 0 or not (residual > 0).any():
            break
        narrowed = index.with_availability(residual, index.mentors.accepting)
        again = shortlist(
            narrowed, prepared, top_k=ASSIGN_DEPTH, rows=short.request_positions[unmatched]
        )
        back = np.searchsorted(short.request_positions, again.request_positions)
        extra = _assign_preferring(bits, again, residual, load_penalty, ids, preference)
        rescued = extra.mentor >= 0
        if not rescued.any():
            break
        rows = back[rescued]
        chosen[rows], chosen_score[rows] = extra.mentor[rescued], extra.score[rescued]
        last = mentors.shape[1] - 1
        listed = (mentors[rows] == chosen[rows][:, None]).any(axis=1)
        mentors[rows[~listed], last] = chosen[rows[~listed]]
        scores[rows[~listed], last] = chosen_score[rows[~listed]]
    return (
        Assignment(mentor=chosen, score=chosen_score),
        Shortlist(request_positions=short.request_positions, mentors=mentors, scores=scores),
    )


@dataclass
class Explanation:
    """Per pair: feature values (nan when unknown), effective weights and contributions."""

    values: NDArray[np.float64]  # (n_pairs x F)
    weights: NDArray[np.float64]  # (n_pairs x F): renormalised over known features
    contributions: NDArray[np.float64]  # (n_pairs x F)
    scores: NDArray[np.float64]  # (n_pairs,) = contributions.sum(axis=1)
    incomplete: NDArray[np.bool_]  # (n_pairs,) some feature was unknown

    def rows(self, i: int) -> list[dict[str, object]]:
        """The JSON explanation of pair i: {feature, label, value, weight, contribution, known}."""
        from matching.engine.features import LABELS

        out: list[dict[str, object]] = []
        for j, feature in enumerate(FEATURES):
            value = self.values[i, j]
            known = bool(np.isfinite(value))
            out.append(
                {
                    "feature": feature,
                    "label": LABELS[feature],
                    "value": float(value) if known else None,
                    "weight": float(self.weights[i, j]),
                    "contribution": float(self.contributions[i, j]),
                    "known": known,
                }
            )
        return out

    def json_rows(self, order: NDArray[np.intp] | None = None) -> list[str]:
        """rows(i) serialised as JSON text for each pair (in `order`), without building dicts.

        Storing a round writes tens of thousands of explanations; formatting the text directly
        is several times faster than dicts through json.dumps, and parses back to rows(i).
        """
        from matching.engine.features import LABELS

        heads = [
            f'{{"feature": {json.dumps(f)}, "label": {json.dumps(LABELS[f])}, ' for f in FEATURES
        ]
        picked = np.arange(len(self.scores)) if order is None else order
        values = self.values[picked].tolist()
        weights = self.weights[picked].tolist()
        contributions = self.contributions[picked].tolist()
        out = []
        for value_row, weight_row, contribution_row in zip(
            values, weights, contributions, strict=True
        ):
            items = [
                f'{head}"value": {"null" if v != v else repr(v)}, "weight": {w!r}, '
                f'"contribution": {c!r}, "known": {"false" if v != v else "true"}}}'
                for head, v, w, c in zip(
                    heads, value_row, weight_row, contribution_row, strict=True
                )
            ]
            out.append("[" + ", ".join(items) + "]")
        return out


def _rowwise_dot(
    a: sp.csr_matrix, b: sp.csr_matrix, a_rows: NDArray[np.intp], b_rows: NDArray[np.intp]
) -> NDArray[np.float64]:
    return np.asarray(a[a_rows].multiply(b[b_rows]).sum(axis=1), dtype=np.float64).ravel()


def explain(
    index: MentorIndex,
    prepared: PreparedRequests,
    request_positions: NDArray[np.intp],
    mentor_positions: NDArray[np.intp],
) -> Explanation:
    """Exact float64 partial products for the given pairs only (the shortlist, not all pairs)."""
    r = np.asarray(request_positions, dtype=np.intp)
    m = np.asarray(mentor_positions, dtype=np.intp)
    n = len(r)
    values = np.empty((n, len(FEATURES)))
    for j, feature in enumerate(FEATURES):
        values[:, j] = _rowwise_dot(
            prepared.encoded.blocks[feature], index.encoded.blocks[feature], r, m
        )
    known = prepared.encoded.known[r] & index.encoded.known[m]
    raw = known * prepared.weights[r]
    total = raw.sum(axis=1, keepdims=True)
    weights = np.divide(raw, total, out=np.zeros_like(raw), where=total > 0)
    values = np.clip(values, 0.0, 1.0)
    contributions = weights * values
    values[~known] = np.nan
    return Explanation(
        values=values,
        weights=weights,
        contributions=contributions,
        scores=contributions.sum(axis=1),
        incomplete=np.asarray(~known.all(axis=1), dtype=bool),
    )
