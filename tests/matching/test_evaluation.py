"""The graded evaluation set, scored through the services, stays at the quality we measured."""

from __future__ import annotations

import pytest

from matching.evaluation.mentors import MENTORS
from matching.evaluation.requests import REQUESTS
from matching.evaluation.runner import evaluate

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

PATTERNS = {"words", "family", "terms", "experience", "capacity"}


def test_the_set_is_graded_and_covers_the_five_patterns() -> None:
    keys = {m.key for m in MENTORS}
    assert len(MENTORS) >= 60 and len(REQUESTS) >= 40
    assert {r.pattern for r in REQUESTS} == PATTERNS
    assert {r.pattern for r in REQUESTS if r.held_out} == PATTERNS
    for request in REQUESTS:
        assert request.ideal and set(request.ideal) <= keys and set(request.acceptable) <= keys
        assert not set(request.ideal) & set(request.acceptable)


def test_the_round_ranks_ideal_mentors_first_and_never_an_ineligible_one() -> None:
    result = evaluate()
    assert result["run_status"] == "succeeded"
    for part in ("tuning", "held_out"):
        assert result[part]["ineligible_shown"] == 0
    # Figures measured when the features landed (docs/matching.md), less a small margin.
    assert result["tuning"]["ndcg_at_5"] >= 0.75
    assert result["tuning"]["top1_ideal"] >= 0.85
    assert result["tuning"]["all_ideal_in_top5"] >= 0.95
    assert result["held_out"]["all_ideal_in_top5"] >= 0.85
