"""Account events for the audit trail.

`accounts` depends on no other app of ours, so it announces its transitions here and the
`matching` app, which owns the AuditEvent table, records them.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.dispatch import Signal

# Sent with keyword arguments: actor, verb, target, from_status, to_status, reason.
account_event = Signal()


def account_event_send(
    *,
    actor: Any,
    verb: str,
    target: models.Model,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
) -> None:
    account_event.send(
        sender=type(target),
        actor=actor,
        verb=verb,
        target=target,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )
