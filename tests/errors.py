"""Reading API errors in tests, whatever envelope the API uses.

Errors are RFC 9457 problem details: `{"type", "title", "status", "detail", "code"}`, plus
`"errors": {field: [messages]}` on a 400. Tests read them through these two helpers so that an
assertion states the field or code it cares about, not the envelope.
"""

from __future__ import annotations

from typing import Any


def field_errors(response: Any) -> dict[str, list[str]]:
    """The `{field: [messages]}` of a 400 answer."""
    body = response.json()
    if isinstance(body, dict) and isinstance(body.get("errors"), dict):
        return body["errors"]
    return body if isinstance(body, dict) else {"non_field_errors": body}


def error_code(response: Any) -> str | None:
    """The machine-readable `code` of an error answer, if it has one."""
    body = response.json()
    return body.get("code") if isinstance(body, dict) else None
