"""Fill the load-test database: a big synthetic programme, its run history, one scored round,
and three people.

Run by `make load` (never by pytest): `python -m tests.load.prepare MENTORS REQUESTS OUT.json`.
Writes each role's API token and session cookie to OUT.json for the locustfile.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(n_mentors: int, n_requests: int, out: Path) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import encrypt
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connection

    from accounts.models import Role, User
    from accounts.tokens import token_create
    from matching.engine import synthetic
    from matching.management.commands.bench_matching import _load
    from matching.models import MatchRun, MentorProfile
    from matching.services import match_runs

    if not MentorProfile.objects.exists():
        _load(synthetic.mentors(n_mentors, seed=0), synthetic.requests(n_requests, seed=1))
        run = match_runs.match_run_create(kind=MatchRun.Kind.ROUND, enqueue=False)
        match_runs.round_run(run=run)
    _run_history()
    # A freshly bulk-loaded database has no planner statistics and no visibility map until
    # autovacuum comes round: lists would sort whole tables and counts read every heap page,
    # which no long-running database does. Measure the steady state.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    people = {
        "coordinator": User.objects.get_or_create(
            email="load-coordinator@bench.example",
            defaults={"full_name": "Load Coordinator", "role": Role.COORDINATOR},
        )[0],
        "mentee": User.objects.filter(mentoring_requests__isnull=False).order_by("pk")[0],
        "mentor": MentorProfile.objects.order_by("pk").first().user,  # type: ignore[union-attr]
    }
    if not Authenticator.objects.filter(user=people["coordinator"]).exists():
        Authenticator.objects.create(
            user=people["coordinator"],
            type=Authenticator.Type.TOTP,
            data={"secret": encrypt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")},
        )
    credentials = {}
    for role, user in people.items():
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        credentials[role] = {"token": token_create(user=user)[0], "session": session.session_key}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(credentials))


def _run_history() -> None:
    """The finished runs a programme of this size has behind it: one per request filed and one
    per mentor's edit, all before the round. Listing requests and suggestions looks runs up, and
    with one run in the table no missing index would ever show."""
    from datetime import timedelta

    from matching.models import MatchRun, MentoringRequest, MentorProfile

    if MatchRun.objects.count() > 1:
        return
    round_at = MatchRun.objects.get().created_at
    done = MatchRun.Status.SUCCEEDED
    requests = MentoringRequest.objects.values_list("pk", flat=True).order_by("pk")
    mentors = MentorProfile.objects.values_list("pk", flat=True).order_by("pk")
    MatchRun.objects.bulk_create(
        [
            MatchRun(kind=MatchRun.Kind.REQUEST, request_id=pk, status=done, progress=100,
                     created_at=round_at - timedelta(minutes=len(requests) - i))
            for i, pk in enumerate(requests)
        ]
        + [
            MatchRun(kind=MatchRun.Kind.MENTOR, mentor_id=pk, status=done, progress=100,
                     created_at=round_at - timedelta(minutes=len(mentors) - i, seconds=30))
            for i, pk in enumerate(mentors)
        ],
        batch_size=2000,
    )  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
