"""Scoring an integrator can follow: `scoring` on a request, `stale` on a suggestion re-scored."""

from __future__ import annotations

from matching.models import MatchRun, Proposal
from tests import factories
from tests.api.conftest import World

S = MatchRun.Status


def scored_suggestion(world: World) -> Proposal:
    first = MatchRun.objects.create(
        kind=MatchRun.Kind.REQUEST, request=world.request, status=S.SUCCEEDED
    )
    return world.proposal(Proposal.Status.SUGGESTED, run=first)


def read(world: World, proposal: Proposal, actor: str = "coordinator") -> dict[str, object]:
    response = world.client(actor).get(f"/api/v1/proposals/{proposal.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


def scoring(world: World, request_id: int, actor: str = "coordinator") -> object:
    response = world.client(actor).get(f"/api/v1/requests/{request_id}/")
    assert response.status_code == 200, response.content
    return response.json()["scoring"]


def test_a_suggestion_is_stale_while_a_newer_run_re_scores_its_request(world: World) -> None:
    proposal = scored_suggestion(world)
    assert read(world, proposal)["stale"] is False
    newer = MatchRun.objects.create(
        kind=MatchRun.Kind.REQUEST, request=world.request, status=S.RUNNING
    )
    assert read(world, proposal)["stale"] is True
    listed = (
        world.client("coordinator").get(f"/api/v1/proposals/?request={world.request.pk}").json()
    )
    assert [p["stale"] for p in listed["results"]] == [True]
    newer.status = S.SUCCEEDED
    newer.save(update_fields=["status"])
    assert read(world, proposal)["stale"] is False


def test_a_queued_round_makes_every_suggestion_stale_and_shows_as_scoring(world: World) -> None:
    proposal = scored_suggestion(world)
    MatchRun.objects.create(kind=MatchRun.Kind.ROUND, status=S.QUEUED)
    assert read(world, proposal)["stale"] is True
    assert scoring(world, world.request.pk, "mentee") == "queued"


def test_a_proposal_someone_acted_on_is_never_stale(world: World) -> None:
    first = MatchRun.objects.create(
        kind=MatchRun.Kind.REQUEST, request=world.request, status=S.SUCCEEDED
    )
    proposal = world.proposal(Proposal.Status.APPROVED, run=first)
    MatchRun.objects.create(kind=MatchRun.Kind.ROUND, status=S.RUNNING)
    assert read(world, proposal, "mentor")["stale"] is False
    assert read(world, proposal)["stale"] is False


def test_scoring_is_null_before_any_run(world: World) -> None:
    assert scoring(world, world.request.pk, "mentee") is None


def test_a_waiting_mentor_run_makes_that_mentors_suggestions_stale(world: World) -> None:
    proposal = scored_suggestion(world)
    other = world.proposal(
        Proposal.Status.SUGGESTED,
        mentor=world.other_mentor.mentor_profile,
        run=proposal.run,
    )
    MatchRun.objects.create(kind=MatchRun.Kind.MENTOR, mentor=world.mentor_profile, status=S.QUEUED)
    assert read(world, proposal)["stale"] is True
    assert read(world, other)["stale"] is False


def test_a_mentor_run_reads_with_its_kind_and_mentor(world: World) -> None:
    run = MatchRun.objects.create(kind=MatchRun.Kind.MENTOR, mentor=world.mentor_profile)
    body = world.client("coordinator").get(f"/api/v1/match-runs/{run.pk}/").json()
    assert (body["kind"], body["mentor"], body["request"]) == (
        "mentor",
        world.mentor_profile.pk,
        None,
    )
    listed = world.client("coordinator").get("/api/v1/match-runs/").json()["results"]
    assert [(r["kind"], r["mentor"]) for r in listed] == [("mentor", world.mentor_profile.pk)]


def test_a_mentor_run_shows_as_scoring_on_the_requests_it_re_scores(world: World) -> None:
    """A mentor's edit re-scores every request with that mentor among its suggestions, so
    those requests say so; a request the mentor is not suggested for keeps its own status."""
    proposal = scored_suggestion(world)
    elsewhere = factories.MentoringRequestFactory.create()
    MatchRun.objects.create(kind=MatchRun.Kind.REQUEST, request=elsewhere, status=S.SUCCEEDED)
    world.proposal(
        Proposal.Status.SUGGESTED, request=elsewhere, mentor=world.other_mentor.mentor_profile
    )
    run = MatchRun.objects.create(
        kind=MatchRun.Kind.MENTOR, mentor=world.mentor_profile, status=S.QUEUED
    )

    assert scoring(world, proposal.request_id) == "queued"
    assert scoring(world, elsewhere.pk) == "succeeded"
    listed = world.client("coordinator").get("/api/v1/requests/").json()["results"]
    assert {r["id"]: r["scoring"] for r in listed}[proposal.request_id] == "queued"
    for status in (S.RUNNING, S.SUCCEEDED):
        run.status = status
        run.save(update_fields=["status"])
        assert scoring(world, proposal.request_id) == status
    # Once the mentor was declined, a later edit of theirs no longer touches this request.
    proposal.status = Proposal.Status.DECLINED
    proposal.save(update_fields=["status"])
    MatchRun.objects.create(kind=MatchRun.Kind.MENTOR, mentor=world.mentor_profile)
    assert scoring(world, proposal.request_id) == "succeeded"
