"""The Celery app: settings from Django (CELERY_*), queues named by the kind of work."""

import os

from celery import Celery
from celery.schedules import crontab
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
}
app.autodiscover_tasks(["worker", "accounts", "matching", "enquiries"])
# Lifecycle jobs (e-mails, expiry) live beside the services they call, not in matching.tasks.
app.autodiscover_tasks(["matching"], related_name="lifecycle_tasks")
