"""Learning weights from decisions: recovery, shrinkage, the activation rule."""

import numpy as np
import pytest

from matching.engine.features import FEATURES, PRIOR_WEIGHTS, weight_vector
from matching.engine.learning import (
    fit_weights,
    is_fit_related,
    outcome_label,
    train,
    weighted_scores,
)

TRUE = weight_vector({"topic": 0.5, "stage": 0.3, "text": 0.2})


def simulate(n: int, weights: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.random((n, len(FEATURES)))
    logit = 12 * (x @ weights) - 6
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(np.int64)
    return x, y


def test_it_recovers_known_weights_from_simulated_decisions() -> None:
    x, y = simulate(20000, TRUE)
    prior = np.array([PRIOR_WEIGHTS[f] for f in FEATURES])
    learned = fit_weights(x, y, prior, prior_strength=0)
    assert np.abs(learned - TRUE).max() < 0.05


def test_scarce_data_is_shrunk_toward_the_prior() -> None:
    x, y = simulate(300, TRUE, seed=1)
    prior = np.array([PRIOR_WEIGHTS[f] for f in FEATURES])
    free = fit_weights(x, y, prior, prior_strength=0)
    shrunk = fit_weights(x, y, prior, prior_strength=300)
    assert np.abs(shrunk - prior).sum() < np.abs(free - prior).sum()
    assert shrunk.sum() == pytest.approx(1.0)


def test_the_prior_rules_below_the_minimum() -> None:
    x, y = simulate(150, TRUE)
    result = train(x, y, np.arange(150.0))
    assert not result.activate
    assert result.weights == pytest.approx(PRIOR_WEIGHTS)
    assert "prior" in result.reason


def test_a_better_model_is_activated_with_versioned_metrics() -> None:
    x, y = simulate(3000, TRUE, seed=2)
    result = train(x, y, np.arange(3000.0))
    assert result.activate
    assert result.metrics["auc_holdout"] >= result.metrics["auc_active"]  # type: ignore[operator]
    assert result.metrics["holdout"] == 750
    assert "sklearn_version" in result.metrics and result.trained_on == 3000


def test_a_worse_model_is_not_activated() -> None:
    # Behaviour changed: older decisions followed other weights than the recent holdout does,
    # and the active weights already describe the recent behaviour.
    old_x, old_y = simulate(2000, weight_vector({"sector": 0.6, "region": 0.4}), seed=3)
    new_x, new_y = simulate(1000, TRUE, seed=4)
    x, y = np.vstack([old_x, new_x]), np.concatenate([old_y, new_y])
    active = dict(zip(FEATURES, TRUE.tolist(), strict=True))
    result = train(x, y, np.arange(3000.0), active_weights=active)
    assert not result.activate
    assert result.metrics["auc_holdout"] < result.metrics["auc_active"]  # type: ignore[operator]
    assert "worse" in result.reason


def test_weighted_scores_renormalise_over_known_features() -> None:
    x = np.zeros((1, len(FEATURES)))
    x[0, 0], x[0, 1] = 1.0, np.nan
    weights = weight_vector({FEATURES[0]: 0.5, FEATURES[1]: 0.5})
    assert weighted_scores(x, weights)[0] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("reason", "fit"),
    [
        ("No time right now", False),
        ("I am on holiday in August", False),
        ("Too busy this quarter", False),
        ("Their expertise is in pensions, we need help with bidding", True),
        ("Different sector entirely", True),
        ("", False),
    ],
)
def test_decline_reasons(reason: str, fit: bool) -> None:
    assert is_fit_related(reason) is fit


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        ("decision", {"status": "approved"}, (1, 1.0)),
        ("decision", {"status": "declined", "reason": "No time right now"}, None),
        ("decision", {"status": "declined", "reason": "Wrong sector for us"}, (0, 1.0)),
        ("completed", {"rating": 4.5}, (1, 2.0)),
        ("completed", {"rating": 3.0}, None),  # no clear verdict
        ("completed", {"rating": 1.5}, (0, 2.0)),
        ("completed", {}, None),  # nobody rated it
        ("ended_early", {"reason": "Their experience was all housing, not care"}, (0, 1.5)),
        ("ended_early", {"reason": "Our funding was cut"}, None),
        ("ended_early", {"reason": "The mentor was too busy"}, None),
        ("ended_early", {"reason": "Goals achieved sooner than planned"}, None),
    ],
)
def test_outcomes_become_weighted_examples(
    kind: str, fields: dict[str, object], expected: tuple[int, float] | None
) -> None:
    assert outcome_label(kind, **fields) == expected  # type: ignore[arg-type]


def test_weighted_outcomes_outvote_decisions() -> None:
    # Decisions favour "sector"; fewer outcomes, weighted twice, favour "topic". With the
    # outcome weights the learned topic weight rises above the unweighted fit's.
    x_dec, y_dec = simulate(2000, weight_vector({"sector": 0.8, "topic": 0.2}), seed=5)
    x_out, y_out = simulate(1500, weight_vector({"topic": 0.9, "sector": 0.1}), seed=6)
    x, y = np.vstack([x_dec, x_out]), np.concatenate([y_dec, y_out])
    weights = np.concatenate([np.ones(2000), np.full(1500, 2.0)])
    prior = weight_vector(PRIOR_WEIGHTS)
    plain = fit_weights(x, y, prior, prior_strength=0)
    weighted = fit_weights(x, y, prior, prior_strength=0, sample_weight=weights)
    topic = FEATURES.index("topic")
    assert weighted[topic] > plain[topic] + 0.02
