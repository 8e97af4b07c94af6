"""Runs a lost worker or a lost message left behind: failed with a reason, then queued again.

A run `queued` or `running` for longer than `MATCH_RUN_STUCK_MINUTES` can no longer finish: no
task may run past CELERY_TASK_TIME_LIMIT, which the setting exceeds. The beat job marks it
failed (so `scoring` tells the truth) and queues a fresh run for the same work, unless newer
work already covers it. A late duplicate of the old message finds its run failed and does
nothing.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from matching.models import MatchRun, MentoringRequest
from matching.services.match_runs import match_run_create, match_run_fail


def stuck_after() -> timedelta:
    return timedelta(minutes=float(getattr(settings, "MATCH_RUN_STUCK_MINUTES", 12)))


def _covered(run: MatchRun) -> bool:
    """Whether newer work (queued, running or finished after this run) already covers it."""
    newer = MatchRun.objects.filter(created_at__gt=run.created_at).exclude(
        status=MatchRun.Status.FAILED
    )
    if run.kind == MatchRun.Kind.REQUEST:
        return newer.filter(Q(request_id=run.request_id) | Q(kind=MatchRun.Kind.ROUND)).exists()
    if run.kind == MatchRun.Kind.MENTOR:
        # A newer run for the same mentor reads their profile as it is now; a round, everything.
        return newer.filter(
            Q(kind=MatchRun.Kind.MENTOR, mentor_id=run.mentor_id) | Q(kind=MatchRun.Kind.ROUND)
        ).exists()
    return newer.filter(kind=MatchRun.Kind.ROUND).exists()


@transaction.atomic
def match_runs_recover() -> dict[str, int]:
    """Fail every stuck run and queue its replacement; returns counts for the beat log."""
    deadline = timezone.now() - stuck_after()
    stuck = list(
        MatchRun.objects.select_for_update(skip_locked=True, of=("self",))
        .filter(
            Q(status=MatchRun.Status.QUEUED, created_at__lt=deadline)
            | Q(status=MatchRun.Status.RUNNING, started_at__lt=deadline)
        )
        .select_related("request", "mentor")
        .order_by("created_at")
    )
    requeued = 0
    minutes = f"{stuck_after().total_seconds() / 60:.3g}"
    for run in stuck:
        was = run.status
        match_run_fail(
            run=run,
            error=f"No worker finished this run within {minutes} minutes (it was {was}); "
            "it has been queued again.",
        )
        if _covered(run):
            continue
        if run.kind == MatchRun.Kind.ROUND:
            match_run_create(kind=MatchRun.Kind.ROUND)
            requeued += 1
        elif run.kind == MatchRun.Kind.MENTOR:
            if run.mentor is not None:  # always: deleting a profile deletes its runs
                match_run_create(kind=MatchRun.Kind.MENTOR, mentor=run.mentor)
                requeued += 1
        elif run.request is not None and run.request.status == MentoringRequest.Status.OPEN:
            match_run_create(kind=MatchRun.Kind.REQUEST, request=run.request)
            requeued += 1
    return {"stuck": len(stuck), "requeued": requeued}
