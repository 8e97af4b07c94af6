"""Shortlists by id: lookups, and a merge of chunk shortlists that breaks ties by mentor id."""

from __future__ import annotations

import numpy as np

from matching.engine.shortlists import ShortlistPart, merge_by_ids, positions


def test_positions_finds_ids_and_marks_the_missing() -> None:
    ids = np.array([3, 7, 9, 20], dtype=np.int64)
    assert positions(ids, [9, 4, 3, 21]).tolist() == [2, -1, 0, -1]
    assert positions(np.array([], dtype=np.int64), [1, 2]).tolist() == [-1, -1]


def test_the_merge_orders_each_row_by_score_then_mentor_id_whatever_the_chunk_order() -> None:
    request_ids = np.array([10, 11, 12], dtype=np.int64)
    mentor_ids = np.array([100, 101, 102, 103], dtype=np.int64)
    first = ShortlistPart([11], [[103, 101, 100, -1]], [[0.5, 0.5, 0.9, -1.0]])
    second = ShortlistPart([10, 99], [[102, 100], [101]], [[0.4, 0.4], [0.8]])
    merged = merge_by_ids(request_ids, mentor_ids, [first, second])
    again = merge_by_ids(request_ids, mentor_ids, [second, first])
    # Request 11: 100 (0.9), then the tie at 0.5 by id (101 before 103); request 12 is empty;
    # request 99 closed while the round ran and is dropped.
    assert merged.mentors.tolist() == [[0, 2, -1, -1], [0, 1, 3, -1], [-1, -1, -1, -1]]
    assert np.array_equal(merged.mentors, again.mentors)
    assert np.array_equal(merged.scores, again.scores)
    assert merged.request_positions.tolist() == [0, 1, 2]


def test_a_mentor_gone_since_the_chunk_was_scored_is_dropped() -> None:
    merged = merge_by_ids(
        np.array([1], dtype=np.int64),
        np.array([5, 6], dtype=np.int64),
        [ShortlistPart([1], [[7, 6, 5]], [[0.9, 0.3, 0.3]])],
    )
    assert merged.mentors.tolist() == [[0, 1, -1]]
    assert merged.scores[0, :2].tolist() == [0.30000001192092896, 0.30000001192092896]
