"""The one way services record a transition."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import models

from accounts.models import User
from matching.models import AuditEvent


def audit_event_record(
    *,
    actor: User | AnonymousUser | None,
    verb: str,
    target: models.Model,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    return AuditEvent.objects.create(
        actor=actor if isinstance(actor, User) else None,
        verb=verb,
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        data=data or {},
    )


def audit_account_event(sender: type[models.Model], signal: Any, **event: Any) -> None:
    """Receiver for accounts.signals.account_event."""
    audit_event_record(**event)
