"""Service areas named in a request's words: read from the text, counted toward mentors from
those areas, and sharing the sector feature's budget with the request's own areas."""

import numpy as np
import pytest

from matching.engine.features import FEATURES, PRIOR_WEIGHTS, with_shared_budgets
from matching.engine.lexicon import SECTOR_FAMILY_SIMILARITY
from matching.engine.needs import lexicon_sectors
from matching.engine.scoring import (
    Explanation,
    PreparedRequests,
    build_index,
    explain,
    prepare_requests,
)
from tests.engine import helpers

# A housing mutual that wants to sell to probation and the courts.
REQUEST = {
    "needs": ["bidding-contracts"],
    "sectors": ["housing"],
    "stage": 2,
    "region": "london",
    "employees": 40.0,
    "parent_body": "local_authority",
    "text": "We house people leaving prison and want to bid for probation's accommodation work.",
}
MENTOR = {
    "expertise": ["bidding-contracts"],
    "stage": 6,
    "region": "london",
    "employees": 40.0,
    "parent_body": "local_authority",
    "bio": "Twenty years of bids and tenders for public services.",
}
PROBATION = {**MENTOR, "sectors": ["probation-justice"]}
LIBRARIES = {**MENTOR, "sectors": ["libraries-culture"]}
MENTAL_HEALTH = {**MENTOR, "sectors": ["mental-health"]}  # probation's related area
HOUSING = {**MENTOR, "sectors": ["housing"]}


def _explained(
    request: dict[str, object], mentors: list[dict[str, object]]
) -> tuple[PreparedRequests, Explanation]:
    index = build_index(helpers.mentors(mentors))
    prepared = prepare_requests(index, helpers.requests([request]))
    pairs = np.arange(len(mentors))
    return prepared, explain(index, prepared, np.zeros(len(mentors), dtype=np.intp), pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We teach in four prisons and our learners go to court.", {"probation-justice": 2}),
        ("We fit smoke alarms for the fire and rescue service.", {"fire-rescue": 2}),
        ("Academy trusts buy from us, and so do the schools they run.", {"education": 2}),
        ("A plain request about our business plan.", {}),
    ],
)
def test_service_areas_are_read_from_everyday_words(text: str, expected: dict[str, int]) -> None:
    assert lexicon_sectors(text) == expected


def test_a_mentor_from_the_named_area_scores_above_one_from_an_unrelated_area() -> None:
    _, result = _explained(REQUEST, [PROBATION, LIBRARIES, MENTAL_HEALTH])
    named = FEATURES.index("inferred_sector")
    assert result.values[0, named] == pytest.approx(1.0)
    assert result.values[1, named] == 0.0
    assert result.values[2, named] == pytest.approx(SECTOR_FAMILY_SIMILARITY)
    assert result.scores[0] > result.scores[2] > result.scores[1]
    # Every contribution is in the explanation, and they still add up to the score.
    assert np.allclose(result.contributions.sum(axis=1), result.scores, atol=1e-12)


def test_the_named_areas_share_the_sector_budget_with_the_requests_own() -> None:
    prepared, result = _explained(REQUEST, [PROBATION, HOUSING])
    sector, named = FEATURES.index("sector"), FEATURES.index("inferred_sector")
    # Two phrases ("prison", "probation") score 0.8 against the one own area's 1.
    share = 0.8 / (1 + 0.8)
    assert prepared.weights[0, named] == pytest.approx(PRIOR_WEIGHTS["inferred_sector"] * share)
    assert prepared.weights[0, sector] == pytest.approx(PRIOR_WEIGHTS["sector"] * (1 - share))
    # The request's own area still counts for more than the one its words name.
    assert result.scores[1] > result.scores[0]


def test_words_that_name_only_the_requests_own_area_leave_the_feature_unknown() -> None:
    own_words = {**REQUEST, "text": "Our tenants want a say in how the housing service is run."}
    prepared, result = _explained(own_words, [PROBATION, HOUSING])
    named = FEATURES.index("inferred_sector")
    assert np.isnan(result.values[:, named]).all()
    assert (result.weights[:, named] == 0).all()
    assert prepared.weights[0, FEATURES.index("sector")] == pytest.approx(PRIOR_WEIGHTS["sector"])


def test_a_model_saved_before_the_feature_gives_it_the_sector_budget() -> None:
    # A learned model from before inferred_sector existed has no weight for it: it takes the
    # sector weight, as in the prior, so a request that names another area loses nothing.
    older = {f: w for f, w in PRIOR_WEIGHTS.items() if f != "inferred_sector"}
    assert with_shared_budgets(older) == PRIOR_WEIGHTS
    assert with_shared_budgets({"text": 1.0}) == {"text": 1.0}
