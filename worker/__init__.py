"""Celery wiring; importing the package makes the app available to shared_task."""

from worker.celery_app import app as celery_app

__all__ = ["celery_app"]
