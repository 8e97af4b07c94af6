"""Retraining: fit feature weights on the proposals people decided, and version the result."""

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
from matching.models import MatchRun, Proposal, ScoringModel

_POSITIVE = frozenset(
    {Proposal.Status.APPROVED, Proposal.Status.ACCEPTED, Proposal.Status.CONFIRMED}
)


def _as_float(value: Any) -> float:
    return np.nan if value is None else float(value)


def _training_data() -> tuple[NDArray[np.float64], NDArray[np.int64], NDArray[np.float64]]:
    """Feature vectors of decided proposals, read back from their stored explanations."""
    xs, ys, ts = [], [], []
    for status, reason, explanation, changed_at in selectors.decided_proposals():
        if status in _POSITIVE:
            label = 1
        elif status == Proposal.Status.REJECTED or (
            status == Proposal.Status.DECLINED and learning.is_fit_related(reason)
        ):
            label = 0
        else:
            continue  # withdrawn, expired, or declined for reasons unrelated to fit
        values = {item.get("feature"): item.get("value") for item in explanation or []}
        xs.append([_as_float(values.get(f)) for f in FEATURES])
        ys.append(label)
        ts.append(changed_at.timestamp())
    return (
        np.array(xs, dtype=np.float64).reshape(-1, len(FEATURES)),
        np.array(ys, dtype=np.int64),
        np.array(ts, dtype=np.float64),
    )


def scoring_model_retrain(*, actor: User | None = None) -> ScoringModel:
    """Fit weights on decided proposals; save a new version, active only if no worse."""
    x, y, decided_at = _training_data()
    with transaction.atomic():
        active = ScoringModel.objects.select_for_update().filter(active=True).first()
        result = learning.train(
            x, y, decided_at, active_weights=selectors.scoring_weights(active) if active else None
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
