"""A mentor's saved change queues one mentor run, which re-scores only the requests it touches."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Region, Stage
from core.models import AuditEvent
from matching import policies, queue, selectors, tasks
from matching.models import MatchRun, MentoringRequest, MentorProfile, Proposal
from matching.services import match_runs
from matching.services.profiles import mentor_profile_create, mentor_profile_update
from matching.services.run_recovery import match_runs_recover
from tests import factories
from tests.factories import sectors, topics
from tests.matching import builders
from worker.models import OutboxMessage

pytestmark = pytest.mark.django_db

# Requests that differ in needs, words and sector, so each has its own best mentors (their goals
# are left empty: the factory's default goals, about TUPE and pensions, would suit one mentor).
REQUESTS = [
    (["tupe", "pensions"], "libraries-culture",
     "Our library service spins out next year; staff transfer under TUPE and LGPS pensions."),
    (["finance-investment", "business-planning"], "adult-social-care",
     "Our care service needs a business plan, a financial model and a social investment loan."),
    (["bidding-contracts", "commissioning"], "community-health",
     "We bid for NHS community health tenders and want to understand commissioning."),
    (["leadership", "employee-engagement"], "youth-services",
     "A new chief executive for our youth service wants staff ownership and staff voice."),
    (["marketing", "social-value"], "public-health",
     "We must show our social value and tell residents what our public health service does."),
    (["legal-governance"], "leisure-sport",
     "Our leisure trust board needs help with its articles and governance."),
]  # fmt: skip


def programme() -> tuple[list[MentorProfile], list[MentoringRequest]]:
    mentors = [builders.mentor(spec) for spec in builders.MENTOR_SPECS]
    requests = [
        builders.request(
            needs, summary=summary, goals="", created_by__organisation__sectors=[sector]
        )
        for needs, sector, summary in REQUESTS
    ]
    return mentors, requests


def scored_round() -> MatchRun:
    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    return match_runs.round_run(run=run)


def rows_of(request_ids: list[int]) -> list[tuple]:
    """Every stored proposal of these requests, as the writer left it."""
    return list(
        Proposal.objects.filter(request_id__in=request_ids)
        .order_by("id")
        .values_list("id", "request_id", "mentor_id", "score", "rank", "run_id", "updated_at")
    )


def suggested_mentors(request: MentoringRequest) -> set[int]:
    return set(
        Proposal.objects.filter(request=request, status=Proposal.Status.SUGGESTED).values_list(
            "mentor_id", flat=True
        )
    )


def queued_tasks() -> list[str]:
    return list(OutboxMessage.objects.order_by("id").values_list("task", flat=True))


def the_mentor_run(profile: MentorProfile) -> MatchRun:
    return MatchRun.objects.get(kind=MatchRun.Kind.MENTOR, mentor=profile)


# --- Queueing ---------------------------------------------------------------------------------


def test_a_mentor_edit_queues_a_mentor_run_not_a_round(django_capture_on_commit_callbacks):
    mentors, _ = programme()
    profile = mentors[0]
    before = MentorProfile.objects.get(pk=profile.pk).updated_at
    with django_capture_on_commit_callbacks() as callbacks:
        mentor_profile_update(profile=profile, actor=profile.user, expertise=topics("assets"))
    run = the_mentor_run(profile)
    assert run.status == MatchRun.Status.QUEUED and run.request is None
    assert not MatchRun.objects.filter(kind=MatchRun.Kind.ROUND).exists()
    assert len(callbacks) == 1 and callbacks[0].task == queue.TASK_SCORE_MENTOR
    assert callbacks[0].kwargs == {"run_id": run.pk}
    assert queued_tasks() == [queue.TASK_SCORE_MENTOR]
    assert AuditEvent.objects.filter(verb="match_run.queued", object_id=run.pk).exists()
    # An M2M-only edit still moves the mentor index's cache key.
    assert MentorProfile.objects.get(pk=profile.pk).updated_at > before


def test_six_toggles_of_accepting_queue_one_run(django_capture_on_commit_callbacks):
    mentors, _ = programme()
    profile = mentors[0]
    with django_capture_on_commit_callbacks() as callbacks:
        for accepting in (False, True, False, True, False, True):
            mentor_profile_update(profile=profile, actor=profile.user, accepting=accepting)
    assert MatchRun.objects.count() == 1 and the_mentor_run(profile)
    assert len(callbacks) == 1
    # Another mentor's change is other work: it gets its own run.
    mentor_profile_update(profile=mentors[1], actor=mentors[1].user, capacity=4)
    assert MatchRun.objects.filter(kind=MatchRun.Kind.MENTOR).count() == 2


def test_a_queued_round_absorbs_the_edit_and_a_stale_queued_run_does_not():
    mentors, _ = programme()
    profile = mentors[0]
    round_ = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    mentor_profile_update(profile=profile, actor=profile.user, accepting=False)
    assert list(MatchRun.objects.all()) == [round_]
    # A round queued long ago lost its message: it no longer stands in for new work.
    MatchRun.objects.filter(pk=round_.pk).update(created_at=timezone.now() - timedelta(hours=1))
    mentor_profile_update(profile=profile, actor=profile.user, accepting=True)
    assert the_mentor_run(profile).status == MatchRun.Status.QUEUED
    # A run already under way has read the profile: a later edit queues another.
    match_runs.match_run_start(run=the_mentor_run(profile))
    mentor_profile_update(profile=profile, actor=profile.user, capacity=5)
    assert MatchRun.objects.filter(kind=MatchRun.Kind.MENTOR, mentor=profile).count() == 2


def test_a_new_profile_queues_a_mentor_run_only_when_requests_are_open():
    user = factories.MentorUserFactory.create()
    profile = mentor_profile_create(actor=user, expertise=topics("tupe"), capacity=2)
    assert not MatchRun.objects.exists()
    builders.request(["tupe"])
    mentor_profile_update(profile=profile, actor=user, bio="Twenty years in local government.")
    assert the_mentor_run(profile).kind == MatchRun.Kind.MENTOR


def test_a_mentor_run_needs_its_mentor():
    with pytest.raises(ValueError, match="needs a mentor"):
        match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, enqueue=False)


# --- Running ----------------------------------------------------------------------------------


def test_a_mentor_who_stops_accepting_leaves_only_the_lists_that_named_them(settings):
    settings.MATCH_PROPOSALS_PER_REQUEST = 2
    mentors, requests = programme()
    scored_round()
    profile = mentors[0]  # TUPE and pensions, from a library mutual
    named = [r for r in requests if profile.pk in suggested_mentors(r)]
    others = [r.pk for r in requests if r not in named]
    assert named and others, "the programme should give this mentor some lists, not all"
    untouched = rows_of(others)

    mentor_profile_update(profile=profile, actor=profile.user, accepting=False)
    run = match_runs.mentor_change_score(run=the_mentor_run(profile))

    assert run.status == MatchRun.Status.SUCCEEDED and run.progress == 100
    assert run.counts["requests"] == len(requests)
    assert run.counts["affected"] == len(named)
    assert not Proposal.objects.filter(mentor=profile, status=Proposal.Status.SUGGESTED).exists()
    for request in named:
        kept = Proposal.objects.filter(request=request, status=Proposal.Status.SUGGESTED)
        assert kept.count() >= 2 and {p.run_id for p in kept} == {run.pk}
    # Requests that never named the mentor: the same rows, not rewritten by this run.
    assert rows_of(others) == untouched
    assert AuditEvent.objects.filter(verb="match_run.succeeded", object_id=run.pk).exists()


def test_a_new_strong_mentor_joins_the_lists_they_beat_and_no_others(settings):
    settings.MATCH_PROPOSALS_PER_REQUEST = 2
    _, requests = programme()
    scored_round()
    governance = requests[5]  # a leisure trust asking about its articles and governance
    before = {r.pk: rows_of([r.pk]) for r in requests}

    user = factories.MentorUserFactory.create(
        organisation__stage=Stage.ESTABLISHED, organisation__sectors=["leisure-sport"]
    )
    profile = mentor_profile_create(
        actor=user,
        expertise=topics("legal-governance"),
        sectors=sectors("leisure-sport"),
        capacity=3,
        accepting=True,
        bio="Chaired a leisure trust board: its articles, governance and board recruitment.",
    )
    run = match_runs.mentor_change_score(run=the_mentor_run(profile))

    assert run.status == MatchRun.Status.SUCCEEDED
    assert profile.pk in suggested_mentors(governance)
    rewritten = set(Proposal.objects.filter(run=run).values_list("request_id", flat=True))
    assert governance.pk in rewritten
    assert run.counts["affected"] == len(rewritten) < len(requests)
    for request in requests:
        if request.pk not in rewritten:
            assert rows_of([request.pk]) == before[request.pk]
            assert profile.pk not in suggested_mentors(request)


def test_a_short_list_takes_the_new_mentor_whatever_their_score(settings):
    settings.MATCH_PROPOSALS_PER_REQUEST = 5
    request = builders.request(["marketing"])
    first = builders.mentor(builders.MENTOR_SPECS[5])
    run = match_runs.match_run_create(kind=MatchRun.Kind.REQUEST, request=request, enqueue=False)
    match_runs.request_score(request=request, run=run)
    assert suggested_mentors(request) == {first.pk}

    weak = builders.mentor(builders.MENTOR_SPECS[3])  # leadership: nothing the request asks
    mentor_profile_update(profile=weak, actor=weak.user, bio="Chief executive.")
    run = match_runs.mentor_change_score(run=the_mentor_run(weak))
    assert run.counts["affected"] == 1
    assert suggested_mentors(request) == {first.pk, weak.pk}


def test_a_mentor_run_reads_in_a_fixed_number_of_queries(settings):
    settings.MATCH_PROPOSALS_PER_REQUEST = 2
    mentors, _ = programme()
    selectors.mentor_index()  # encoded once, as a warm worker has it

    def queries() -> int:
        scored_round()
        run = match_runs.match_run_create(
            kind=MatchRun.Kind.MENTOR, mentor=mentors[0], enqueue=False
        )
        with CaptureQueriesContext(connection) as captured:
            run = match_runs.mentor_change_score(run=run)
        assert run.counts["affected"] > 0 and run.counts["new"] == 0
        return len(captured)

    small = queries()
    for needs, sector, summary in REQUESTS * 3:
        builders.request(needs, summary=summary, created_by__organisation__sectors=[sector])
    assert queries() == small


def test_over_unchanged_data_a_mentor_run_keeps_the_rounds_choices_within_capacity(settings):
    settings.MATCH_PROPOSALS_PER_REQUEST = 2
    mentors, _ = programme()
    # Two requests for each best mentor, never scoring exactly alike: between equal requests
    # the assignment's choice may fall either way, in a round as in a mentor run.
    for needs, sector, summary in REQUESTS:
        builders.request(
            needs,
            summary=f"{summary} We are small.",
            created_by__organisation__sectors=[sector],
            created_by__organisation__employees=15,
            created_by__organisation__region=Region.LONDON,
        )
    scored_round()

    def stored() -> list[tuple]:
        return list(
            Proposal.objects.order_by("request_id", "mentor_id").values_list(
                "id", "request_id", "mentor_id", "score", "rank", "recommended"
            )
        )

    before = stored()
    for profile in mentors:
        run = match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=profile, enqueue=False)
        assert match_runs.mentor_change_score(run=run).counts["affected"] > 0
    # The requests it leaves alone keep their recommended mentors' places, so the ones it
    # re-scores share out only what is left, not every mentor's places afresh: no request
    # loses its match, and the recommendations are worth at least what the round chose (a
    # subset re-assigned can find a near-tie the round's fallback passes left, never worse).
    after = stored()

    def listed(rows: list[tuple]) -> list[tuple]:  # each request's top two, as ranked
        return [row[:5] for row in rows if row[4] <= 2]

    assert listed(after) == listed(before)

    def recommended(rows: list[tuple]) -> tuple[int, float]:
        picked = [row for row in rows if row[5]]
        return len(picked), sum(row[3] for row in picked)

    assert recommended(after)[0] == recommended(before)[0]
    assert recommended(after)[1] >= recommended(before)[1] - 1e-9
    for profile in mentors:
        chosen = Proposal.objects.filter(mentor=profile, recommended=True).count()
        assert chosen <= profile.capacity


def test_acted_pairs_stay_as_they_are(settings):
    settings.MATCH_PROPOSALS_PER_REQUEST = 2
    mentors, requests = programme()
    scored_round()
    profile = mentors[0]
    request = next(r for r in requests if profile.pk in suggested_mentors(r))
    approved = Proposal.objects.get(request=request, mentor=profile)
    Proposal.objects.filter(pk=approved.pk).update(status=Proposal.Status.APPROVED, score=0.123)
    mentor_profile_update(profile=profile, actor=profile.user, bio="Library spin-out, TUPE.")
    match_runs.mentor_change_score(run=the_mentor_run(profile))
    approved.refresh_from_db()
    assert approved.status == Proposal.Status.APPROVED and approved.score == 0.123


def test_a_mentor_run_with_no_open_requests_succeeds_with_nothing_to_do():
    mentors, _ = programme()
    run = match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=mentors[0], enqueue=False)
    MentoringRequest.objects.update(status=MentoringRequest.Status.WITHDRAWN)
    run = match_runs.mentor_change_score(run=run)
    assert run.status == MatchRun.Status.SUCCEEDED
    assert run.counts["requests"] == 0 and run.counts["affected"] == 0
    # A redelivered message finds it finished and does nothing.
    assert match_runs.mentor_change_score(run=run).counts == run.counts


def test_a_failure_leaves_the_mentor_run_failed(monkeypatch):
    mentors, _ = programme()
    run = match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=mentors[0], enqueue=False)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the column broke")

    monkeypatch.setattr(match_runs, "score_chunk", broken)
    with pytest.raises(RuntimeError):
        match_runs.mentor_change_score(run=run)
    run.refresh_from_db()
    assert run.status == MatchRun.Status.FAILED and "the column broke" in run.error


def test_the_task_runs_the_service_and_ignores_a_missing_run():
    mentors, _ = programme()
    run = match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=mentors[0], enqueue=False)
    assert tasks.score_mentor_change.run(run.pk) == run.pk
    run.refresh_from_db()
    assert run.status == MatchRun.Status.SUCCEEDED
    assert tasks.score_mentor_change.run(run.pk + 1000) is None


# --- Stale suggestions and recovery -----------------------------------------------------------


def test_suggestions_naming_the_mentor_are_stale_while_their_run_waits(settings):
    settings.MATCH_PROPOSALS_PER_REQUEST = 2
    mentors, _ = programme()
    scored_round()
    coordinator = factories.CoordinatorFactory.create()
    profile = mentors[0]
    mentor_profile_update(profile=profile, actor=profile.user, accepting=False)
    # `stale` is an annotation the policy adds, unknown to the model's type.
    shown: list[Any] = list(
        policies.proposals_visible_to(coordinator).filter(status=Proposal.Status.SUGGESTED)
    )
    assert {p.stale for p in shown if p.mentor_id == profile.pk} == {True}
    assert {p.stale for p in shown if p.mentor_id != profile.pk} == {False}


def stuck(run: MatchRun) -> MatchRun:
    MatchRun.objects.filter(pk=run.pk).update(created_at=timezone.now() - timedelta(hours=1))
    run.refresh_from_db()
    return run


def test_a_stuck_mentor_run_is_queued_again_as_a_mentor_run(django_capture_on_commit_callbacks):
    mentors, _ = programme()
    lost = stuck(match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=mentors[0]))
    with django_capture_on_commit_callbacks() as callbacks:
        assert match_runs_recover() == {"stuck": 1, "requeued": 1}
    lost.refresh_from_db()
    assert lost.status == MatchRun.Status.FAILED and "queued again" in lost.error
    fresh = MatchRun.objects.exclude(pk=lost.pk).get()
    assert (fresh.kind, fresh.mentor_id, fresh.status) == ("mentor", mentors[0].pk, "queued")
    assert [c.task for c in callbacks] == [queue.TASK_SCORE_MENTOR]


@pytest.mark.parametrize("newer", ["round", "same mentor"])
def test_a_stuck_mentor_run_that_newer_work_covers_is_only_failed(newer):
    mentors, _ = programme()
    lost = stuck(match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=mentors[0]))
    if newer == "round":
        match_runs.match_run_create(kind=MatchRun.Kind.ROUND)
    else:
        match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=mentors[0])
    assert match_runs_recover() == {"stuck": 1, "requeued": 0}
    lost.refresh_from_db()
    assert lost.status == MatchRun.Status.FAILED and MatchRun.objects.count() == 2


def test_another_mentors_run_does_not_cover_a_stuck_one():
    mentors, _ = programme()
    stuck(match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=mentors[0]))
    match_runs.match_run_create(kind=MatchRun.Kind.MENTOR, mentor=mentors[1])
    assert match_runs_recover() == {"stuck": 1, "requeued": 1}
    assert MatchRun.objects.filter(mentor=mentors[0], status=MatchRun.Status.QUEUED).count() == 1
