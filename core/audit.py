"""The one way services record a transition in the audit trail."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from core.models import AuditEvent


def audit_event_record(
    *,
    actor: Any,
    verb: AuditEvent.Verb | str,
    target: models.Model,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Write one event. `actor` is a user, or None/anonymous for the system (kept as null)."""
    if verb not in AuditEvent.Verb.values:
        # An unknown verb is a programming error: the enum is the list of what can happen.
        raise ValueError(f"Unknown audit verb {verb!r}; add it to AuditEvent.Verb.")
    authenticated = actor is not None and getattr(actor, "is_authenticated", False)
    return AuditEvent.objects.create(
        actor=actor if authenticated else None,
        verb=verb,
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
        data=data or {},
    )


def audit_event_at(
    target: models.Model, verb: AuditEvent.Verb | str, at: Any, **fields: Any
) -> AuditEvent:
    """An event that happened at `at`, unsaved, for a bulk_create of history written after the
    fact (the demo's seed): no transition runs, so nothing else is recorded."""
    if verb not in AuditEvent.Verb.values:
        raise ValueError(f"Unknown audit verb {verb!r}; add it to AuditEvent.Verb.")
    return AuditEvent(
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        verb=verb,
        at=at,
        **fields,
    )
