"""Error messages written for a person, in the GOV.UK style, for every field people fill in.

DRF's and Django's defaults ("This field may not be null.", "This field is required.") say
nothing about what to do. `plain_messages` gives a field its own: the ones named here, or, for a
field not listed, a sentence built from the field's label, never its raw name. The API's
serializers take them through `api.messages.PlainErrorsMixin`, Django forms through
`PlainFormErrorsMixin` below. Here in core, so that accounts' forms can use it too.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django import forms
from django.core import validators
from rest_framework import serializers

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

# field name → message when a number is outside its range (below the least or above the most).
RANGE: dict[str, str] = {
    "capacity": "Enter how many mentorships you can run at once, from 0 to 20",
    "minutes": "Enter how long the meeting lasted, from 1 to 1440 minutes (a day)",
    "employees": "Enter the number of staff: 1 or more",
    "rating": "Choose a rating from 1 to 5",
}

_MISSING_KEYS = ("required", "null", "blank", "empty", "allow_empty")
_INVALID_KEYS = ("invalid", "invalid_choice", "incorrect_type", "date")
_RANGE_KEYS = ("min_value", "max_value")


def field_label(name: str, field: Any) -> str:
    label = str(field.label or name.replace("_", " "))
    return label[:1].lower() + label[1:]


def _range(name: str, field: Any) -> str:
    """ "Enter a number from 1 to 20", from the field's own limits unless RANGE names it."""
    if name in RANGE:
        return RANGE[name]
    least, most = getattr(field, "min_value", None), getattr(field, "max_value", None)
    if least is not None and most is not None:
        return f"Enter a number from {least} to {most}"
    if least is not None:
        return f"Enter a number of {least} or more"
    return f"Enter a number of {most} or less"


def plain_messages(
    name: str, field: Any, *, missing: str | None = None, invalid: str | None = None
) -> dict[str, str]:
    """The messages for one field: the serializer's own, then the named ones, otherwise built
    from its label. Works for DRF's fields and Django's form fields (same message keys)."""
    choices = isinstance(
        field,
        serializers.ChoiceField
        | serializers.RelatedField
        | serializers.ManyRelatedField
        | forms.ChoiceField,
    )
    verb = "Choose" if choices else "Enter"
    missing = missing or MISSING.get(name) or f"{verb} {field_label(name, field)}"
    messages = dict.fromkeys(_MISSING_KEYS, missing)
    invalid = invalid or INVALID.get(name)
    if invalid:
        messages.update(dict.fromkeys(_INVALID_KEYS, invalid))
    elif isinstance(field, serializers.ChoiceField):
        # DRF refuses an empty choice as invalid: it is a missing one ("Choose a region", not
        # '"" is not a valid choice').
        messages["invalid_choice"] = missing
    if getattr(field, "min_value", None) is not None or getattr(field, "max_value", None):
        messages.update(dict.fromkeys(_RANGE_KEYS, _range(name, field)))
    return messages


def reword_range_validators(field: Any, message: str) -> None:
    # DRF builds a field's Min/MaxValueValidator with its message when the field is made, so a
    # later change to error_messages would not reach them.
    for validator in getattr(field, "validators", []):
        if isinstance(validator, validators.MinValueValidator | validators.MaxValueValidator):
            validator.message = message


class PlainFormErrorsMixin:
    """The same for a Django form: "Enter your full name", not "This field is required."."""

    missing_messages: ClassVar[dict[str, str]] = {}
    invalid_messages: ClassVar[dict[str, str]] = {}
    fields: dict[str, Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            messages = plain_messages(
                name,
                field,
                missing=self.missing_messages.get(name),
                invalid=self.invalid_messages.get(name),
            )
            # Only Django's generic wording is replaced: a form field's own message for a bad
            # choice ("... is not one of the sectors we list") stays.
            wanted = (
                *_MISSING_KEYS,
                *_RANGE_KEYS,
                *(_INVALID_KEYS if name in self.invalid_messages else ()),
            )
            field.error_messages.update({k: v for k, v in messages.items() if k in wanted})
