"""Learning feature weights from decisions on proposals and from how mentorships turned out.

A logistic regression on the feature vectors of decided proposals gives relative weights
(coefficients clipped at zero and normalised to sum 1, because the score is a weighted mean).
While decisions are few the learned weights are shrunk toward the prior, and below
MIN_DECISIONS the prior rules outright. A candidate is activated only if its AUC on the most
recent decisions (a time split, never seen in fitting) is no worse than the active weights'.

Outcomes weigh more than decisions: a completed mentorship both sides rated well is the best
evidence of a good fit there is, and one that ended early for a reason about the match (not
about time or circumstances) the best evidence of a poor one. `outcome_label` turns each kind
of evidence into a (label, weight) pair or None when it says nothing about fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from matching.engine.features import FEATURES, PRIOR_WEIGHTS, weight_vector

MIN_DECISIONS = 200
# Pseudo-count of the prior: with n decisions the learned weights get n / (n + PRIOR_STRENGTH).
PRIOR_STRENGTH = 300
HOLDOUT_FRACTION = 0.25
FORMAT_VERSION = 2
# Weight of one example of each kind, against a coordinator's decision (1).
DECISION_WEIGHT = 1.0
COMPLETED_WEIGHT = 2.0
ENDED_EARLY_WEIGHT = 1.5
GOOD_RATING = 4.0  # mean rating (1-5) at or above which a completed mentorship is a good fit
POOR_RATING = 2.0  # at or below which it was a poor one

# Decline reasons that say nothing about fit: the mentor or mentee is busy, away, or similar.
_NOT_FIT = re.compile(
    r"\b(time|busy|capacity|availab\w*|holiday|leave|workload|schedul\w*|later|"
    r"right now|at the moment|currently|illness|ill|sick)\b",
    re.IGNORECASE,
)


def is_fit_related(reason: str) -> bool:
    """Whether a decline reason is about the match itself rather than circumstances."""
    return bool(reason.strip()) and not _NOT_FIT.search(reason)


# Ending early for these reasons says nothing about the match: money, jobs and organisations.
_CIRCUMSTANCES = re.compile(
    r"\b(funding|budget|left|leaving|retired|redundan\w*|maternity|paternity|merged|closed|"
    r"moved on|new job|restructur\w*|goals? (were )?(met|achieved|reached)|achieved|done)\b",
    re.IGNORECASE,
)


def outcome_label(
    kind: str, *, status: str = "", reason: str = "", rating: float | None = None
) -> tuple[int, float] | None:
    """(label, weight) of one piece of evidence, or None when it says nothing about fit.

    kind "decision": a proposal's status (approved/accepted/confirmed good; rejected bad;
    declined bad only for a reason about fit). kind "completed": a completed mentorship with
    its mean rating. kind "ended_early": a mentorship ended early, with its reason.
    """
    if kind == "decision":
        if status in ("approved", "accepted", "confirmed"):
            return 1, DECISION_WEIGHT
        if status == "rejected" or (status == "declined" and is_fit_related(reason)):
            return 0, DECISION_WEIGHT
        return None
    if kind == "completed":
        if rating is None or POOR_RATING < rating < GOOD_RATING:
            return None  # completed without a clear verdict
        return (1, COMPLETED_WEIGHT) if rating >= GOOD_RATING else (0, COMPLETED_WEIGHT)
    if kind == "ended_early":
        if not is_fit_related(reason) or _CIRCUMSTANCES.search(reason):
            return None
        return 0, ENDED_EARLY_WEIGHT
    raise ValueError(f"unknown kind of evidence: {kind}")


@dataclass
class TrainingResult:
    weights: dict[str, float]
    trained_on: int
    metrics: dict[str, float | int | str | None] = field(default_factory=dict)
    activate: bool = False
    reason: str = ""


def _impute(x: NDArray[np.float64], means: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.where(np.isnan(x), means[None, :], x)


def weighted_scores(x: NDArray[np.float64], weights: NDArray[np.float64]) -> NDArray[np.float64]:
    """The engine's score for feature rows: the weighted mean over the known (non-nan) features."""
    known = ~np.isnan(x)
    raw = known * weights[None, :]
    total = raw.sum(axis=1)
    numerator = (raw * np.nan_to_num(x)).sum(axis=1)
    return np.divide(numerator, total, out=np.zeros_like(total), where=total > 0)


def _auc(
    y: NDArray[np.int64],
    scores: NDArray[np.float64],
    sample_weight: NDArray[np.float64] | None = None,
) -> float | None:
    if len(np.unique(y)) < 2:
        return None
    from sklearn.metrics import roc_auc_score  # imported here: see features.py

    return float(roc_auc_score(y, scores, sample_weight=sample_weight))


def fit_weights(
    x: NDArray[np.float64],
    y: NDArray[np.int64],
    prior: NDArray[np.float64],
    prior_strength: float = PRIOR_STRENGTH,
    sample_weight: NDArray[np.float64] | None = None,
) -> NDArray[np.float64]:
    """Logistic regression coefficients as non-negative weights summing to 1, shrunk to prior."""
    # A feature nobody has a value for yet (older explanations lack it) is imputed as 0.
    with np.errstate(all="ignore"):
        means = np.nan_to_num(np.nanmean(x, axis=0), nan=0.0)
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit(_impute(x, means), y, sample_weight=sample_weight)
    learned = np.clip(model.coef_.ravel(), 0.0, None)
    if learned.sum() <= 0:
        return prior / prior.sum()
    learned = learned / learned.sum()
    share = len(y) / (len(y) + prior_strength)
    blended = share * learned + (1 - share) * prior / prior.sum()
    return np.asarray(blended / blended.sum())


def train(
    x: NDArray[np.float64],
    y: NDArray[np.int64],
    decided_at: NDArray[np.float64],
    active_weights: dict[str, float] | None = None,
    prior_weights: dict[str, float] | None = None,
    min_decisions: int = MIN_DECISIONS,
    prior_strength: float = PRIOR_STRENGTH,
    sample_weight: NDArray[np.float64] | None = None,
) -> TrainingResult:
    """x: (n x F) feature values in FEATURES order, nan where unknown; y: 1 good fit, 0 bad;
    sample_weight: per example (outcomes weigh more than decisions; see outcome_label).

    The candidate is fitted on the older decisions and judged on the newest HOLDOUT_FRACTION
    against the active weights, so the reported AUC describes the saved weights.
    """
    import sklearn

    prior = weight_vector(prior_weights or PRIOR_WEIGHTS)
    active = weight_vector(active_weights) if active_weights else prior
    n = len(y)
    base_metrics: dict[str, float | int | str | None] = {
        "format_version": FORMAT_VERSION,
        "sklearn_version": sklearn.__version__,
        "decisions": n,
        "positives": int(np.sum(y)),
    }
    prior_dict = dict(zip(FEATURES, (prior / prior.sum()).tolist(), strict=True))
    if n < min_decisions or len(np.unique(y)) < 2:
        return TrainingResult(
            weights=prior_dict,
            trained_on=n,
            metrics=base_metrics,
            activate=False,
            reason=f"{n} decisions; the prior weights rule until {min_decisions}",
        )
    order = np.argsort(decided_at, kind="stable")
    split = round(n * (1 - HOLDOUT_FRACTION))
    train_idx, hold_idx = order[:split], order[split:]
    if len(np.unique(y[train_idx])) < 2:
        return TrainingResult(
            weights=prior_dict,
            trained_on=n,
            metrics=base_metrics,
            activate=False,
            reason="the training split holds only one kind of decision",
        )
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    candidate = fit_weights(x[train_idx], y[train_idx], prior, prior_strength, w[train_idx])
    auc_candidate = _auc(y[hold_idx], weighted_scores(x[hold_idx], candidate), w[hold_idx])
    auc_active = _auc(y[hold_idx], weighted_scores(x[hold_idx], active), w[hold_idx])
    metrics = {
        **base_metrics,
        "train": len(train_idx),
        "holdout": len(hold_idx),
        "auc_holdout": auc_candidate,
        "auc_active": auc_active,
    }
    weights = dict(zip(FEATURES, candidate.tolist(), strict=True))
    if auc_candidate is None or auc_active is None:
        return TrainingResult(weights, n, metrics, False, "the holdout has one kind of decision")
    if auc_candidate + 1e-12 < auc_active:
        reason = f"holdout AUC {auc_candidate:.3f} is worse than the active {auc_active:.3f}"
        return TrainingResult(weights, n, metrics, False, reason)
    reason = f"holdout AUC {auc_candidate:.3f} is no worse than the active {auc_active:.3f}"
    return TrainingResult(weights, n, metrics, True, reason)
