"""A real Celery worker consumes from the configured broker (Redis in CI, sqla+sqlite locally)."""

import pytest
from django.conf import settings

from tests.conftest import WorkerProcess
from worker.tasks import health


@pytest.mark.worker
def test_the_worker_runs_the_health_task(celery_worker_process: WorkerProcess) -> None:
    result = celery_worker_process.wait_for(health.delay("ping"), timeout=60)
    assert result["echo"] == "ping"
    # It ran in the worker, not in this process.
    import os

    assert result["pid"] != os.getpid()
    expected_scheme = "redis" if settings.REDIS_URL else "sqla+sqlite"
    assert settings.CELERY_BROKER_URL.startswith(expected_scheme)
