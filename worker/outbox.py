"""Send Celery tasks through the outbox: record in the transaction, send after it, relay the rest.

`outbox_record` writes the row inside the caller's transaction. Right after the commit the fast
path sends it (`outbox_send`); if the broker is down the row stays pending, the failure is
logged (never raised into the request that already succeeded), and the beat job
`worker.relay_outbox` sends it when the broker is back. A message may go out twice (sent, then
the database write marking it failed); every task is idempotent, so that is harmless.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from worker.celery_app import app
from worker.models import OutboxMessage

logger = logging.getLogger(__name__)


def outbox_record(*, task: str, kwargs: dict[str, Any], queue: str) -> OutboxMessage:
    """The row for `task`; call inside the transaction whose commit means it must be sent."""
    return OutboxMessage.objects.create(task=task, kwargs=kwargs, queue=queue)


def outbox_enqueue(*, task: str, kwargs: dict[str, Any], queue: str) -> OutboxMessage:
    """Record `task` and send it as soon as the transaction commits."""
    message = outbox_record(task=task, kwargs=kwargs, queue=queue)
    pk = message.pk
    transaction.on_commit(lambda: outbox_send(ids=[pk]), robust=True)
    return message


def outbox_send(*, ids: list[int] | None = None, limit: int = 500) -> int:
    """Send pending messages (`ids`, or the oldest `limit`); returns how many went out.

    Rows are claimed with SKIP LOCKED, so the fast path and the relay never send one twice at
    the same moment. The first broker error stops the batch: the rest would fail the same way.
    """
    sent = 0
    with transaction.atomic():
        pending = OutboxMessage.objects.select_for_update(skip_locked=True).filter(
            sent_at__isnull=True
        )
        if ids is not None:
            pending = pending.filter(pk__in=ids)
        rows = list(pending.order_by("pk")[:limit])
        if not rows:
            return 0
        try:
            with app.connection_for_write() as connection:
                # Celery's defaults retry a dead broker for ~20 s; one quick try is enough here.
                connection.ensure_connection(max_retries=1, interval_start=0, timeout=2)
                for row in rows:
                    app.send_task(
                        row.task,
                        kwargs=row.kwargs,
                        queue=row.queue,
                        connection=connection,
                        retry=False,
                        ignore_result=True,  # nobody waits on these; no result store needed
                    )
                    sent += 1
        except Exception as exc:
            logger.warning(
                "Outbox: broker unavailable, %d left for the relay: %s", len(rows) - sent, exc
            )
            OutboxMessage.objects.filter(pk__in=[r.pk for r in rows[sent:]]).update(
                attempts=F("attempts") + 1, last_error=f"{type(exc).__name__}: {exc}"[:2000]
            )
        done = [r.pk for r in rows[:sent]]
        if done:
            OutboxMessage.objects.filter(pk__in=done).update(sent_at=timezone.now())
    return sent


def outbox_relay() -> int:
    """Everything still pending (the beat job); returns how many were sent."""
    total = 0
    while True:
        sent = outbox_send()
        total += sent
        if sent < 500:
            return total


def outbox_purge() -> int:
    """Forget messages sent more than `OUTBOX_KEEP_DAYS` ago; returns how many rows went."""
    cutoff = timezone.now() - timedelta(days=int(getattr(settings, "OUTBOX_KEEP_DAYS", 7)))
    deleted, _ = OutboxMessage.objects.filter(sent_at__lt=cutoff).delete()
    return int(deleted)
