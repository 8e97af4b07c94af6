"""Bad input, a bad state or a bad actor: a 4xx JSON answer that says what is wrong, and no trace.

Every case snapshots every table the API writes to, sends one request, and compares: nothing may
be stored, changed or audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.db.models import Model
from django.utils import timezone
from knox.models import AuthToken

from accounts.models import Organisation, User
from core.models import AuditEvent
from matching.models import (
    Feedback,
    Goal,
    MatchRun,
    Meeting,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Proposal,
)
from tests import factories
from tests.api.conftest import COORDINATOR, MENTEE, MENTOR, World
from tests.errors import error_code, field_errors

WRITTEN: list[type[Model]] = [
    Organisation,
    User,
    MentorProfile,
    MentoringRequest,
    Proposal,
    Mentorship,
    Meeting,
    Goal,
    Feedback,
    MatchRun,
    AuditEvent,
    AuthToken,
]


def snapshot() -> dict[str, list[Any]]:
    tables: dict[str, list[Any]] = {
        m.__name__: list(m._default_manager.order_by("pk").values()) for m in WRITTEN
    }
    # Many-to-many rows too: a half-applied PATCH could change only the vocabulary.
    tables["needs"] = list(MentoringRequest.needs.through.objects.order_by("pk").values())
    tables["expertise"] = list(MentorProfile.expertise.through.objects.order_by("pk").values())
    tables["org_sectors"] = list(Organisation.sectors.through.objects.order_by("pk").values())
    return tables


Url = Callable[[World], str]


@dataclass(frozen=True)
class Case:
    name: str
    actor: str
    method: str
    url: Url
    body: Any
    status: int
    names: str = ""  # the key a 400 must name
    setup: Callable[[World], object] = lambda w: None


def request_url(w: World) -> str:
    return f"/api/v1/requests/{w.request.pk}/"


def withdraw_url(w: World) -> str:
    return f"/api/v1/requests/{w.request.pk}/withdraw/"


def mentor_url(w: World) -> str:
    return f"/api/v1/mentors/{w.mentor_profile.pk}/"


def org_url(w: World) -> str:
    return f"/api/v1/organisations/{w.request.organisation_id}/"


def proposal_url(status: str, action: str) -> Url:
    return lambda w: f"/api/v1/proposals/{w.proposal(status).pk}/{action}/"


def mentorship_url(action: str, status: str = "active") -> Url:
    return lambda w: f"/api/v1/mentorships/{w.mentorship(status).pk}/{action}/"


def goal_url(w: World) -> str:
    mentorship = w.mentorship()
    goal = Goal.objects.create(mentorship=mentorship, title="Agree a pensions plan")
    return f"/api/v1/mentorships/{mentorship.pk}/goals/{goal.pk}/"


def own_goal_url(w: World) -> str:
    mentorship = w.mentorship()
    goal = Goal.objects.create(mentorship=mentorship, title="Agree a plan", created_by=w.mentee)
    return f"/api/v1/mentorships/{mentorship.pk}/goals/{goal.pk}/"


def meeting_url(w: World) -> str:
    mentorship = w.mentorship()
    meeting = Meeting.objects.create(
        mentorship=mentorship, held_on=timezone.localdate(), minutes=30, created_by=w.mentor
    )
    return f"/api/v1/mentorships/{mentorship.pk}/meetings/{meeting.pk}/"


def fixed(url: str) -> Url:
    return lambda w: url


REQUESTS, ORGS, RUNS = (
    fixed("/api/v1/requests/"),
    fixed("/api/v1/organisations/"),
    fixed("/api/v1/match-runs/"),
)
REQUEST = {"needs": ["tupe"], "summary": "Help with TUPE."}
ORG = {"name": "Harbour Youth Mutual", "stage": 2, "sectors": ["youth-services"]}
MEETING = {"held_on": "2026-02-03", "minutes": 45, "topics": ["tupe"]}
LONG = "x" * 10_001


def with_(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**base, **changes}


CASES = [
    # Requests: wrong types, unknown slugs, empty and oversized text.
    Case(
        "unknown need", MENTEE, "post", REQUESTS, with_(REQUEST, needs=["astrology"]), 400, "needs"
    ),
    Case("needs not a list", MENTEE, "post", REQUESTS, with_(REQUEST, needs="tupe"), 400, "needs"),
    Case("needs empty", MENTEE, "post", REQUESTS, with_(REQUEST, needs=[]), 400, "needs"),
    Case("need not a string", MENTEE, "post", REQUESTS, with_(REQUEST, needs=[7]), 400, "needs"),
    Case("summary missing", MENTEE, "post", REQUESTS, {"needs": ["tupe"]}, 400, "summary"),
    Case("summary blank", MENTEE, "post", REQUESTS, with_(REQUEST, summary="   "), 400, "summary"),
    Case(
        "summary too long",
        MENTEE,
        "post",
        REQUESTS,
        with_(REQUEST, summary="x" * 2001),
        400,
        "summary",
    ),
    Case(
        "summary a number",
        MENTEE,
        "post",
        REQUESTS,
        with_(REQUEST, summary={"a": 1}),
        400,
        "summary",
    ),
    Case(
        "unknown format",
        MENTEE,
        "post",
        REQUESTS,
        with_(REQUEST, preferred_format="pigeon"),
        400,
        "preferred_format",
    ),
    Case("goals too long", MENTEE, "patch", request_url, {"goals": LONG}, 400, "goals"),
    Case(
        "patch unknown need",
        MENTEE,
        "patch",
        request_url,
        {"needs": ["tupe", "nope"]},
        400,
        "needs",
    ),
    Case("NUL in a slug", MENTEE, "patch", request_url, {"needs": ["tu\x00pe"]}, 400, "needs"),
    Case("NUL in text", MENTEE, "patch", request_url, {"summary": "a\x00b"}, 400, "summary"),
    Case("withdraw reason too long", MENTEE, "post", withdraw_url, {"reason": LONG}, 400, "reason"),
    # Organisations.
    Case("stage out of range", COORDINATOR, "post", ORGS, with_(ORG, stage=9), 400, "stage"),
    Case("stage as a word", COORDINATOR, "post", ORGS, with_(ORG, stage="early"), 400, "stage"),
    Case(
        "unknown sector", COORDINATOR, "post", ORGS, with_(ORG, sectors=["space"]), 400, "sectors"
    ),
    Case("unknown region", COORDINATOR, "post", ORGS, with_(ORG, region="atlantis"), 400, "region"),
    Case(
        "employees a word",
        COORDINATOR,
        "post",
        ORGS,
        with_(ORG, employees="many"),
        400,
        "employees",
    ),
    Case("name empty", COORDINATOR, "post", ORGS, with_(ORG, name=""), 400, "name"),
    Case("website not a URL", MENTEE, "patch", org_url, {"website": "not a url"}, 400, "website"),
    # Browsers no longer open ftp; a link on a page is http or https.
    Case("website on ftp", MENTEE, "patch", org_url, {"website": "ftp://x.org.uk"}, 400, "website"),
    Case(
        "website one-letter TLD",
        MENTEE,
        "patch",
        org_url,
        {"website": "https://x.a"},
        400,
        "website",
    ),
    Case(
        "description too long", MENTEE, "patch", org_url, {"description": LONG}, 400, "description"
    ),
    # The year it spun out: a year, in the past (a planned spin-out stays empty until it happens).
    Case(
        "spun out a word", MENTEE, "patch", org_url, {"spun_out_year": "soon"}, 400, "spun_out_year"
    ),
    Case(
        "spun out in 1850", MENTEE, "patch", org_url, {"spun_out_year": 1850}, 400, "spun_out_year"
    ),
    Case(
        "spun out next year",
        MENTEE,
        "patch",
        org_url,
        {"spun_out_year": timezone.localdate().year + 1},
        400,
        "spun_out_year",
    ),
    # Mentor profiles.
    Case("capacity negative", MENTOR, "patch", mentor_url, {"capacity": -1}, 400, "capacity"),
    Case("capacity too big", MENTOR, "patch", mentor_url, {"capacity": 21}, 400, "capacity"),
    Case("capacity a word", MENTOR, "patch", mentor_url, {"capacity": "lots"}, 400, "capacity"),
    Case(
        "unknown expertise",
        MENTOR,
        "patch",
        mentor_url,
        {"expertise": ["tupe", "juggling"]},
        400,
        "expertise",
    ),
    Case(
        "accepting not a boolean",
        MENTOR,
        "patch",
        mentor_url,
        {"accepting": "perhaps"},
        400,
        "accepting",
    ),
    Case("bio too long", MENTOR, "patch", mentor_url, {"bio": LONG}, 400, "bio"),
    # Proposal decisions that need a reason.
    Case(
        "reject without reason",
        COORDINATOR,
        "post",
        proposal_url("suggested", "reject"),
        {},
        400,
        "reason",
    ),
    Case(
        "reject with blank reason",
        COORDINATOR,
        "post",
        proposal_url("suggested", "reject"),
        {"reason": " "},
        400,
        "reason",
    ),
    Case(
        "reject reason too long",
        COORDINATOR,
        "post",
        proposal_url("suggested", "reject"),
        {"reason": "x" * 2001},
        400,
        "reason",
    ),
    Case(
        "decline without reason",
        MENTOR,
        "post",
        proposal_url("approved", "decline"),
        {},
        400,
        "reason",
    ),
    # Mentorship records.
    Case("end without reason", MENTEE, "post", mentorship_url("end"), {}, 400, "reason"),
    Case(
        "meeting of zero minutes",
        MENTOR,
        "post",
        mentorship_url("meetings"),
        with_(MEETING, minutes=0),
        400,
        "minutes",
    ),
    Case(
        "meeting of a day and a minute",
        MENTOR,
        "post",
        mentorship_url("meetings"),
        with_(MEETING, minutes=1441),
        400,
        "minutes",
    ),
    Case(
        "meeting date a word",
        MENTOR,
        "post",
        mentorship_url("meetings"),
        with_(MEETING, held_on="yesterday"),
        400,
        "held_on",
    ),
    Case(
        "meeting before the mentorship started",
        MENTOR,
        "post",
        mentorship_url("meetings"),
        with_(MEETING, held_on="2019-11-30"),
        400,
        "held_on",
    ),
    Case(
        "meeting moved to before the mentorship started",
        MENTOR,
        "patch",
        meeting_url,
        {"held_on": "2019-11-30"},
        400,
        "held_on",
    ),
    Case(
        "meeting unknown topic",
        MENTOR,
        "post",
        mentorship_url("meetings"),
        with_(MEETING, topics=["golf"]),
        400,
        "topics",
    ),
    Case(
        "meeting notes too long",
        MENTOR,
        "post",
        mentorship_url("meetings"),
        with_(MEETING, notes=LONG),
        400,
        "notes",
    ),
    Case("goal title empty", MENTEE, "post", mentorship_url("goals"), {"title": ""}, 400, "title"),
    Case(
        "goal title too long",
        MENTEE,
        "post",
        mentorship_url("goals"),
        {"title": "x" * 201},
        400,
        "title",
    ),
    Case(
        "goal due a word",
        MENTEE,
        "post",
        mentorship_url("goals"),
        {"title": "Plan", "due_on": "soon"},
        400,
        "due_on",
    ),
    Case(
        "goal due before the mentorship started",
        MENTEE,
        "post",
        mentorship_url("goals"),
        {"title": "Plan", "due_on": "2020-01-01"},
        400,
        "due_on",
    ),
    Case(
        "goal due moved back years",
        MENTEE,
        "patch",
        own_goal_url,
        {"due_on": "2020-01-01"},
        400,
        "due_on",
    ),
    Case("goal done a word", MENTEE, "patch", goal_url, {"done": "maybe"}, 400, "done"),
    Case(
        "rating six",
        MENTEE,
        "post",
        mentorship_url("feedback", "completed"),
        {"rating": 6},
        400,
        "rating",
    ),
    Case(
        "rating zero",
        MENTEE,
        "post",
        mentorship_url("feedback", "completed"),
        {"rating": 0},
        400,
        "rating",
    ),
    Case(
        "rating a word",
        MENTEE,
        "post",
        mentorship_url("feedback", "completed"),
        {"rating": "five"},
        400,
        "rating",
    ),
    # Engine.
    Case("unknown run kind", COORDINATOR, "post", RUNS, {"kind": "all"}, 400, "kind"),
    # Only a mentor's own edit queues a mentor run.
    Case("mentor run by hand", COORDINATOR, "post", RUNS, {"kind": "mentor"}, 400, "kind"),
    Case(
        "request run without request",
        COORDINATOR,
        "post",
        RUNS,
        {"kind": "request"},
        400,
        "request",
    ),
    Case(
        "request run for no request",
        COORDINATOR,
        "post",
        RUNS,
        {"kind": "request", "request": 10**9},
        400,
        "request",
    ),
    # Filters.
    Case(
        "unknown status filter",
        COORDINATOR,
        "get",
        fixed("/api/v1/proposals/?status=maybe"),
        None,
        400,
        "status",
    ),
    Case(
        "id filter a word",
        COORDINATOR,
        "get",
        fixed("/api/v1/proposals/?request=abc"),
        None,
        400,
        "request",
    ),
    Case(
        "id filter a fraction",
        COORDINATOR,
        "get",
        fixed("/api/v1/proposals/?mentor=1.5"),
        None,
        400,
        "mentor",
    ),
    Case(
        "id filter beyond 64 bits",
        COORDINATOR,
        "get",
        fixed(f"/api/v1/proposals/?request={10**25}"),
        None,
        400,
        "request",
    ),
    # Bad state: the right person at the wrong moment.
    Case("approve twice", COORDINATOR, "post", proposal_url("approved", "approve"), {}, 409),
    Case(
        "withdraw a withdrawn request",
        MENTEE,
        "post",
        withdraw_url,
        {},
        409,
        setup=lambda w: MentoringRequest.objects.filter(pk=w.request.pk).update(status="withdrawn"),
    ),
    Case("resume an active mentorship", MENTOR, "post", mentorship_url("resume"), {}, 409),
    Case(
        "pause a completed mentorship",
        MENTEE,
        "post",
        mentorship_url("pause", "completed"),
        {},
        409,
    ),
    Case("feedback while active", MENTEE, "post", mentorship_url("feedback"), {"rating": 4}, 409),
    Case(
        "goal on an ended mentorship",
        MENTEE,
        "post",
        mentorship_url("goals", "ended"),
        {"title": "Late"},
        409,
    ),
    # Bad actor: visible, but not theirs to change.
    Case(
        "coordinator accepts for the mentor",
        COORDINATOR,
        "post",
        proposal_url("approved", "accept"),
        {},
        403,
    ),
    Case(
        "mentor confirms for the mentee",
        MENTOR,
        "post",
        proposal_url("accepted", "confirm"),
        {},
        403,
    ),
    Case("mentor files a request", MENTOR, "post", REQUESTS, REQUEST, 403),
    Case("coordinator edits a mentor", COORDINATOR, "patch", mentor_url, {"capacity": 5}, 403),
    Case(
        "coordinator writes meeting notes",
        COORDINATOR,
        "post",
        mentorship_url("meetings"),
        MEETING,
        403,
    ),
    Case("mentee starts a match run", MENTEE, "post", RUNS, {"kind": "round"}, 403),
    # Not visible at all: 404, even for a good body.
    Case(
        "mentee confirms a suggestion",
        MENTEE,
        "post",
        proposal_url("suggested", "confirm"),
        {},
        404,
    ),
    Case("outsider edits a request", MENTOR, "patch", request_url, {"summary": "Mine now"}, 404),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_it_rejects_bad_input_states_and_actors_without_a_trace(world: World, case: Case) -> None:
    client = world.client(case.actor)
    case.setup(world)
    url = case.url(world)
    before = snapshot()
    response = getattr(client, case.method)(url, case.body, format="json")
    assert response.status_code == case.status, response.content[:500]
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == case.status and error_code(response)
    assert isinstance(body["detail"], str) and body["detail"]
    if case.names:
        errors = field_errors(response)
        assert case.names in errors, body
        assert all(isinstance(m, str) and m for m in errors[case.names]), body
    assert snapshot() == before


@pytest.mark.parametrize(
    ("email", "password", "verified", "field"),
    [
        ("person@example.org", "wrong-password", True, "password"),
        ("person@example.org", factories.PASSWORD, False, "email"),
        ("not-an-email", factories.PASSWORD, True, "email"),
        ("", factories.PASSWORD, True, "email"),
        ("person@example.org", "", True, "password"),
    ],
)
def test_it_refuses_a_token_without_a_verified_login(
    db: None, email: str, password: str, verified: bool, field: str
) -> None:
    factories.MenteeFactory.create(email="person@example.org", verified=verified)
    from rest_framework.test import APIClient

    before = snapshot()
    response = APIClient().post(
        "/api/v1/auth/token/", {"email": email, "password": password}, format="json"
    )
    assert response.status_code == 400, response.content
    assert field in field_errors(response)
    assert snapshot() == before


def test_it_throttles_token_requests(db: None) -> None:
    from rest_framework.test import APIClient

    client = APIClient()
    # Ten failed sign-ins a minute from one address, whichever accounts they try (the limit
    # per account at one address is five: tests/security/test_brute_force.py).
    codes = [
        client.post(
            "/api/v1/auth/token/",
            {"email": f"x{i}@example.org", "password": "guess"},
            format="json",
        ).status_code
        for i in range(11)
    ]
    assert codes[:10] == [400] * 10
    assert codes[10] == 429
