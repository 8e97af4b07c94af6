"""Retraining: fit feature weights on the proposals people decided and on how mentorships
turned out (weighted, see matching.engine.learning.outcome_label), and version the result."""

from __future__ import annotations

from typing import Any

import numpy as np
from django.db import transaction
from numpy.typing import NDArray

from accounts.models import User
from core.audit import audit_event_record
from core.models import AuditEvent
from matching import queue, selectors
from matching.engine import learning
from matching.engine.features import FEATURES
from matching.models import MatchRun, Mentorship, ScoringModel


def _as_float(value: Any) -> float:
    return np.nan if value is None else float(value)


def _training_data() -> tuple[
    NDArray[np.float64], NDArray[np.int64], NDArray[np.float64], NDArray[np.float64]
]:
    """Feature vectors, labels, times and weights of the evidence about fit: decided proposals,
    and completed or ended-early mentorships (their proposal's stored explanation)."""
    xs, ys, ts, ws = [], [], [], []

    def add(labelled: tuple[int, float] | None, explanation: Any, at: Any) -> None:
        if labelled is None:
            return  # withdrawn, expired, or about time and circumstances rather than fit
        values = {item.get("feature"): item.get("value") for item in explanation or []}
        xs.append([_as_float(values.get(f)) for f in FEATURES])
        ys.append(labelled[0])
        ws.append(labelled[1])
        ts.append(at.timestamp())

    for status, reason, explanation, changed_at in selectors.decided_proposals():
        add(
            learning.outcome_label("decision", status=status, reason=reason),
            explanation,
            changed_at,
        )
    for status, reason, rating, explanation, ended_at in selectors.mentorship_outcomes():
        kind = "completed" if status == Mentorship.Status.COMPLETED else "ended_early"
        add(learning.outcome_label(kind, reason=reason, rating=rating), explanation, ended_at)
    return (
        np.array(xs, dtype=np.float64).reshape(-1, len(FEATURES)),
        np.array(ys, dtype=np.int64),
        np.array(ts, dtype=np.float64),
        np.array(ws, dtype=np.float64),
    )


def scoring_model_retrain(*, actor: User | None = None) -> ScoringModel:
    """Fit weights on decided proposals; save a new version, active only if no worse."""
    x, y, decided_at, weights = _training_data()
    with transaction.atomic():
        active = ScoringModel.objects.select_for_update().filter(active=True).first()
        result = learning.train(
            x,
            y,
            decided_at,
            active_weights=selectors.scoring_weights(active) if active else None,
            sample_weight=weights,
        )
        last = ScoringModel.objects.order_by("-version").values_list("version", flat=True).first()
        # Until a model is activated, scoring uses the prior weights (see selectors).
        activate = result.activate
        if activate and active is not None:
            ScoringModel.objects.filter(pk=active.pk).update(active=False)
        model = ScoringModel.objects.create(
            version=(last or 0) + 1,
            weights=result.weights,
            trained_on=result.trained_on,
            metrics={**result.metrics, "decision": result.reason},
            active=activate,
            library_version=str(result.metrics.get("sklearn_version", "")),
            format_version=learning.FORMAT_VERSION,
        )
        audit_event_record(
            actor=actor,
            verb=(
                AuditEvent.Verb.SCORING_MODEL_ACTIVATED
                if activate
                else AuditEvent.Verb.SCORING_MODEL_TRAINED
            ),
            target=model,
            from_status="",
            to_status="active" if activate else "inactive",
            reason=result.reason,
            data={"metrics": model.metrics},
        )
    return model


def scoring_model_retrain_enqueue(*, actor: User | None = None) -> dict[str, Any]:
    """Queue a retrain once committed. The id is the version the retrain will save."""
    queue.scoring_enqueue_on_commit(
        queue.TASK_RETRAIN_SCORING_MODEL, actor_id=actor.pk if actor is not None else None
    )
    last = ScoringModel.objects.order_by("-version").values_list("version", flat=True).first()
    return {"id": (last or 0) + 1, "status": MatchRun.Status.QUEUED}
