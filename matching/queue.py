"""Matching's Celery tasks, recorded in the outbox with the change and sent once it commits.

Services queue work here rather than importing `matching.tasks`, which imports the services:
dependencies run one way (tasks -> services -> queue), and a worker never looks for rows that
are not committed yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction

from worker.outbox import outbox_record, outbox_send

SCORING_QUEUE = "scoring"
TASK_SCORE_REQUEST = "matching.score_request"
TASK_RUN_ROUND = "matching.run_round"
TASK_SCORE_MENTOR = "matching.score_mentor_change"
TASK_RETRAIN_SCORING_MODEL = "matching.retrain_scoring_model"


@dataclass(frozen=True)
class Queued:
    """One task to send after commit; a value, so a test can read what was queued.

    The task is already in the outbox (worker.outbox), written in the caller's transaction;
    this only sends it early. A broker failure here is logged and the relay sends it later.
    """

    task: str
    kwargs: dict[str, Any]
    queue: str = SCORING_QUEUE
    message_id: int = 0

    def __call__(self) -> None:
        outbox_send(ids=[self.message_id])


def scoring_enqueue_on_commit(task: str, **kwargs: Any) -> None:
    """Send `task` to the scoring queue once the current transaction commits."""
    message = outbox_record(task=task, kwargs=kwargs, queue=SCORING_QUEUE)
    transaction.on_commit(Queued(task, kwargs, message_id=message.pk), robust=True)
