"""The transactional outbox: a task to send, written in the same transaction as the change.

A row commits with the request, run or decision that needs it, so "saved" always means "will
be sent": if the broker is down at commit time, the relay sends it once the broker is back.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone


class OutboxMessage(models.Model):
    task = models.CharField(max_length=200)
    kwargs = models.JSONField(default=dict, blank=True)
    queue = models.CharField(max_length=50, default="default")
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [
            # The relay reads only what is unsent; the sent rows are history.
            models.Index(
                fields=["created_at"],
                condition=Q(sent_at__isnull=True),
                name="worker_outbox_pending_idx",
            )
        ]

    def __str__(self) -> str:
        state = "sent" if self.sent_at else "pending"
        return f"{self.task} ({state})"
