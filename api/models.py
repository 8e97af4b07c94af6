"""What the API itself must remember: the answers to creates sent with an Idempotency-Key."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class IdempotencyKey(models.Model):
    """One client-chosen key per user: the request it came with and the answer it got.

    Kept in the database, not the cache, so a replay survives a restart; the unique constraint
    makes two concurrent requests with one key create one object between them.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=500)
    # sha256 of method, path and body: the same key with another body is a client bug (409).
    fingerprint = models.CharField(max_length=64)
    # Null while the first request is still being answered.
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    body = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="api_idempotency_key_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.key} ({self.method} {self.path})"
