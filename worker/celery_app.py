"""The Celery app: settings from Django (CELERY_*), queues named by the kind of work."""

import os

from celery import Celery
from celery.schedules import crontab
from django.conf import settings
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("mutual_mentors")
app.config_from_object("django.conf:settings", namespace="CELERY")
# `default` for short jobs (e-mails, health), `scoring` for CPU-heavy matching so a big round
# never delays a notification.
app.conf.task_queues = (Queue("default"), Queue("scoring"))
app.conf.task_default_queue = "default"
app.conf.beat_schedule = {
    "nightly-match-round": {
        "task": "matching.run_nightly_round",
        "schedule": crontab(hour=2, minute=0),
    },
    "daily-retrain": {
        "task": "matching.retrain_scoring_model",
        "schedule": crontab(hour=3, minute=30),
    },
    "expire-proposals": {
        "task": "matching.expire_proposals",
        "schedule": crontab(minute=15),
    },
    # Reliability (docs/operations.md): what a broker outage held back, runs a lost worker left.
    "relay-outbox": {"task": "worker.relay_outbox", "schedule": settings.OUTBOX_RELAY_SECONDS},
    "recover-match-runs": {
        "task": "matching.recover_match_runs",
        "schedule": settings.MATCH_RUN_RECOVERY_SECONDS,
    },
    "purge-after-retention": {
        "task": "matching.purge_inactive_accounts",
        "schedule": crontab(hour=4, minute=10),
    },
    "purge-old-enquiries": {
        "task": "enquiries.purge_old_enquiries",
        "schedule": crontab(hour=4, minute=20),
    },
}
app.autodiscover_tasks(["worker", "accounts", "matching", "enquiries", "resources"])
# Lifecycle jobs (e-mails, expiry) live beside the services they call, not in matching.tasks.
app.autodiscover_tasks(["matching"], related_name="lifecycle_tasks")
# Recovery and retention jobs (matching.reliability_tasks): see docs/operations.md.
app.autodiscover_tasks(["matching"], related_name="reliability_tasks")
