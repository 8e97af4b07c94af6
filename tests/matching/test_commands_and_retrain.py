"""The matching commands, and retraining the scoring model from decided proposals."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import numpy as np
import pytest
from django.core.management import call_command
from django.utils import timezone

from core.models import AuditEvent
from matching import selectors
from matching.engine.features import FEATURES, PRIOR_WEIGHTS
from matching.models import Feedback, MatchRun, Mentorship, Proposal, ScoringModel
from matching.services import match_runs, retraining
from tests import factories
from tests.matching import builders

pytestmark = pytest.mark.django_db


def test_bench_matching_reports_every_figure() -> None:
    out = io.StringIO()
    call_command(
        "bench_matching", "--mentors", "300", "--requests", "200", "--json", "--no-gap", stdout=out
    )
    result = json.loads(out.getvalue())
    for key in (
        "score_s",
        "assign_s",
        "explain_s",
        "pairs_per_s",
        "peak_rss_mb",
        "ratio_vs_python",
        "optimality_gap",
        "mentor_load_gini",
    ):
        assert key in result
    assert result["ratio_vs_python"] > 1
    assert result["matched"] == 200 and 0 <= result["mentor_load_gini"] < 1


def test_run_matching_sync_runs_a_round() -> None:
    _, requests = builders.programme(3)
    out = io.StringIO()
    call_command("run_matching", "--sync", stdout=out)
    run = MatchRun.objects.get()
    assert run.kind == "round" and run.status == "succeeded"
    assert f"#{run.pk} succeeded" in out.getvalue()
    assert Proposal.objects.filter(request__in=requests).exists()


def test_the_prior_is_active_until_enough_decisions() -> None:
    prior = ScoringModel.objects.get(active=True)
    # Version 1 held the first prior; versions 2 to 5 (data migrations) the priors since.
    assert prior.version == 5 and prior.weights == PRIOR_WEIGHTS and prior.trained_on == 0
    model = retraining.scoring_model_retrain()
    assert model.version == 6 and not model.active and model.trained_on == 0
    assert ScoringModel.objects.get(active=True) == prior


def test_a_learned_model_older_than_a_feature_gives_it_its_partners_weight() -> None:
    older = {f: w for f, w in PRIOR_WEIGHTS.items() if f != "inferred_sector"}
    model = ScoringModel.objects.create(version=9, weights=older, trained_on=500, active=False)
    weights = selectors.scoring_weights(model)
    assert weights["inferred_sector"] == older["sector"]
    assert {f: w for f, w in weights.items() if f != "inferred_sector"} == older


def _explanation(values: np.ndarray) -> list[dict[str, object]]:
    return [
        {"feature": f, "label": f, "value": float(v), "weight": 0.0, "contribution": 0.0}
        for f, v in zip(FEATURES, values, strict=True)
    ]


def test_retraining_on_decisions_learns_and_activates_a_no_worse_model() -> None:
    # Coordinators approve pairs by topic coverage and reject the rest; the prior gives topic
    # only 0.35, so weights learned from these decisions rank the holdout better.
    rng = np.random.default_rng(0)
    shared = factories.MentoringRequestFactory.create()
    start = timezone.now() - timedelta(days=400)
    proposals = []
    for i in range(400):
        mentor = builders.mentor(builders.MENTOR_SPECS[i % 6])
        values = rng.random(len(FEATURES))
        good = values[0] > 0.5
        request = shared
        if i % 7 == 0:
            status, reason = Proposal.Status.DECLINED, "No time right now"  # not about fit
        else:
            status = Proposal.Status.APPROVED if good else Proposal.Status.REJECTED
            reason = "" if good else "Wrong topics"
            if good:
                # One live introduction per request, so each approval has a request of its own.
                request = factories.MentoringRequestFactory.create(created_by=shared.created_by)
        proposals.append(
            Proposal(
                request=request, mentor=mentor, score=0.5, rank=1, status=status, reason=reason,
                explanation=_explanation(values), status_changed_at=start + timedelta(days=i),
            )
        )  # fmt: skip
    Proposal.objects.bulk_create(proposals)
    model = retraining.scoring_model_retrain()
    assert model.active and model.version == 6
    assert model.trained_on == 400 - len(range(0, 400, 7))
    assert model.weights["topic"] > PRIOR_WEIGHTS["topic"]
    assert model.metrics["auc_holdout"] >= model.metrics["auc_active"]
    assert ScoringModel.objects.filter(active=True).count() == 1
    assert AuditEvent.objects.filter(verb="scoring_model.activated", object_id=model.pk).exists()
    # The next run scores with the new weights.
    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    assert run.model == model


def test_outcomes_join_decisions_as_weighted_examples() -> None:
    """Completed mentorships rated well (and badly) and ones ended early for a reason about
    the match teach the scorer; an end for circumstances, or an unrated one, does not."""
    now = timezone.now()
    values = np.linspace(0.1, 0.9, len(FEATURES))

    def mentorship(status: str, reason: str = "", ratings: tuple[int, ...] = ()) -> None:
        made = factories.MentorshipFactory.create(
            status=status, ended_at=now, end_reason=reason,
            proposal__explanation=_explanation(values),
        )  # fmt: skip
        for side, rating in zip(("mentor", "mentee"), ratings, strict=False):
            author = made.mentor.user if side == "mentor" else made.request.created_by
            Feedback.objects.create(mentorship=made, author=author, side=side, rating=rating)

    mentorship(Mentorship.Status.COMPLETED, ratings=(5, 4))
    mentorship(Mentorship.Status.COMPLETED, ratings=(1, 2))
    mentorship(Mentorship.Status.COMPLETED, ratings=(3, 3))  # no clear verdict
    mentorship(Mentorship.Status.COMPLETED)  # unrated
    mentorship(Mentorship.Status.ENDED, reason="Their experience was housing, ours is care")
    mentorship(Mentorship.Status.ENDED, reason="Our funding was cut")
    x, y, _, weights = retraining._training_data()
    # The confirmed proposals behind the six mentorships are decisions too (weight 1).
    outcomes = weights > 1
    assert sorted(zip(y[outcomes].tolist(), weights[outcomes].tolist(), strict=True)) == [
        (0, 1.5), (0, 2.0), (1, 2.0),
    ]  # fmt: skip
    assert np.allclose(x[outcomes], values)
