"""Idempotent POSTs: the same `Idempotency-Key` from one user within 24 h gets the first answer.

The key row is inserted in the same transaction as whatever the view creates, so a retry
either sees the finished answer or waits on the unique index until the first request commits;
two concurrent duplicates never create two objects. Only successful (2xx) answers are kept: a
refused request frees its key, so the client may fix the body and try again with it.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import User
from api.exceptions import Problem
from api.models import IdempotencyKey

HEADER = "Idempotency-Key"
TTL = timedelta(hours=24)
REPLAY_HEADER = "Idempotent-Replayed"
# Visible ASCII: the key travels in a header and is echoed in errors.
KEY_PATTERN = re.compile(r"[\x21-\x7e]{1,255}")


class Replay(Exception):
    """Raised from `initial()` to answer with a stored response instead of running the view."""

    def __init__(self, response: Response) -> None:
        super().__init__("idempotent replay")
        self.response = response


def wanted(request: Request) -> bool:
    # Present counts, even empty: an empty key is refused (400), never silently ignored.
    return request.method == "POST" and HEADER in request.headers


def _fingerprint(request: Request) -> str:
    try:
        body = json.dumps(request.data, sort_keys=True, default=str)
    except TypeError:
        body = repr(request.data)
    raw = f"{request.method} {request.path}\n{body}".encode()
    return hashlib.sha256(raw).hexdigest()


def _replay(row: IdempotencyKey) -> Response:
    data = json.loads(row.body) if row.body else None
    response = Response(data, status=row.status_code, content_type=row.content_type or None)
    response[REPLAY_HEADER] = "true"
    return response


def begin(request: Request) -> IdempotencyKey | None:
    """Claim the request's key, or raise `Replay` / a problem when it was used before.

    Must run inside the transaction that wraps the view (see `ContractMixin.dispatch`).
    """
    user = request.user
    if not wanted(request) or not isinstance(user, User):
        return None
    key = request.headers[HEADER]
    if not KEY_PATTERN.fullmatch(key):
        raise Problem(
            f"{HEADER} must be 1 to 255 visible ASCII characters (a UUID is a good choice).",
            code="invalid_idempotency_key",
            status_code=400,
        )
    fingerprint = _fingerprint(request)
    now = timezone.now()
    IdempotencyKey.objects.filter(user=user, key=key, created_at__lt=now - TTL).delete()
    try:
        with transaction.atomic():
            return IdempotencyKey.objects.create(
                user=user,
                key=key,
                method=request.method or "",
                path=request.path[:500],
                fingerprint=fingerprint,
            )
    except IntegrityError:
        # Another request holds this key; its transaction has committed by now (the insert
        # waited for it on the unique index), so the stored answer is there to read.
        row = IdempotencyKey.objects.filter(user=user, key=key).first()
    if row is None or row.status_code is None:
        raise Problem(
            f"A request with this {HEADER} is still being answered; retry in a moment.",
            code="idempotency_key_in_progress",
            status_code=409,
        )
    if row.fingerprint != fingerprint:
        raise Problem(
            f"This {HEADER} was already used with a different request ({row.method} "
            f"{row.path}) in the last 24 hours. Use a new key for a new request.",
            code="idempotency_key_reused",
            # A conflict with the request that holds the key, as a retry still running is: the
            # body may be perfectly valid on its own (the IETF draft suggests 422; see docs).
            status_code=409,
        )
    raise Replay(_replay(row))


def finish(row: IdempotencyKey, response: Response) -> None:
    """Keep a successful answer for replay; free the key after a refusal."""
    if not 200 <= response.status_code < 300:
        row.delete()
        return
    row.status_code = response.status_code
    # Set only when a view chose a media type; the renderer decides otherwise.
    row.content_type = response.content_type or ""
    data = getattr(response, "data", None)
    row.body = JSONRenderer().render(data).decode() if data is not None else ""
    row.save(update_fields=["status_code", "content_type", "body"])
