"""Equal scores rank by mentor id: the same data in any order gives the same ranks and choices."""

from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from matching.engine.assignment import assign
from matching.engine.features import MentorProfiles
from matching.engine.scoring import (
    TOP_K_PLANES,
    _top_k,
    build_index,
    prepare_requests,
    shortlist,
)
from tests.engine import helpers

# Six interchangeable mentors (equal scores for every request) and two distinct ones.
TWIN = {"expertise": ["tupe"], "sectors": ["housing"], "stage": 6, "region": "london"}
MENTORS = [
    TWIN,
    {"expertise": ["pensions"], "sectors": ["housing"], "stage": 6, "region": "wales"},
    TWIN,
    TWIN,
    {"expertise": ["tupe", "pensions"], "sectors": ["housing"], "stage": 6, "region": "london"},
    TWIN,
    TWIN,
    TWIN,
]
REQUESTS = [
    {"needs": ["tupe"], "sectors": ["housing"], "stage": 2, "region": "london"},
    {"needs": ["tupe", "pensions"], "sectors": ["housing"], "stage": 3, "region": "london"},
    {"needs": ["tupe"], "sectors": ["housing"], "stage": 2, "region": "london"},
]


def permuted(mentors: MentorProfiles, order: NDArray[np.intp]) -> MentorProfiles:
    def pick(values: Any) -> Any:
        if values is None:
            return None
        if isinstance(values, np.ndarray):
            return values[order]
        return [values[i] for i in order.tolist()]

    return replace(mentors, **{k: pick(v) for k, v in mentors.__dict__.items()})


def ranked_ids(mentors: MentorProfiles, top_k: int) -> tuple[list[list[int]], list[int]]:
    requests = helpers.requests(REQUESTS)
    index = build_index(mentors)
    result = shortlist(index, prepare_requests(index, requests), top_k=top_k)
    ids = np.where(result.mentors >= 0, mentors.ids[np.maximum(result.mentors, 0)], -1)
    chosen = assign(result.mentors, result.scores, mentors.free_capacity, mentor_ids=mentors.ids)
    return ids.tolist(), [int(mentors.ids[m]) if m >= 0 else -1 for m in chosen.mentor]


def test_ties_rank_by_mentor_id_whatever_the_input_order() -> None:
    mentors = helpers.mentors(MENTORS)
    rng = np.random.default_rng(5)
    for top_k in (3, 5, 8):
        expected = ranked_ids(mentors, top_k)
        for _ in range(6):
            assert ranked_ids(permuted(mentors, rng.permutation(len(MENTORS))), top_k) == expected
    shortlists, chosen = ranked_ids(mentors, 5)
    # For "tupe" alone the twins and mentor 5 tie: the lowest ids come first.
    assert shortlists[0] == [1, 3, 4, 5, 6]
    assert shortlists[1][0] == 5  # covers both needs: strictly best
    # Requests 0 and 2 are identical: between them they take the two lowest ids.
    assert chosen[1] == 5 and sorted([chosen[0], chosen[2]]) == [1, 3]


def test_top_k_breaks_a_tie_at_the_cut_by_key() -> None:
    scores = np.array([[0.5, 0.9, 0.5, 0.5, 0.1, 0.5]], dtype=np.float32)
    keys = np.array([60, 10, 50, 40, 20, 30], dtype=np.int64)
    columns, values = _top_k(scores, 3, keys)
    assert columns.tolist() == [[1, 5, 3]]  # 0.9, then the two 0.5s with the smallest keys
    assert values.tolist() == [[np.float32(0.9), np.float32(0.5), np.float32(0.5)]]
    # Fewer finite scores than k: padded with -1.
    sparse = np.array([[-np.inf, 0.2, -np.inf]], dtype=np.float32)
    assert _top_k(sparse, 2, np.arange(3))[0].tolist() == [[1, -1]]


def test_assignment_gives_equal_scores_to_the_lower_id() -> None:
    # Two requests, three mentors with equal scores and capacity 1, ids in reverse positions.
    mentors = np.array([[0, 1, 2], [2, 1, 0]])
    scores = np.full((2, 3), 0.7)
    ids = np.array([30, 20, 10])
    chosen = assign(mentors, scores, np.array([1, 1, 1]), mentor_ids=ids).mentor
    assert sorted(ids[chosen].tolist()) == [10, 20]


# 7 and 60 columns take the sampled bound (_candidates_by_sample), 399 its last width; from 400
# (TOP_K_PLANES x k) the bound comes from block maxima, 2,003 with a tail past the last plane.
@pytest.mark.parametrize("n_columns", [7, 60, 399, 400, 2_000, 2_003, 9_000])
def test_top_k_equals_a_full_sort_with_ties_and_masked_pairs(n_columns: int) -> None:
    # Coarse scores (many ties), a third masked, some rows almost wholly masked: the bound
    # must still give exactly the first k of a full (score desc, key asc) sort.
    rng = np.random.default_rng(n_columns)
    scores = np.round(rng.random((40, n_columns)), 2).astype(np.float32)
    scores[rng.random(scores.shape) < 0.33] = -np.inf
    scores[:5, 3:] = -np.inf
    # Rows of one repeated score: every column is a candidate, past the padded matrix's limit
    # at 9,000 columns (such rows are ordered one by one).
    scores[5:8] = 0.5
    # Rows whose best scores all sit in the sampled columns: the tight bound lets through too
    # few of them, and the rows are read again from the safe bound.
    scores[8:11] = 0.0
    scores[8:11, ::8] = rng.random((3, len(range(0, n_columns, 8))))
    # -0.0 and 0.0 tie (ordered by key); the best of a row all in one block of the planes
    # (columns b, b + P, b + 2P...), or all in the last columns (a tail, where there is one).
    scores[11, : n_columns // 2] = -0.0
    scores[11, n_columns // 2 :] = 0.0
    width_of_plane = max(n_columns // TOP_K_PLANES, 1)
    scores[12] = 0.1
    scores[12, 3 % width_of_plane :: width_of_plane] = 0.9
    scores[13] = 0.1
    scores[13, -3:] = 0.8
    keys = rng.permutation(n_columns).astype(np.int64)
    k = 50
    columns, values = _top_k(scores, k, keys)
    for row in range(scores.shape[0]):
        finite = np.flatnonzero(np.isfinite(scores[row]))
        expected = finite[np.lexsort((keys[finite], -scores[row, finite]))][:k]
        width = min(k, n_columns)
        padded = np.full(width, -1)
        padded[: len(expected)] = expected
        assert columns[row].tolist() == padded.tolist()
        assert np.array_equal(values[row][: len(expected)], scores[row, expected])
