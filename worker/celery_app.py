"""The Celery app: settings from Django (CELERY_*), queues named by the kind of work."""

import os

from celery import Celery
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("mutual_mentors")
app.config_from_object("django.conf:settings", namespace="CELERY")
# `default` for short jobs (e-mails, health), `scoring` for CPU-heavy matching so a big round
# never delays a notification.
app.conf.task_queues = (Queue("default"), Queue("scoring"))
app.conf.task_default_queue = "default"
app.conf.beat_schedule = {}
app.autodiscover_tasks(["worker", "accounts", "matching"])
