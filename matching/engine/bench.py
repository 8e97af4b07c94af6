"""The engine benchmark: synthetic profiles through scoring, assignment and explanations."""

from __future__ import annotations

import resource
import time
from dataclasses import asdict, dataclass

import numpy as np

from matching.engine import synthetic
from matching.engine.assignment import (
    DEFAULT_LOAD_PENALTY,
    assign_min_cost_flow,
    exact_reference,
    gini,
)
from matching.engine.reference import ReferenceScorer
from matching.engine.scoring import (
    assign_with_fallback,
    build_index,
    explain,
    prepare_requests,
    score_chunk,
    shortlist,
)

TOP_K = 50
STORED_PER_REQUEST = 5
GAP_SIZE = 1000
REFERENCE_SAMPLE = (40, 500)  # requests x mentors timed with the per-pair Python scorer


@dataclass
class BenchResult:
    mentors: int
    requests: int
    encode_s: float  # fitting vocabularies, encoding mentors once and the requests
    score_s: float  # scoring every pair (products, masks) and the top-50 shortlists
    assign_s: float  # min-cost flow with the load penalty, then fallbacks for the unmatched
    explain_s: float  # exact explanations of the stored pairs (top 5 + recommended)
    pairs_per_s: float
    peak_rss_mb: float
    ratio_vs_python: float
    python_pairs_per_s: float
    optimality_gap: float | None  # None when skipped
    mentor_load_gini: float
    mentor_load_gini_unpenalised: float
    score_loss_from_spreading: float
    capacity_over_demand: float
    load_penalty: float
    matched: int


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def optimality_gap(size: int = GAP_SIZE, seed: int = 11) -> float:
    """Shortlist + min-cost flow against scipy's exact assignment on the full score matrix."""
    mentors = synthetic.mentors(size, seed=seed)
    requests = synthetic.requests(size, seed=seed + 1)
    index = build_index(mentors)
    prepared = prepare_requests(index, requests)
    short = shortlist(index, prepared, top_k=TOP_K)
    ours = assign_min_cost_flow(short.mentors, short.scores, mentors.free_capacity).total
    full = np.full((size, size), -np.inf)
    full[:, index.columns] = score_chunk(index, prepared, np.arange(size))
    best = exact_reference(full, mentors.free_capacity)
    return (best - ours) / best if best > 0 else 0.0


def run(
    n_mentors: int,
    n_requests: int,
    load_penalty: float = DEFAULT_LOAD_PENALTY,
    seed: int = 0,
    gap: bool = True,
) -> BenchResult:
    mentors = synthetic.mentors(n_mentors, seed=seed)
    requests = synthetic.requests(n_requests, seed=seed + 1)
    # A worker imports scikit-learn once; time the encoding, not that import.
    import sklearn.feature_extraction.text  # noqa: F401

    started = time.perf_counter()
    index = build_index(mentors)
    prepared = prepare_requests(index, requests)
    encode_s = time.perf_counter() - started

    started = time.perf_counter()
    short = shortlist(index, prepared, top_k=TOP_K)
    score_s = time.perf_counter() - started

    capacity = mentors.free_capacity
    started = time.perf_counter()
    spread, stored = assign_with_fallback(index, prepared, short, load_penalty)
    assign_s = time.perf_counter() - started
    plain, _ = assign_with_fallback(index, prepared, short)
    short = stored

    started = time.perf_counter()
    keep = (short.mentors >= 0) & (np.arange(short.mentors.shape[1]) < STORED_PER_REQUEST)
    keep |= short.mentors == spread.mentor[:, None]
    rows = np.broadcast_to(short.request_positions[:, None], short.mentors.shape)[keep]
    explained = explain(index, prepared, rows, short.mentors[keep])
    explain_s = time.perf_counter() - started
    assert np.abs(explained.contributions.sum(axis=1) - explained.scores).max() < 1e-9

    sample_r = min(REFERENCE_SAMPLE[0], n_requests)
    sample_m = min(REFERENCE_SAMPLE[1], n_mentors)
    reference = ReferenceScorer(index.encoder, mentors, requests)
    started = time.perf_counter()
    reference.score_matrix(list(range(sample_r)), list(range(sample_m)))
    python_pairs_per_s = sample_r * sample_m / (time.perf_counter() - started)
    pairs_per_s = n_requests * n_mentors / score_s

    usable = index.available
    loads = spread.loads(n_mentors)[usable]
    return BenchResult(
        mentors=n_mentors,
        requests=n_requests,
        encode_s=round(encode_s, 4),
        score_s=round(score_s, 4),
        assign_s=round(assign_s, 4),
        explain_s=round(explain_s, 4),
        pairs_per_s=round(pairs_per_s),
        peak_rss_mb=round(_peak_rss_mb(), 1),
        ratio_vs_python=round(pairs_per_s / python_pairs_per_s, 1),
        python_pairs_per_s=round(python_pairs_per_s),
        optimality_gap=round(optimality_gap(), 6) if gap else None,
        mentor_load_gini=round(gini(loads), 4),
        mentor_load_gini_unpenalised=round(gini(plain.loads(n_mentors)[usable]), 4),
        score_loss_from_spreading=round((plain.total - spread.total) / plain.total, 5),
        capacity_over_demand=round(float(capacity[usable].sum()) / n_requests, 3),
        load_penalty=load_penalty,
        matched=int((spread.mentor >= 0).sum()),
    )


def as_dict(result: BenchResult) -> dict[str, float | int | None]:
    return asdict(result)
