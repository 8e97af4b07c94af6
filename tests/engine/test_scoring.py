"""The vectorised scorer against the per-pair reference, explanations, filters, shortlists."""

from typing import cast

import numpy as np
import pytest

from matching.engine import synthetic
from matching.engine.features import FEATURES, FeatureConfig
from matching.engine.reference import ReferenceScorer
from matching.engine.scoring import build_index, explain, prepare_requests, score_chunk, shortlist

N_MENTORS, N_REQUESTS = 300, 120
EXTRA_NEED_PHRASE = "the council offers a community asset transfer of our building"


@pytest.fixture(scope="module")
def setup():
    mentors = synthetic.mentors(N_MENTORS, seed=3)
    # Half the requests come from organisations that also have mentors.
    requests = synthetic.requests(N_REQUESTS, seed=4)
    orgs = requests.organisation_ids.copy()
    orgs[::2] = mentors.organisation_ids[: len(orgs[::2])]
    # A third of the texts also raise a need by a lexicon phrase, so that the stated needs
    # their words never mention count less (FeatureConfig.unevidenced_need_weight).
    texts = [
        f"{text} {EXTRA_NEED_PHRASE}" if i % 3 == 0 else text
        for i, text in enumerate(requests.texts)
    ]
    requests = type(requests)(**{**requests.__dict__, "organisation_ids": orgs, "texts": texts})
    excluded = (np.array([1, 2, 3]), np.array([5, 6, 7]))
    index = build_index(mentors)
    prepared = prepare_requests(index, requests, excluded_pairs=excluded)
    reference = ReferenceScorer(index.encoder, mentors, requests)
    return mentors, requests, index, prepared, reference, excluded


def full_matrix(index, prepared) -> np.ndarray:
    rows = np.arange(len(prepared))
    columns = score_chunk(index, prepared, rows)
    full = np.full((len(prepared), len(index)), -np.inf, dtype=np.float32)
    full[:, index.columns] = columns
    return full


def test_the_engine_agrees_with_the_per_pair_reference(setup) -> None:
    _mentors, _requests, index, prepared, reference, excluded = setup
    engine = full_matrix(index, prepared)
    expected = reference.score_matrix(list(range(N_REQUESTS)), list(range(N_MENTORS)))
    for r, m in zip(*excluded, strict=True):
        expected[r, m] = -np.inf
    assert (np.isinf(engine) == np.isinf(expected)).all()
    finite = np.isfinite(expected)
    assert np.abs(engine[finite] - expected[finite]).max() < 1e-5
    # The float64 explanation reproduces the reference score to rounding error.
    r, m = np.nonzero(finite)
    explained = explain(index, prepared, r, m)
    assert np.abs(explained.scores - expected[r, m]).max() < 1e-9


def test_the_reference_comparison_covers_needs_that_count_less(setup) -> None:
    _, requests, index, _, reference, _ = setup
    _, mass, _ = index.encoder.read_needs(requests)
    stated = np.array([len(set(n)) for n in requests.needs])
    discounted = mass < stated
    assert 10 <= discounted.sum() < len(stated)
    for r in np.flatnonzero(discounted):
        assert min(reference.need_weights[r].values()) == 0.5


def test_explanations_sum_to_the_score(setup) -> None:
    _, _, index, prepared, _, _ = setup
    result = shortlist(index, prepared, top_k=10)
    r, m, scores = result.pairs()
    explained = explain(index, prepared, r, m)
    assert np.abs(explained.contributions.sum(axis=1) - explained.scores).max() < 1e-9
    assert np.abs(explained.scores - scores).max() < 1e-5
    for i in range(5):
        rows = explained.rows(i)
        assert [row["feature"] for row in rows] == list(FEATURES)
        contributions = [cast(float, row["contribution"]) for row in rows]
        assert abs(sum(contributions) - explained.scores[i]) < 1e-9
        known_weight = sum(cast(float, row["weight"]) for row in rows if row["known"])
        assert known_weight == pytest.approx(1.0)


def test_hard_filters_hold(setup) -> None:
    mentors, requests, index, prepared, _, excluded = setup
    result = shortlist(index, prepared, top_k=N_MENTORS)
    r, m, _ = result.pairs()
    assert mentors.accepting[m].all()
    assert (mentors.free_capacity[m] > 0).all()
    assert (mentors.organisation_ids[m] != requests.organisation_ids[r]).all()
    mentee_stage, mentor_stage = requests.stages[r], mentors.stages[m]
    both = (mentee_stage > 0) & (mentor_stage > 0)
    assert (mentor_stage[both] > mentee_stage[both]).all()
    chosen = set(zip(r.tolist(), m.tolist(), strict=True))
    assert not chosen & set(zip(*(e.tolist() for e in excluded), strict=True))
    # The filters bite on this data: some pairs of each kind exist before filtering.
    assert (~mentors.accepting).any()
    assert np.isin(requests.organisation_ids, mentors.organisation_ids).any()


def test_shortlist_is_the_exact_top_k(setup) -> None:
    _, _, index, prepared, _, _ = setup
    full = full_matrix(index, prepared)
    result = shortlist(index, prepared, top_k=7, chunk_size=50)
    assert (np.diff(result.scores, axis=1) <= 0).all()
    expected = -np.sort(-full, axis=1)[:, :7]
    np.testing.assert_allclose(result.scores, expected, rtol=0, atol=1e-6)
    assert (result.request_positions == np.arange(N_REQUESTS)).all()


def test_stage_filter_can_be_switched_off() -> None:
    mentors = synthetic.mentors(50, seed=5)
    requests = synthetic.requests(20, seed=6)
    index = build_index(mentors, FeatureConfig(require_stage_ahead=False))
    result = shortlist(index, prepare_requests(index, requests), top_k=50)
    r, m, _ = result.pairs()
    stages_r, stages_m = requests.stages[r], mentors.stages[m]
    assert ((stages_m <= stages_r) & (stages_m > 0)).any()


def test_weights_must_be_usable(setup) -> None:
    _, requests, index, _, _, _ = setup
    with pytest.raises(ValueError, match="non-negative"):
        prepare_requests(index, requests, weights={"topic": -1.0, "text": 2.0})


def test_no_available_mentor_gives_empty_shortlists() -> None:
    mentors = synthetic.mentors(10, seed=7)
    mentors = type(mentors)(**{**mentors.__dict__, "accepting": np.zeros(10, dtype=bool)})
    requests = synthetic.requests(4)
    index = build_index(mentors)
    result = shortlist(index, prepare_requests(index, requests))
    assert result.pairs()[0].size == 0


def test_availability_can_change_without_re_encoding(setup) -> None:
    mentors, requests, index, _, _, _ = setup
    closed = np.zeros(len(mentors), dtype=np.int64)
    closed[:10] = 1
    narrowed = index.with_availability(closed, np.ones(len(mentors), dtype=bool))
    assert narrowed.encoder is index.encoder and len(narrowed.columns) == 10
    result = shortlist(narrowed, prepare_requests(narrowed, requests), top_k=50)
    _, m, _ = result.pairs()
    assert m.size > 0 and set(m.tolist()) <= set(range(10))


def test_json_rows_parse_back_to_the_rows(setup) -> None:
    import json

    _, _, index, prepared, _, _ = setup
    result = explain(index, prepared, np.array([0, 1, 2]), np.array([3, 4, 5]))
    result.values[1, 0] = np.nan  # an unknown value is null, and flagged
    texts = result.json_rows(np.array([2, 0, 1]))
    assert [json.loads(t) for t in texts] == [result.rows(2), result.rows(0), result.rows(1)]
    assert json.loads(texts[2])[0]["value"] is None and json.loads(texts[2])[0]["known"] is False
