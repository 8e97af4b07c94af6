"""Fixtures for the inbox: tasks queued on commit run here, in-process, into `mail.outbox`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import enquiries.tasks  # noqa: F401  (registers the e-mail tasks with the app)
from worker.celery_app import app


@pytest.fixture
def run_tasks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Runs each task a service queues as if a worker had picked it up; yields their names.

    Only the broker hop is skipped: the real task body renders and sends the e-mail.
    """
    ran: list[str] = []

    def send_task(name: str, kwargs: dict[str, Any] | None = None, **options: Any) -> Any:
        ran.append(name)
        return app.tasks[name].apply(kwargs=kwargs or {})

    monkeypatch.setattr(app, "send_task", send_task)
    yield ran
