"""Every endpoint and action x every kind of user → the status docs/api.md promises.

One parametrised case per cell. A route or method without a row, or a row without every actor,
fails `test_every_route_and_method_has_a_row`/`test_every_row_names_every_actor`, so a new
endpoint cannot ship unchecked. Hidden objects are 404 (cannot be probed); visible ones the
actor may not change are 403; the anonymous get 401 (with `WWW-Authenticate: Token`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from enquiries.models import Enquiry
from matching.models import Goal, MatchRun, Meeting, Mentorship, Proposal
from resources.models import CaseStudy, Resource
from tests import factories
from tests.api.conftest import (
    ACTORS,
    ANONYMOUS,
    COORDINATOR,
    MENTEE,
    MENTOR,
    OTHER_MENTEE,
    OTHER_MENTOR,
    World,
)

Setup = Callable[[World], dict[str, Any]]
Body = Callable[[World], dict[str, Any]]

P = Proposal.Status


def expect(default: int, anonymous: int = 401, **by_actor: int) -> dict[str, int]:
    table = dict.fromkeys(ACTORS, default)
    table[ANONYMOUS] = anonymous
    table.update(by_actor)
    return table


def for_coordinators(ok: int) -> dict[str, int]:
    return expect(403, **{COORDINATOR: ok})


@dataclass(frozen=True)
class Row:
    route: str
    method: str
    expected: dict[str, int]
    setup: Setup = field(default=lambda w: {})
    body: Body = field(default=lambda w: {})


def _proposal(status: str) -> Setup:
    return lambda w: {"pk": w.proposal(status).pk}


def _mentorship(w: World) -> dict[str, Any]:
    return {"pk": w.mentorship().pk}


def _goal(w: World) -> dict[str, Any]:
    mentorship = w.mentorship()
    goal = Goal.objects.create(mentorship=mentorship, title="Draft the TUPE timetable")
    return {"pk": mentorship.pk, "goal_id": goal.pk}


def _own_goal(w: World) -> dict[str, Any]:
    """A goal the mentee wrote: only its author changes or removes it."""
    mentorship = w.mentorship()
    goal = Goal.objects.create(
        mentorship=mentorship, title="Choose a legal form", created_by=w.mentee
    )
    return {"pk": mentorship.pk, "goal_id": goal.pk}


def _own_meeting(w: World) -> dict[str, Any]:
    """A meeting the mentor logged: only its author changes or removes it."""
    mentorship = w.mentorship()
    meeting = Meeting.objects.create(
        mentorship=mentorship, held_on=date.today(), minutes=30, created_by=w.mentor
    )
    return {"pk": mentorship.pk, "meeting_id": meeting.pk}


def _just_completed(w: World) -> dict[str, Any]:
    mentorship = w.mentorship("completed")
    Mentorship.objects.filter(pk=mentorship.pk).update(ended_at=timezone.now())
    return {"pk": mentorship.pk}


def _match_run(w: World) -> dict[str, Any]:
    return {"pk": MatchRun.objects.create(kind=MatchRun.Kind.ROUND).pk}


def _org_body(w: World) -> dict[str, Any]:
    return {"name": "Harbour Youth Mutual", "stage": 2, "sectors": ["youth-services"]}


def _request_body(w: World) -> dict[str, Any]:
    return {"needs": ["tupe"], "summary": "We need help with TUPE transfers."}


def _meeting_body(w: World) -> dict[str, Any]:
    return {"held_on": date.today().isoformat(), "minutes": 45, "topics": ["tupe"]}


HIDDEN = 404
# Participants of a mentorship act; coordinators read it; everyone else cannot see it.
PARTICIPANTS_ACT = expect(HIDDEN, **{MENTEE: 200, MENTOR: 200, COORDINATOR: 403})
# Coordinators may also move a mentorship on (e.g. end one that has gone quiet).
PARTICIPANTS_AND_COORDINATORS_ACT = expect(HIDDEN, **{MENTEE: 200, MENTOR: 200, COORDINATOR: 200})
PARTICIPANTS_CREATE = expect(HIDDEN, **{MENTEE: 201, MENTOR: 201, COORDINATOR: 403})
PARTICIPANTS_READ = expect(HIDDEN, **{MENTEE: 200, MENTOR: 200, COORDINATOR: 200})


# --- guide, resources, case studies, enquiries, concerns -------------------------------------
def _published_resource(w: World) -> dict[str, Any]:
    resource = Resource.objects.create(
        title="Fair Deal", summary="Pensions.", kind="guide", url="https://www.gov.uk/",
        status="published",
    )  # fmt: skip
    return {"pk": resource.pk}


def _case_study(w: World) -> dict[str, Any]:
    study = CaseStudy.objects.create(
        title="Riverside", summary="s", body="b", mentorship=w.mentorship("completed")
    )
    return {"pk": study.pk}


def _enquiry(w: World) -> dict[str, Any]:
    enquiry = Enquiry.objects.create(
        kind="mentoring", name="Sam", email="sam@example.org", message="Can I get a mentor?"
    )
    return {"pk": enquiry.pk}


EVERYONE_READS = expect(200, anonymous=200)
MEMBERS_OF_THE_REQUEST = expect(HIDDEN, **{MENTEE: 200, COORDINATOR: 200})
SIGNPOSTING_ROWS: list[Row] = [
    Row("guide", "get", EVERYONE_READS),
    Row("guide-progress", "get", expect(403, **{MENTEE: 200, OTHER_MENTEE: 200})),
    Row(
        "guide-progress",
        "put",
        expect(403, **{MENTEE: 200, OTHER_MENTEE: 200}),
        body=lambda w: {"done": ["planning-pensions"]},
    ),
    Row("resource-list", "get", EVERYONE_READS),
    Row(
        "resource-list",
        "post",
        for_coordinators(201),
        body=lambda w: {"title": "New", "summary": "s", "kind": "guide"},
    ),
    Row("resource-detail", "get", EVERYONE_READS, setup=_published_resource),
    Row(
        "resource-detail",
        "patch",
        for_coordinators(200),
        setup=_published_resource,
        body=lambda w: {"summary": "Shorter."},
    ),
    # Files come as multipart only: a JSON body, once allowed in, is an unsupported type.
    Row("resource-file", "put", for_coordinators(415), setup=_published_resource),
    Row(
        "resource-useful",
        "post",
        expect(200),
        setup=_published_resource,
        body=lambda w: {"useful": True},
    ),
    Row("request-resources", "get", MEMBERS_OF_THE_REQUEST, setup=lambda w: {"pk": w.request.pk}),
    Row("mentorship-resources", "get", PARTICIPANTS_READ, setup=_mentorship),
    Row(
        "mentorship-concern",
        "post",
        PARTICIPANTS_CREATE,
        setup=_mentorship,
        body=lambda w: {"message": "Our meetings keep being cancelled."},
    ),
    Row("case-study-list", "get", EVERYONE_READS),
    Row(
        "case-study-list",
        "post",
        for_coordinators(201),
        body=lambda w: {"title": "A story", "summary": "s", "body": "b"},
    ),
    # A draft about a mentorship: its two sides and coordinators see it, nobody else.
    Row(
        "case-study-detail",
        "get",
        expect(HIDDEN, anonymous=HIDDEN, **{MENTEE: 200, MENTOR: 200, COORDINATOR: 200}),
        setup=_case_study,
    ),
    Row(
        "case-study-detail",
        "patch",
        for_coordinators(200),
        setup=_case_study,
        body=lambda w: {"summary": "Shorter."},
    ),
    Row(
        "case-study-consent",
        "post",
        expect(HIDDEN, **{MENTEE: 200, MENTOR: 200, COORDINATOR: 403}),
        setup=_case_study,
        body=lambda w: {"consent": True},
    ),
    Row("enquiry-list", "get", for_coordinators(200)),
    Row(
        "enquiry-list",
        "post",
        expect(201, anonymous=201),
        body=lambda w: {
            "kind": "other",
            "name": "Sam",
            "email": "sam@example.org",
            "message": "Hi",
        },
    ),
    Row("enquiry-detail", "get", for_coordinators(200), setup=_enquiry),
    Row(
        "enquiry-detail",
        "patch",
        for_coordinators(200),
        setup=_enquiry,
        body=lambda w: {"status": "open"},
    ),
    Row("enquiry-messages", "get", for_coordinators(200), setup=_enquiry),
    Row(
        "enquiry-messages",
        "post",
        for_coordinators(201),
        setup=_enquiry,
        body=lambda w: {"body": "Thanks, we will be in touch.", "internal": True},
    ),
    Row("enquiry-invite", "post", for_coordinators(200), setup=_enquiry),
]

ROWS: list[Row] = [
    Row("me", "get", expect(200)),
    # Closing your own account (anonymised), and a copy of what is held about you.
    Row("me", "delete", expect(204), body=lambda w: {"password": factories.PASSWORD}),
    Row("me-export", "get", expect(200)),
    Row("taxonomy", "get", expect(200, anonymous=200)),
    Row(
        "request-suggest-needs",
        "post",
        expect(200),
        body=lambda w: {"summary": "Staff worry about the LGPS", "goals": ""},
    ),
    Row(
        "mentor-suggest-expertise", "post", expect(200), body=lambda w: {"bio": "TUPE and pensions"}
    ),
    Row(
        "auth-token",
        "post",
        # No credentials needed: the body is the credential.
        expect(200, anonymous=200),
        body=lambda w: {"email": w.mentee.email, "password": factories.PASSWORD},
    ),
    # Revoking the token you signed in with, or every token you hold (sign out everywhere).
    Row("auth-token", "delete", expect(204, anonymous=401)),
    Row("auth-tokens", "delete", expect(204, anonymous=401)),
    # Organisations: your own, or all for coordinators. Only someone without one creates one.
    Row("organisation-list", "get", expect(200)),
    Row("organisation-list", "post", expect(403, **{COORDINATOR: 201}), body=_org_body),
    Row(
        "organisation-detail",
        "get",
        expect(HIDDEN, **{MENTEE: 200, COORDINATOR: 200}),
        setup=lambda w: {"pk": w.request.organisation_id},
    ),
    Row(
        "organisation-detail",
        "patch",
        expect(HIDDEN, **{MENTEE: 200, COORDINATOR: 200}),
        setup=lambda w: {"pk": w.request.organisation_id},
        body=lambda w: {"description": "Library and archive services for the borough."},
    ),
    # Mentors: your own profile; coordinators all; mentees only after an acceptance.
    Row("mentor-list", "get", expect(200)),
    Row(
        "mentor-list",
        "post",
        # Both mentors already have a profile: a second one is a conflict, not a permission.
        expect(403, **{MENTOR: 409, OTHER_MENTOR: 409}),
        body=lambda w: {"expertise": ["tupe"], "capacity": 1},
    ),
    Row(
        "mentor-detail",
        "get",
        expect(HIDDEN, **{MENTOR: 200, COORDINATOR: 200}),
        setup=lambda w: {"pk": w.mentor_profile.pk},
    ),
    Row(
        "mentor-detail",
        "get",
        expect(HIDDEN, **{MENTEE: 200, MENTOR: 200, COORDINATOR: 200}),
        setup=lambda w: {"pk": w.proposal(P.ACCEPTED).mentor_id},
    ),
    Row(
        "mentor-detail",
        "patch",
        expect(HIDDEN, **{MENTOR: 200, COORDINATOR: 403}),
        setup=lambda w: {"pk": w.mentor_profile.pk},
        body=lambda w: {"capacity": 3, "expertise": ["pensions"]},
    ),
    # Requests: the organisation's mentees; coordinators read all.
    Row("request-list", "get", expect(200)),
    Row(
        "request-list",
        "post",
        expect(403, **{MENTEE: 201, OTHER_MENTEE: 201}),
        body=_request_body,
    ),
    Row(
        "request-detail",
        "get",
        expect(HIDDEN, **{MENTEE: 200, COORDINATOR: 200}),
        setup=lambda w: {"pk": w.request.pk},
    ),
    Row(
        "request-detail",
        "patch",
        expect(HIDDEN, **{MENTEE: 200, COORDINATOR: 403}),
        setup=lambda w: {"pk": w.request.pk},
        body=lambda w: {"summary": "Now also pensions."},
    ),
    Row(
        "request-withdraw",
        "post",
        expect(HIDDEN, **{MENTEE: 200, COORDINATOR: 403}),
        setup=lambda w: {"pk": w.request.pk},
        body=lambda w: {"reason": "We found a mentor elsewhere."},
    ),
    # Proposals: a suggestion is the coordinator's alone.
    Row("proposal-list", "get", expect(200)),
    Row(
        "proposal-detail",
        "get",
        expect(HIDDEN, **{COORDINATOR: 200}),
        setup=_proposal(P.SUGGESTED),
    ),
    Row(
        "proposal-detail",
        "get",
        expect(HIDDEN, **{MENTOR: 200, COORDINATOR: 200}),
        setup=_proposal(P.APPROVED),
    ),
    Row(
        "proposal-detail",
        "get",
        expect(HIDDEN, **{MENTEE: 200, MENTOR: 200, COORDINATOR: 200}),
        setup=_proposal(P.ACCEPTED),
    ),
    Row("proposal-approve", "post", expect(HIDDEN, **{COORDINATOR: 200}), _proposal(P.SUGGESTED)),
    Row(
        "proposal-reject",
        "post",
        expect(HIDDEN, **{COORDINATOR: 200}),
        setup=_proposal(P.SUGGESTED),
        body=lambda w: {"reason": "Too far away."},
    ),
    Row(
        "proposal-accept",
        "post",
        expect(HIDDEN, **{MENTOR: 200, COORDINATOR: 403}),
        setup=_proposal(P.APPROVED),
    ),
    Row(
        "proposal-decline",
        "post",
        expect(HIDDEN, **{MENTOR: 200, COORDINATOR: 403}),
        setup=_proposal(P.APPROVED),
        body=lambda w: {"reason": "No time this quarter."},
    ),
    Row(
        "proposal-decline",
        "post",
        # Once the mentor has said yes, the mentee may say no; the mentor's turn is over.
        expect(HIDDEN, **{MENTEE: 200, MENTOR: 409, COORDINATOR: 403}),
        setup=_proposal(P.ACCEPTED),
        body=lambda w: {"reason": "We chose a closer mentor."},
    ),
    Row(
        "proposal-confirm",
        "post",
        expect(HIDDEN, **{MENTEE: 201, MENTOR: 403, COORDINATOR: 403}),
        setup=_proposal(P.ACCEPTED),
    ),
    # Mentorships: the two parties act; coordinators read.
    Row("mentorship-list", "get", expect(200)),
    Row("mentorship-detail", "get", PARTICIPANTS_READ, setup=_mentorship),
    Row("mentorship-pause", "post", PARTICIPANTS_AND_COORDINATORS_ACT, setup=_mentorship),
    Row(
        "mentorship-resume",
        "post",
        PARTICIPANTS_AND_COORDINATORS_ACT,
        setup=lambda w: {"pk": w.mentorship("paused").pk},
    ),
    Row("mentorship-complete", "post", PARTICIPANTS_AND_COORDINATORS_ACT, setup=_mentorship),
    Row(
        "mentorship-end",
        "post",
        PARTICIPANTS_AND_COORDINATORS_ACT,
        setup=_mentorship,
        body=lambda w: {"reason": "The organisation paused its spin-out."},
    ),
    Row("mentorship-meetings", "get", PARTICIPANTS_READ, setup=_mentorship),
    Row("mentorship-meetings", "post", PARTICIPANTS_CREATE, setup=_mentorship, body=_meeting_body),
    Row("mentorship-goals", "get", PARTICIPANTS_READ, setup=_mentorship),
    Row(
        "mentorship-goals",
        "post",
        PARTICIPANTS_CREATE,
        setup=_mentorship,
        body=lambda w: {"title": "Choose a legal form"},
    ),
    Row("mentorship-goal", "patch", PARTICIPANTS_ACT, setup=_goal, body=lambda w: {"done": True}),
    # A goal or meeting is changed or removed by its author alone; a coordinator reopens a
    # mentorship completed by mistake.
    Row(
        "mentorship-goal",
        "delete",
        expect(HIDDEN, **{MENTEE: 204, MENTOR: 403, COORDINATOR: 403}),
        setup=_own_goal,
    ),
    Row(
        "mentorship-meeting",
        "patch",
        expect(HIDDEN, **{MENTEE: 403, MENTOR: 200, COORDINATOR: 403}),
        setup=_own_meeting,
        body=lambda w: {"minutes": 50},
    ),
    Row(
        "mentorship-meeting",
        "delete",
        expect(HIDDEN, **{MENTEE: 403, MENTOR: 204, COORDINATOR: 403}),
        setup=_own_meeting,
    ),
    Row(
        "mentorship-reopen",
        "post",
        expect(HIDDEN, **{MENTEE: 403, MENTOR: 403, COORDINATOR: 200}),
        setup=_just_completed,
        body=lambda w: {"reason": "Marked as completed by mistake."},
    ),
    Row("mentorship-feedback", "get", PARTICIPANTS_READ, setup=_mentorship),
    Row(
        "mentorship-feedback",
        "post",
        PARTICIPANTS_CREATE,
        # Feedback opens once the mentorship is over.
        setup=lambda w: {"pk": w.mentorship("completed").pk},
        body=lambda w: {"rating": 5, "comment": "Practical and kind."},
    ),
    # The engine: coordinators only.
    Row("match-run-list", "get", for_coordinators(200)),
    Row("match-run-list", "post", for_coordinators(202), body=lambda w: {"kind": "round"}),
    Row("match-run-detail", "get", for_coordinators(200), setup=_match_run),
    Row("scoring-model", "get", for_coordinators(200)),
    Row("scoring-model-retrain", "post", for_coordinators(202)),
    # Programme oversight: coordinators only; stage history goes with the organisation.
    Row("programme-pipeline", "get", expect(403, anonymous=401, **{COORDINATOR: 200})),
    Row("programme-reports", "get", expect(403, anonymous=401, **{COORDINATOR: 200})),
    Row(
        "organisation-history",
        "get",
        expect(HIDDEN, anonymous=401, **{MENTEE: 200, COORDINATOR: 200}),
        setup=lambda w: {"pk": w.request.organisation_id},
    ),
    *SIGNPOSTING_ROWS,
]

CELLS = [(row, actor) for row in ROWS for actor in ACTORS]


def _cell_id(row: Row, actor: str) -> str:
    return f"{row.method.upper()} {row.route} [{ROWS.index(row)}] as {actor}"


@pytest.mark.parametrize(("row", "actor"), CELLS, ids=[_cell_id(r, a) for r, a in CELLS])
def test_it_answers_each_actor_as_designed(
    world: World, scoring_model: object, row: Row, actor: str
) -> None:
    url = reverse(f"api:{row.route}", kwargs=row.setup(world))
    client = world.client(actor)
    response = getattr(client, row.method)(url, row.body(world), format="json")
    assert response.status_code == row.expected[actor], response.content[:500]
    if response.status_code != 204:  # No Content has no body, so no type
        expected = "application/problem+json" if response.status_code >= 400 else "application/json"
        assert response["Content-Type"] == expected


def test_every_row_names_every_actor() -> None:
    for row in ROWS:
        assert set(row.expected) == set(ACTORS), row.route


def _api_routes() -> Iterator[tuple[str, str]]:
    """(url name, method) for every route under api/v1/, read from the resolver itself."""

    def walk(patterns: list[URLPattern | URLResolver], namespace: str) -> Iterator[tuple[str, str]]:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, pattern.namespace or namespace)
            elif namespace == "api" and pattern.name:
                callback: Any = pattern.callback
                if hasattr(callback, "actions"):  # a viewset route: method → action
                    methods = set(callback.actions)
                else:
                    view_class = callback.view_class
                    methods = {m for m in view_class.http_method_names if hasattr(view_class, m)}
                for method in methods - {"head", "options"}:
                    yield pattern.name, method

    yield from walk(get_resolver().url_patterns, "")


def test_every_route_and_method_has_a_row() -> None:
    routes = set(_api_routes())
    covered = {(row.route, row.method) for row in ROWS}
    assert routes, "the resolver walk found no API routes"
    assert routes - covered == set(), "routes without permission rows"
    assert covered - routes == set(), "rows for routes that do not exist"


def test_the_matrix_size_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    routes = set(_api_routes())
    with capsys.disabled():
        print(f"\npermission matrix: {len(ROWS)} rows x {len(ACTORS)} actors = {len(CELLS)} cells")
    assert len(CELLS) >= len(routes) * len(ACTORS)
