"""`manage.py bench_matching --mentors N --requests N [--json] [--orm]`: how fast matching is.

Without --orm it times the engine alone on synthetic profiles. With --orm it also builds a
throwaway database (created and dropped by this command), loads the same synthetic programme
into it, and times a full round and one new request through the services and the ORM.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

import numpy as np
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from matching.engine import bench, synthetic
from matching.engine.features import MentorProfiles, RequestProfiles
from matching.services import match_runs

BATCH = 2000


class Command(BaseCommand):
    help = "Benchmark the matching engine (and, with --orm, a round through the database)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--mentors", type=int, default=1000)
        parser.add_argument("--requests", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")
        parser.add_argument(
            "--orm", action="store_true", help="Also time a round and a request via the ORM."
        )
        parser.add_argument("--no-gap", action="store_true", help="Skip the 1,000 x 1,000 LSA.")

    def handle(self, *args: Any, **options: Any) -> None:
        result: dict[str, Any] = bench.as_dict(
            bench.run(
                options["mentors"],
                options["requests"],
                load_penalty=match_runs.load_penalty(),
                seed=options["seed"],
                gap=not options["no_gap"],
            )
        )
        result["load_average"] = round(os.getloadavg()[0], 2)
        if options["orm"]:
            result.update(orm_benchmark(options["mentors"], options["requests"], options["seed"]))
        if options["json"]:
            self.stdout.write(json.dumps(result))
            return
        width = max(len(k) for k in result)
        for key, value in result.items():
            self.stdout.write(f"{key:<{width}}  {value}")


def orm_benchmark(n_mentors: int, n_requests: int, seed: int) -> dict[str, Any]:
    """Times through the ORM, on a database that exists only for the duration of the call."""
    creation = connection.creation
    original_name = connection.settings_dict["NAME"]
    connection.settings_dict.setdefault("TEST", {})
    connection.settings_dict["TEST"]["NAME"] = (
        f"bench_matching_{os.getpid()}"
        if connection.vendor != "sqlite"
        else f"{original_name}.bench-{os.getpid()}"
    )
    creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        started = time.perf_counter()
        _load(
            synthetic.mentors(n_mentors, seed=seed), synthetic.requests(n_requests, seed=seed + 1)
        )
        load_s = time.perf_counter() - started
        return {
            "orm_database": connection.vendor,
            "orm_load_data_s": round(load_s, 2),
        } | _time_runs()
    finally:
        creation.destroy_test_db(original_name, verbosity=0)


def _time_runs() -> dict[str, Any]:
    from accounts.models import Organisation, Role, User
    from matching import selectors
    from matching.models import MatchRun, MentoringRequest, Topic

    selectors.mentor_index_forget()
    run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
    started = time.perf_counter()
    run = match_runs.round_run(run=run)
    round_s = time.perf_counter() - started

    organisation = Organisation.objects.create(
        name="Bench mutual", stage=2, region="north-west", employees=80, parent_body="nhs"
    )
    user = User.objects.create(
        email="bench-new@example.org", full_name="Bench", role=Role.MENTEE,
        organisation=organisation, password="!",
    )  # fmt: skip
    request = MentoringRequest.objects.create(
        organisation=organisation,
        created_by=user,
        summary="Planning a spin-out of our community health service",
        goals="Understand TUPE transfer and pension admission; write a business plan",
        preferred_format="either",
    )
    request.needs.set(Topic.objects.filter(slug__in=["tupe", "pensions", "business-planning"]))
    timings = []
    for cold in (False, True):
        if cold:
            selectors.mentor_index_forget()
        request_run = match_runs.match_run_create(
            kind=MatchRun.Kind.REQUEST, request=request, enqueue=False
        )
        started = time.perf_counter()
        request_run = match_runs.request_score(request=request, run=request_run)
        timings.append(time.perf_counter() - started)
    return {
        "orm_round_s": round(round_s, 2),
        "orm_round_status": run.status,
        "orm_round_counts": run.counts,
        "orm_request_s": round(timings[0], 3),
        "orm_request_cold_s": round(timings[1], 3),
        "orm_request_proposals": request_run.counts.get("proposals"),
    }


def _load(mentors: MentorProfiles, requests: RequestProfiles) -> None:
    """The synthetic programme as rows, in bulk: one organisation per person."""
    from accounts.models import Organisation, Role, Sector, User
    from matching.models import MentoringRequest, MentorProfile, Topic

    sector_ids = dict(Sector.objects.values_list("slug", "id"))
    topic_ids = dict(Topic.objects.values_list("slug", "id"))

    def organisations(
        profiles: MentorProfiles | RequestProfiles, prefix: str, unknown_stage: int
    ) -> list[Any]:
        # The model requires a stage; the engine's "unknown" becomes a plausible one.
        rows = [
            Organisation(
                name=f"{prefix} {i}",
                stage=int(profiles.stages[i]) or unknown_stage,
                region=profiles.regions[i],
                employees=None if np.isnan(profiles.employees[i]) else int(profiles.employees[i]),
                parent_body=profiles.parent_bodies[i],
            )
            for i in range(len(profiles))
        ]
        return Organisation.objects.bulk_create(rows, batch_size=BATCH)

    def users(orgs: list[Any], role: str, prefix: str) -> list[Any]:
        rows = [
            User(email=f"{prefix}{i}@bench.example", full_name=f"{prefix} {i}", role=role,
                 organisation=org, password="!")
            for i, org in enumerate(orgs)
        ]  # fmt: skip
        return User.objects.bulk_create(rows, batch_size=BATCH)

    mentor_orgs = organisations(mentors, "Established", 6)
    request_orgs = organisations(requests, "Fledgling", 1)
    mentor_users = users(mentor_orgs, Role.MENTOR, "mentor")
    mentee_users = users(request_orgs, Role.MENTEE, "mentee")
    profiles = MentorProfile.objects.bulk_create(
        [
            MentorProfile(
                user=u,
                capacity=int(mentors.free_capacity[i]),
                accepting=bool(mentors.accepting[i]),
                remote_ok=bool(mentors.remote_ok[i]),
                bio=mentors.bios[i],
            )
            for i, u in enumerate(mentor_users)
        ],
        batch_size=BATCH,
    )
    made = MentoringRequest.objects.bulk_create(
        [
            MentoringRequest(
                organisation=request_orgs[i],
                created_by=mentee_users[i],
                summary=requests.texts[i],
                goals="",
                preferred_format=requests.preferred_formats[i],
            )
            for i in range(len(requests))
        ],
        batch_size=BATCH,
    )

    def link(field: Any, owners: list[Any], labels: Any, ids: dict[str, int]) -> None:
        """Bulk-create one many-to-many table: owners[i] gets the labels in labels[i]."""
        through = field.through
        owner_column = f"{field.field.model._meta.model_name}_id"
        label_column = f"{field.field.related_model._meta.model_name}_id"
        rows = [
            through(**{owner_column: owner.pk, label_column: ids[label]})
            for owner, owned in zip(owners, labels, strict=True)
            for label in owned
        ]
        through.objects.bulk_create(rows, batch_size=BATCH)

    # Mentor sectors: experience on the profile; request sectors: on the organisation.
    link(MentorProfile.expertise, profiles, mentors.expertise, topic_ids)
    link(MentorProfile.sectors, profiles, mentors.sectors, sector_ids)
    link(Organisation.sectors, request_orgs, requests.sectors, sector_ids)
    link(MentoringRequest.needs, made, requests.needs, topic_ids)
