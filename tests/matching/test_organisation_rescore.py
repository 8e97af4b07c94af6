"""An organisation's new details re-score what they feed into, now rather than at the nightly
round: its mentors get a mentor run each, its open requests a request run each; a change the
scorer does not read (a name, a website) queues nothing."""

from __future__ import annotations

from typing import Any

import pytest

from accounts.models import Organisation, Region, Stage
from accounts.services import organisation_update
from accounts.signals import organisation_changed
from matching import queue
from matching.models import MatchRun, MentoringRequest, Proposal
from matching.services import match_runs
from tests import factories
from tests.factories import sectors
from tests.matching import builders

pytestmark = pytest.mark.django_db


def runs(kind: str) -> list[MatchRun]:
    return list(MatchRun.objects.filter(kind=kind).order_by("pk"))


def test_a_mentors_mutual_that_moves_region_is_scored_again(
    django_capture_on_commit_callbacks: Any,
) -> None:
    mentors = [builders.mentor(spec) for spec in builders.MENTOR_SPECS]
    request = builders.request(
        ["tupe", "pensions"],
        summary="Our library service spins out next year; staff transfer under TUPE.",
        goals="",
        created_by__organisation__region=Region.NORTH_WEST,
    )
    round_run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    match_runs.round_run(run=round_run)
    proposal = Proposal.objects.filter(request=request).order_by("rank").first()
    assert proposal is not None
    profile = next(m for m in mentors if m.pk == proposal.mentor_id)
    organisation = profile.user.organisation
    assert organisation is not None
    # A colleague from the same mutual mentors too: both are scored again.
    colleague = factories.MentorProfileFactory.create(
        user__organisation=organisation, expertise=["leadership"]
    )
    far = Region.NORTHERN_IRELAND
    assert organisation.region != far

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        organisation_update(organisation=organisation, actor=profile.user, region=far)

    mentor_runs = runs(MatchRun.Kind.MENTOR)
    assert {run.mentor_id for run in mentor_runs} == {profile.pk, colleague.pk}
    assert [c.task for c in callbacks] == [queue.TASK_SCORE_MENTOR] * 2
    # The mentor's run re-scores the request that named them: it drops the pair, or rewrites it
    # with the new region in its explanation.
    run = next(r for r in mentor_runs if r.mentor_id == profile.pk)
    match_runs.mentor_change_score(run=run)
    assert run.request_id is None
    stored = Proposal.objects.filter(request=request, mentor=profile).first()
    if stored is not None:
        assert stored.run_id == run.pk
        region = next(i for i in stored.explanation if i["feature"] == "region")
        assert region["value"] < 1.0  # Northern Ireland is not the North West


def test_a_fledgling_mutual_that_changes_sector_has_its_open_requests_scored_again(
    django_capture_on_commit_callbacks: Any,
) -> None:
    organisation = factories.OrganisationFactory.create(stage=Stage.TESTING)
    mentee = factories.MenteeFactory.create(organisation=organisation)
    open_requests = factories.MentoringRequestFactory.create_batch(2, created_by=mentee)
    factories.MentoringRequestFactory.create(
        created_by=mentee, status=MentoringRequest.Status.WITHDRAWN
    )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        organisation_update(
            organisation=organisation, actor=mentee, sectors=sectors("youth-services")
        )
    request_runs = runs(MatchRun.Kind.REQUEST)
    assert [run.request_id for run in request_runs] == [r.pk for r in open_requests]
    assert [c.task for c in callbacks] == [queue.TASK_SCORE_REQUEST] * 2


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "Riverside Libraries Mutual", "website": "https://example.org/"},
        {"description": "We run the borough's libraries."},
        {"stage": Stage.PLANNING, "region": Region.NORTH_WEST},  # the values it already has
    ],
)
def test_a_change_the_scorer_does_not_read_queues_nothing(fields: dict[str, Any]) -> None:
    organisation = factories.OrganisationFactory.create(
        stage=Stage.PLANNING, region=Region.NORTH_WEST
    )
    mentee = factories.MenteeFactory.create(organisation=organisation)
    factories.MentoringRequestFactory.create(created_by=mentee)
    before = MatchRun.objects.count()
    organisation_update(organisation=organisation, actor=mentee, **fields)
    assert MatchRun.objects.count() == before


def test_the_signal_carries_only_the_fields_that_moved() -> None:
    organisation = factories.OrganisationFactory.create(
        stage=Stage.PLANNING, region=Region.NORTH_WEST, sectors=["libraries-culture"]
    )
    mentee = factories.MenteeFactory.create(organisation=organisation)
    sent: list[frozenset[str]] = []

    def record(sender: type[Organisation], *, changed: frozenset[str], **kwargs: Any) -> None:
        sent.append(changed)

    organisation_changed.connect(record, dispatch_uid="test.record")
    try:
        organisation_update(
            organisation=organisation,
            actor=mentee,
            stage=Stage.PLANNING,
            region=Region.WALES,
            spun_out_year=None,
            sectors=sectors("libraries-culture"),
        )
        organisation_update(
            organisation=organisation, actor=mentee, sectors=sectors("libraries-culture")
        )
        organisation_update(organisation=organisation, actor=mentee, spun_out_year=2019)
    finally:
        organisation_changed.disconnect(dispatch_uid="test.record")
    assert sent == [frozenset({"region"}), frozenset({"spun_out_year"})]
