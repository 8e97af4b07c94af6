"""Error messages written for a person, in the GOV.UK style, for every field people fill in.

DRF's defaults ("This field may not be null.", "This list may not be empty.") say nothing about
what to do. `PlainErrorsMixin` gives each field of a serializer its own messages: the ones named
here, or, for a field not listed, a sentence built from the field's label, never its raw name.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from api.fields import Serializer

# field name → message when it is missing, null, blank or an empty list.
MISSING: dict[str, str] = {
    # Mentoring requests
    "needs": "Choose at least one topic you need help with",
    "summary": "Enter a summary of what you need",
    "preferred_format": "Choose how you would like to meet",
    # Organisations
    "name": "Enter your organisation's name",
    "stage": "Choose the stage your organisation has reached",
    "region": "Choose your region",
    "sectors": "Choose at least one sector",
    # Mentor profiles
    "expertise": "Choose at least one topic you can advise on",
    "capacity": "Enter how many mentorships you can run at once, from 0 to 20",
    # Records of a mentorship
    "held_on": "Enter the date of the meeting",
    "minutes": "Enter how long the meeting lasted, in minutes",
    "title": "Enter the goal",
    "rating": "Choose a rating from 1 to 5",
    "reason": "Enter a reason",
    "done": "Say whether the goal is done",
}

# field name → message when the value is there but wrong (a word for a number, a bad date).
INVALID: dict[str, str] = {
    "employees": "Enter the number of staff as a whole number, like 45",
    "spun_out_year": "Enter the year as 4 digits, like 2024",
    "capacity": "Enter how many mentorships you can run at once, from 0 to 20",
    "minutes": "Enter how long the meeting lasted as a whole number of minutes, like 60",
    "held_on": "Enter the date of the meeting as day, month and year, like 27 March 2026",
    "due_on": "Enter the date as day, month and year, like 27 March 2026, or leave it empty",
    "rating": "Choose a rating from 1 to 5",
    "stage": "Choose the stage your organisation has reached",
    "region": "Choose your region from the list",
    "preferred_format": "Choose how you would like to meet",
    "parent_body": "Choose where your organisation came from",
    "legal_form": "Choose a legal form from the list",
}

# field name → message when a list holds something not in the vocabulary.
NOT_IN_LIST: dict[str, str] = {
    "needs": "Choose topics from the list",
    "expertise": "Choose topics from the list",
    "topics": "Choose topics from the list",
    "sectors": "Choose sectors from the list",
}

_MISSING_KEYS = ("required", "null", "blank", "empty", "allow_empty")
_INVALID_KEYS = ("invalid", "invalid_choice", "incorrect_type", "min_value", "max_value", "date")


def _label(name: str, field: serializers.Field[Any, Any, Any, Any]) -> str:
    label = str(field.label or name.replace("_", " "))
    return label[:1].lower() + label[1:]


def plain_messages(name: str, field: serializers.Field[Any, Any, Any, Any]) -> dict[str, str]:
    """The messages for one field: named ones first, otherwise built from its label."""
    missing = MISSING.get(name) or f"Enter {_label(name, field)}"
    messages = dict.fromkeys(_MISSING_KEYS, missing)
    invalid = INVALID.get(name)
    if invalid:
        messages.update(dict.fromkeys(_INVALID_KEYS, invalid))
    return messages


class PlainErrorsMixin(Serializer[Any]):
    """Gives every writable field person-facing messages (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.read_only:
                continue
            # A many=True relation validates its list in the outer field and each slug in
            # the child; the list-level messages are the ones a person meets first.
            field.error_messages.update(plain_messages(name, field))
            child = getattr(field, "child_relation", None)
            if child is not None:
                wrong = NOT_IN_LIST.get(name) or f"Choose {_label(name, field)} from the list"
                child.error_messages.update(dict.fromkeys(("does_not_exist", "invalid"), wrong))
