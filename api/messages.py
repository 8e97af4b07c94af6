"""The API's side of plain error messages: `PlainErrorsMixin` for serializers (the wording itself
is in `core.plain_errors`)."""

from __future__ import annotations

from typing import Any, ClassVar

from api.fields import Serializer
from core.plain_errors import (
    INVALID,
    MISSING,
    NOT_IN_LIST,
    RANGE,
    field_label,
    plain_messages,
    reword_range_validators,
)

__all__ = ["INVALID", "MISSING", "NOT_IN_LIST", "RANGE", "PlainErrorsMixin", "plain_messages"]


class PlainErrorsMixin(Serializer[Any]):
    """Gives every writable field person-facing messages (see the module docstring).

    `missing_messages` and `invalid_messages` name a serializer's own wording where a field
    name means something else elsewhere (an enquiry's `name` is the person's, a resource's
    `title` is not a goal's).
    """

    missing_messages: ClassVar[dict[str, str]] = {}
    invalid_messages: ClassVar[dict[str, str]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.read_only:
                continue
            # A many=True relation validates its list in the outer field and each slug in
            # the child; the list-level messages are the ones a person meets first.
            messages = plain_messages(
                name,
                field,
                missing=self.missing_messages.get(name),
                invalid=self.invalid_messages.get(name),
            )
            field.error_messages.update(messages)
            if "min_value" in messages:
                reword_range_validators(field, messages["min_value"])
            child = getattr(field, "child_relation", None)
            if child is not None:
                wrong = NOT_IN_LIST.get(name) or f"Choose {field_label(name, field)} from the list"
                child.error_messages.update(dict.fromkeys(("does_not_exist", "invalid"), wrong))
