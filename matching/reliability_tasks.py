"""Beat jobs that keep matching's work from being lost: stuck runs, and the retention purge."""

from __future__ import annotations

from celery import shared_task

from matching.services.run_recovery import match_runs_recover


@shared_task(name="matching.recover_match_runs", queue="default")
def recover_match_runs() -> dict[str, int]:
    return match_runs_recover()


@shared_task(name="matching.purge_inactive_accounts", queue="default")
def purge_inactive_accounts() -> int:
    """UK GDPR storage limitation: anonymise accounts unused for RETENTION_MONTHS."""
    from matching.services.erasure import inactive_accounts_purge

    return inactive_accounts_purge()
