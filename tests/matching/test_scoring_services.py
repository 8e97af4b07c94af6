"""Scoring through the services, in this process: proposals, filters, idempotence, runs."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Stage
from core.models import AuditEvent
from matching import selectors
from matching.models import MatchRun, Mentorship, Proposal
from matching.services import match_runs
from tests import factories
from tests.matching import builders

pytestmark = pytest.mark.django_db


def run_request(request) -> MatchRun:
    run = match_runs.match_run_create(kind=MatchRun.Kind.REQUEST, request=request, enqueue=False)
    return match_runs.request_score(request=request, run=run)


def run_round() -> MatchRun:
    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    return match_runs.round_run(run=run)


def snapshot() -> list[tuple]:
    return list(
        Proposal.objects.order_by("request_id", "mentor_id").values_list(
            "request_id", "mentor_id", "score", "rank", "recommended", "explanation", "status"
        )
    )


def test_a_request_gets_ranked_explained_proposals(settings) -> None:
    settings.MATCH_PROPOSALS_PER_REQUEST = 3
    mentors, _ = builders.programme(0)
    request = builders.request(["tupe", "pensions"])
    run = run_request(request)
    assert run.status == MatchRun.Status.SUCCEEDED and run.progress == 100
    proposals = list(Proposal.objects.filter(request=request).order_by("rank"))
    assert [p.rank for p in proposals] == [1, 2, 3]
    assert [p.score for p in proposals] == sorted((p.score for p in proposals), reverse=True)
    # The TUPE and pensions mentor covers both needs: first, and the recommended one.
    assert proposals[0].mentor == mentors[0]
    assert proposals[0].recommended and sum(p.recommended for p in proposals) == 1
    for proposal in proposals:
        assert proposal.run == run and proposal.status == Proposal.Status.SUGGESTED
        assert abs(sum(i["contribution"] for i in proposal.explanation) - proposal.score) < 1e-9
        assert {i["feature"] for i in proposal.explanation} >= {"topic", "stage", "text"}
    topic = next(i for i in proposals[0].explanation if i["feature"] == "topic")
    assert topic["value"] == 1.0
    assert AuditEvent.objects.filter(verb="match_run.succeeded", object_id=run.pk).exists()


def test_hard_filters_hold(settings) -> None:
    settings.MATCH_PROPOSALS_PER_REQUEST = 10
    mentors, _ = builders.programme(0)
    request = builders.request(["tupe", "pensions"])
    # Same organisation as the request.
    colleague = builders.mentor(builders.MENTOR_SPECS[0], user__organisation=request.organisation)
    # Not accepting.
    resting = builders.mentor(builders.MENTOR_SPECS[0], accepting=False)
    # Full: one slot, one live mentorship.
    full = builders.mentor(builders.MENTOR_SPECS[0], capacity=1)
    factories.MentorshipFactory.create(mentor=full)
    # Rejected for this request before.
    rejected = builders.mentor(builders.MENTOR_SPECS[0])
    factories.ProposalFactory.create(
        request=request, mentor=rejected, status=Proposal.Status.REJECTED, reason="Wrong sector"
    )
    # Not ahead of the mentee (both at the planning stage).
    behind = builders.mentor(builders.MENTOR_SPECS[0])
    behind_org = behind.user.organisation
    assert behind_org is not None
    behind_org.stage = Stage.PLANNING
    behind_org.save()
    run_request(request)
    proposed = set(
        Proposal.objects.filter(request=request, status=Proposal.Status.SUGGESTED).values_list(
            "mentor_id", flat=True
        )
    )
    assert mentors[0].pk in proposed
    assert not proposed & {colleague.pk, resting.pk, full.pk, rejected.pk, behind.pk}
    assert Proposal.objects.get(request=request, mentor=rejected).status == "rejected"


def test_a_round_proposes_for_every_open_request_within_capacity() -> None:
    mentors, requests = builders.programme(8)
    withdrawn = builders.request(["tupe"], status="withdrawn")
    run = run_round()
    assert run.status == MatchRun.Status.SUCCEEDED
    assert run.counts["requests"] == 8 and run.counts["proposals"] > 0
    for request in requests:
        assert Proposal.objects.filter(request=request).exists()
        assert Proposal.objects.filter(request=request, recommended=True).count() <= 1
    assert not Proposal.objects.filter(request=withdrawn).exists()
    for profile in mentors:
        chosen = Proposal.objects.filter(mentor=profile, recommended=True).count()
        assert chosen <= profile.capacity
    # Capacity is 10 over 8 requests: everyone can be matched, so everyone is.
    assert Proposal.objects.filter(recommended=True).count() == 8


def test_running_a_round_twice_leaves_identical_rows() -> None:
    builders.programme(8)
    run_round()
    first = snapshot()
    ids = set(Proposal.objects.values_list("id", flat=True))
    run_round()
    assert snapshot() == first
    assert set(Proposal.objects.values_list("id", flat=True)) == ids
    pairs = Proposal.objects.values_list("request_id", "mentor_id")
    assert len(set(pairs)) == len(pairs)


def test_a_rerun_never_touches_acted_proposals_and_drops_stale_suggestions(
    settings,
) -> None:
    settings.MATCH_PROPOSALS_PER_REQUEST = 2
    builders.programme(0)
    request = builders.request(["tupe", "pensions"])
    run_request(request)
    top, second = Proposal.objects.filter(request=request).order_by("rank")[:2]
    Proposal.objects.filter(pk=top.pk).update(status=Proposal.Status.APPROVED, score=0.123)
    # A suggestion for a mentor who has since stopped accepting drops out of the new list.
    resting = builders.mentor(builders.MENTOR_SPECS[0], accepting=False)
    stale = factories.ProposalFactory.create(
        request=request, mentor=resting, rank=9, recommended=False
    )
    run_request(request)
    top.refresh_from_db()
    assert top.status == "approved" and top.score == 0.123  # untouched
    assert not Proposal.objects.filter(pk=stale.pk).exists()  # a stale suggestion is deleted
    suggested = Proposal.objects.filter(request=request, status="suggested").order_by("rank")
    assert second.pk in {p.pk for p in suggested}
    assert top.mentor_id not in {p.mentor_id for p in suggested}


def test_the_recommended_pair_is_stored_even_below_the_top_n(settings) -> None:
    settings.MATCH_PROPOSALS_PER_REQUEST = 1
    best = builders.mentor(builders.MENTOR_SPECS[0], capacity=1)
    builders.mentor(builders.MENTOR_SPECS[4], capacity=1)  # tupe + governance: second best
    first = builders.request(["tupe", "pensions"])
    second = builders.request(["tupe", "pensions"])
    run_round()
    for request in (first, second):
        assert Proposal.objects.filter(request=request, recommended=True).count() == 1
    assert Proposal.objects.filter(mentor=best, recommended=True).count() == 1
    # One of the two requests had its recommended pair ranked second, and it is stored.
    assert Proposal.objects.filter(recommended=True, rank=2).count() == 1


def test_selectors_use_a_constant_number_of_queries() -> None:
    builders.programme(4)
    with CaptureQueriesContext(connection) as small:
        selectors.mentor_profiles_for_engine()
        selectors.requests_for_engine(selectors.open_request_ids())
        selectors.mentor_availability(selectors.mentor_profiles_for_engine())
    builders.programme(12)
    with CaptureQueriesContext(connection) as large:
        selectors.mentor_profiles_for_engine()
        selectors.requests_for_engine(selectors.open_request_ids())
        selectors.mentor_availability(selectors.mentor_profiles_for_engine())
    assert len(large) == len(small) <= 16


def test_a_failure_leaves_the_run_failed_with_its_error(monkeypatch) -> None:
    builders.programme(2)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(match_runs, "shortlist", broken)
    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    with pytest.raises(RuntimeError):
        match_runs.round_run(run=run)
    run.refresh_from_db()
    assert run.status == MatchRun.Status.FAILED
    assert "the engine broke" in run.error


def test_saving_hooks_enqueue_on_commit(django_capture_on_commit_callbacks) -> None:
    mentors, requests = builders.programme(1)
    with django_capture_on_commit_callbacks() as callbacks:
        run = match_runs.match_run_create(kind=MatchRun.Kind.REQUEST, request=requests[0])
    assert run.kind == "request" and run.status == "queued" and len(callbacks) == 1
    with django_capture_on_commit_callbacks() as callbacks:
        first = match_runs.match_run_for_mentor_change(profile=mentors[0])
        again = match_runs.match_run_for_mentor_change(profile=mentors[0])
        other = match_runs.match_run_for_mentor_change(profile=mentors[1])
    assert first is not None and (first.kind, first.mentor) == ("mentor", mentors[0])
    assert again is None  # the queued run for that mentor already covers the second edit
    assert other is not None and other.mentor == mentors[1]
    assert len(callbacks) == 2


def test_capacity_counts_live_mentorships_and_accepted_proposals() -> None:
    profile = builders.mentor(builders.MENTOR_SPECS[0], capacity=3)
    factories.MentorshipFactory.create(mentor=profile)
    factories.ProposalFactory.create(mentor=profile, status=Proposal.Status.ACCEPTED)
    factories.MentorshipFactory.create(mentor=profile, status=Mentorship.Status.COMPLETED)
    mentors = selectors.mentor_profiles_for_engine()
    free, _ = selectors.mentor_availability(mentors)
    assert free[list(mentors.ids).index(profile.pk)] == 1


def test_a_failed_chunk_fails_the_round_through_the_chord_errback() -> None:
    from matching import tasks

    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    match_runs.match_run_start(run=run)
    tasks.round_failed.run(None, RuntimeError("worker lost its chunk"), None, run.pk)
    run.refresh_from_db()
    assert run.status == "failed" and "worker lost its chunk" in run.error
    # A late callback after the failure changes nothing.
    assert tasks.finish_round.run([], run.pk) == run.pk
    run.refresh_from_db()
    assert run.status == "failed"
