"""Project configuration. Loading the Celery app here lets @shared_task find it."""

from worker.celery_app import app as celery_app

__all__ = ["celery_app"]
