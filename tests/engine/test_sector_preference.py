"""The assignment's second choices stay in the request's own service area where they can."""

from __future__ import annotations

import numpy as np
import pytest

from matching.engine.scoring import (
    SECTOR_PREFERENCE,
    Shortlist,
    _preferred,
    _SectorBits,
    assign_with_fallback,
    build_index,
    prepare_requests,
)
from tests.engine import helpers

# Positions 0, 1, 2: a housing mentor everyone wants, an education mentor and a housing one.
MENTORS: list[dict[str, object]] = [
    {"sectors": ["housing"], "capacity": 1, "bio": "housing association spin out"},
    {"sectors": ["education"], "capacity": 1, "bio": "school improvement traded service"},
    {"sectors": ["housing"], "capacity": 2, "bio": "tenant services and repairs"},
]
HOUSING: dict[str, object] = {"sectors": ["housing"], "text": "housing repairs"}


def setup(n_requests: int):
    index = build_index(helpers.mentors(MENTORS))
    prepared = prepare_requests(index, helpers.requests([HOUSING] * n_requests))
    return index, prepared


def shortlist_of(rows: list[list[tuple[int, float]]]) -> Shortlist:
    return Shortlist(
        request_positions=np.arange(len(rows), dtype=np.intp),
        mentors=np.array([[m for m, _ in row] for row in rows], dtype=np.intp),
        scores=np.array([[s for _, s in row] for row in rows], dtype=np.float32),
    )


def test_a_second_choice_goes_to_the_requests_own_sector() -> None:
    index, prepared = setup(2)
    # Both want mentor 0 (one place): the first request has it. The second's next best is the
    # education mentor by 0.05, within the preference: it gets the housing mentor instead.
    short = shortlist_of([[(0, 0.9), (1, 0.5), (2, 0.45)], [(0, 0.8), (1, 0.5), (2, 0.45)]])
    plain, _ = assign_with_fallback(index, prepared, short, preference=0.0)
    assert plain.mentor.tolist() == [0, 1]
    preferred, _ = assign_with_fallback(index, prepared, short)
    assert preferred.mentor.tolist() == [0, 2]
    # The scores returned (and stored) are the pairs' own, without the preference.
    assert preferred.score.tolist() == pytest.approx([0.9, 0.45])


def test_a_first_choice_with_room_is_never_passed_over() -> None:
    index, prepared = setup(1)
    # The education mentor is first and has a place: the housing one does not displace them.
    short = shortlist_of([[(1, 0.6), (2, 0.58)]])
    result, _ = assign_with_fallback(index, prepared, short)
    assert result.mentor.tolist() == [1]


def test_the_preference_goes_to_first_choices_and_own_sector_mentors_only() -> None:
    # Each row's first choice gains it whatever its sector; the others only in the request's.
    short = shortlist_of([[(1, 0.6), (0, 0.5), (2, 0.4)], [(0, 0.6), (1, 0.5), (2, 0.4)]])
    index, prepared = setup(2)
    adjusted = _preferred(
        _SectorBits.of(index, prepared),
        short.request_positions,
        short.mentors,
        short.scores,
        SECTOR_PREFERENCE,
    )
    gained = adjusted - short.scores.astype(np.float64)
    beta = SECTOR_PREFERENCE
    assert gained[0].tolist() == pytest.approx([beta, beta, beta])
    assert gained[1].tolist() == pytest.approx([beta, 0.0, beta])
