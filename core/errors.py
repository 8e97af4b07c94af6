"""Errors services raise; the API maps them to HTTP (403, 409, 400) in one place.

- `django.core.exceptions.PermissionDenied`: the wrong actor (403).
- `Conflict`: the right actor at the wrong moment, e.g. a wrong state or no capacity left (409).
- `django.core.exceptions.ValidationError` with a field dict: bad input (400 naming the field).
"""

from __future__ import annotations


class Conflict(Exception):
    """The action is not possible in the object's current state; `message` tells a person why.

    `code` is a stable, specific slug (e.g. `mentor_at_capacity`) that clients may branch on.
    `field`, when the conflict is about one value the person sent (a capacity below what the
    mentor has promised), names it, so a form can show the message beside that field.
    """

    def __init__(self, message: str, *, code: str = "invalid_state", field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field
