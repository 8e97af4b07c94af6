"""`manage.py bench_programme [--keep]`: how fast the programme views are on a large programme.

Builds 10,000 organisations, 20,000 requests, 10,000 mentorships, 100,000 meetings and 50,000
stage changes with bulk inserts on the configured database, then times the pipeline, the
report and the first page of each coordinator list through the real URLs, counting queries.
Everything runs in one transaction that is rolled back at the end, unless --keep is given. On
PostgreSQL the tables are vacuumed first, so rows earlier runs rolled back are not read again.
"""

from __future__ import annotations

import json
import os
import random
import time
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection, transaction
from django.db.models import Model
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Organisation, OrganisationStageChange, Region, Role, Sector, User
from matching.models import (
    Goal,
    Meeting,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Proposal,
    Topic,
)

BATCH = 5000
SIZES = {
    "organisations": 10_000,
    "established": 1_000,
    "mentors": 2_000,
    "requests": 20_000,
    "mentorships": 10_000,
    "meetings": 100_000,
    "stage_changes": 50_000,
}
ENDPOINTS = {
    "pipeline": "/api/v1/programme/pipeline/",
    "reports": "/api/v1/programme/reports/",
    "requests_api": "/api/v1/requests/",
    "mentorships_api": "/api/v1/mentorships/",
    "requests_page": "/coordinator/requests/",
    "mentorships_page": "/coordinator/mentorships/",
    "pipeline_page": "/coordinator/pipeline/",
    "reports_page": "/coordinator/reports/",
}


class Rollback(Exception):
    """Raised to undo the benchmark's rows once they are measured."""


class Command(BaseCommand):
    help = "Benchmark the programme pipeline, reports and coordinator lists on a large programme."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--repeat", type=int, default=3, help="Best of N timings.")
        parser.add_argument("--keep", action="store_true", help="Commit the generated rows.")

    def handle(self, *args: Any, **options: Any) -> None:
        result: dict[str, Any] = {"database": connection.vendor, "sizes": SIZES}
        if connection.vendor == "postgresql":
            vacuum()
        try:
            with transaction.atomic():
                started = time.perf_counter()
                coordinator = build(random.Random(options["seed"]))
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("ANALYZE")
                result["build_seconds"] = round(time.perf_counter() - started, 1)
                result["timings"] = measure(coordinator, options["repeat"])
                # On a shared machine the load says how much the wall-clock times are inflated.
                result["load_average"] = round(os.getloadavg()[0], 2)
                if not options["keep"]:
                    raise Rollback
        except Rollback:
            pass
        self.stdout.write(json.dumps(result, indent=2))


def vacuum() -> None:
    """Clear the rows earlier runs rolled back. They stay in the tables as dead rows until a
    vacuum, and the development server runs no autovacuum: after a few dozen runs every scan
    read ten times the pages it needed, and each run measured slower than the last."""
    from allauth.mfa.models import Authenticator

    models: list[type[Model]] = [Organisation, Organisation.sectors.through, User, MentorProfile]
    models += [MentoringRequest, MentoringRequest.needs.through, Proposal, Mentorship]
    models += [Meeting, Goal, OrganisationStageChange, Authenticator]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:  # autocommit: VACUUM cannot run in a transaction
        cursor.execute("VACUUM " + ", ".join(quote(m._meta.db_table) for m in models))


def measure(coordinator: User, repeat: int) -> dict[str, dict[str, Any]]:
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(coordinator)
    timings: dict[str, dict[str, Any]] = {}
    for name, url in ENDPOINTS.items():
        best = float("inf")
        queries = 0
        size = 0
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(url)
                elapsed = time.perf_counter() - start
            if response.status_code != 200:
                raise RuntimeError(
                    f"{url} answered {response.status_code}: {response.content[:300]!r}"
                )
            best = min(best, elapsed)
            queries = len(captured)
            size = len(response.content)
        timings[name] = {"ms": round(best * 1000, 1), "queries": queries, "bytes": size}
    return timings


def _bulk(model: Any, rows: list[Any]) -> list[Any]:
    return model.objects.bulk_create(rows, batch_size=BATCH)


def build(rng: random.Random) -> User:
    """The synthetic programme; returns a coordinator to measure as."""
    now = timezone.now()
    sectors = list(Sector.objects.all())
    topics = list(Topic.objects.all())
    regions = [r.value for r in Region]
    n_orgs, n_est = SIZES["organisations"], SIZES["established"]
    orgs = _bulk(
        Organisation,
        [
            Organisation(
                name=f"Bench Mutual {i:05d}",
                stage=6 if i < n_est else rng.randint(1, 5),
                region=rng.choice(regions),
                parent_body=rng.choice(["nhs", "local_authority", "central_government", "other"]),
                employees=rng.randint(10, 2000),
                created_at=now - timedelta(days=rng.randint(100, 900)),
            )
            for i in range(n_orgs)
        ],
    )
    through = Organisation.sectors.through
    _bulk(
        through,
        [
            through(organisation_id=org.pk, sector_id=sector.pk)
            for org in orgs
            for sector in rng.sample(sectors, k=rng.choice([1, 1, 2]))
        ],
    )
    fledglings = orgs[n_est:]
    mentees = _bulk(
        User,
        [
            User(email=f"bench-mentee-{i}@bench.example", full_name=f"Mentee {i}",
                 role=Role.MENTEE, organisation_id=org.pk, password="!")
            for i, org in enumerate(fledglings)
        ],
    )  # fmt: skip
    mentor_users = _bulk(
        User,
        [
            User(email=f"bench-mentor-{i}@bench.example", full_name=f"Mentor {i}",
                 role=Role.MENTOR, organisation_id=orgs[i % n_est].pk, password="!")
            for i in range(SIZES["mentors"])
        ],
    )  # fmt: skip
    mentors = _bulk(
        MentorProfile,
        [
            MentorProfile(user_id=u.pk, capacity=rng.randint(1, 5), accepting=rng.random() > 0.1)
            for u in mentor_users
        ],
    )
    mentee_of = {u.organisation_id: u for u in mentees}
    requests = _bulk(
        MentoringRequest,
        [
            MentoringRequest(
                organisation_id=(org := rng.choice(fledglings)).pk,
                created_by_id=mentee_of[org.pk].pk,
                summary="Help with our spin-out.",
                status=rng.choice(["open", "open", "matched", "closed", "withdrawn"]),
                created_at=now - timedelta(days=rng.randint(0, 730), hours=rng.randint(0, 23)),
            )
            for _ in range(SIZES["requests"])
        ],
    )
    needs = MentoringRequest.needs.through
    _bulk(
        needs,
        [
            needs(mentoringrequest_id=r.pk, topic_id=t.pk)
            for r in requests
            for t in rng.sample(topics, k=2)
        ],
    )
    matched = rng.sample(requests, k=SIZES["mentorships"])
    proposals = _bulk(
        Proposal,
        [
            Proposal(request_id=r.pk, mentor_id=rng.choice(mentors).pk, score=0.7, rank=1,
                     recommended=True, status=Proposal.Status.CONFIRMED)
            for r in matched
        ],
    )  # fmt: skip
    statuses = ["active"] * 4 + ["paused", "completed", "completed", "ended"]
    mentorships = []
    for proposal, request in zip(proposals, matched, strict=True):
        status = rng.choice(statuses)
        started = request.created_at + timedelta(days=rng.randint(1, 90))
        paused = now - timedelta(days=rng.randint(1, 90)) if status == "paused" else None
        ended = (
            started + timedelta(days=rng.randint(20, 200))
            if status in ("completed", "ended")
            else None
        )
        mentorships.append(
            Mentorship(proposal_id=proposal.pk, mentor_id=proposal.mentor_id, request_id=request.pk,
                       status=status, started_at=started, ended_at=ended, paused_at=paused,
                       end_reason="Stopped early." if status == "ended" else "")
        )  # fmt: skip
    mentorships = _bulk(Mentorship, mentorships)
    _bulk(
        Meeting,
        [
            Meeting(mentorship_id=(m := rng.choice(mentorships)).pk,
                    held_on=timezone.localdate(m.started_at + timedelta(days=rng.randint(0, 200))),
                    minutes=rng.choice([30, 45, 60, 90]))
            for _ in range(SIZES["meetings"])
        ],
    )  # fmt: skip
    _bulk(
        Goal,
        [
            Goal(mentorship_id=m.pk, title="A goal", done_at=now if rng.random() < 0.5 else None)
            for m in mentorships
            for _ in range(2)
        ],
    )
    changes = []
    for _ in range(SIZES["stage_changes"]):
        org = rng.choice(orgs)
        stage = org.stage
        changes.append(
            OrganisationStageChange(
                organisation_id=org.pk,
                from_stage=stage - 1 if stage > 1 else None,
                stage=stage,
                at=now - timedelta(days=rng.randint(0, 730)),
            )
        )
    _bulk(OrganisationStageChange, changes)
    coordinator = User.objects.create(
        email="bench-coordinator@bench.example", full_name="Bench Coordinator",
        role=Role.COORDINATOR, password="!",
    )  # fmt: skip
    _enrol(coordinator)
    return coordinator


def _enrol(user: User) -> None:
    """Coordinators must have an authenticator app before any coordinator page answers."""
    from allauth.mfa.models import Authenticator

    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": ""})
