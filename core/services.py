"""Helpers every app's services share; HackSoft's `common.services.model_update` is the model.

Validation has one path: serializers check the shape of what arrives over HTTP, services take
typed keyword arguments, and `model_update` checks those values against the model's own fields
(types, choices, validators, `full_clean`) before anything is written. A bad value raises one
ValidationError naming every bad field, and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import models

M = TypeVar("M", bound=models.Model)

# Checked in order, so DateTimeField is tried before its parent DateField.
_TYPES: list[tuple[type[models.Field[Any, Any]], tuple[type, ...], str]] = [
    (models.BooleanField, (bool,), "Enter true or false."),
    (models.IntegerField, (int,), "Enter a whole number."),
    (models.FloatField, (int, float), "Enter a number."),
    (models.CharField, (str,), "Enter text."),
    (models.TextField, (str,), "Enter text."),
    (models.DateTimeField, (dt.datetime,), "Enter a date and time."),
    (models.DateField, (dt.date,), "Enter a date."),
]


def _type_error(field: models.Field[Any, Any], value: Any) -> str | None:
    """Why `value` cannot go into `field` as given (no coercion: "2" is not a number)."""
    if value is None:
        return None  # full_clean says whether the field may be empty
    if isinstance(field, models.ForeignKey):
        related = field.related_model
        if isinstance(related, type) and not isinstance(value, related):
            return f"Choose a {related._meta.verbose_name}."
        return None
    for field_class, types, message in _TYPES:
        if isinstance(field, field_class):
            wrong = not isinstance(value, types)
            # bool is an int in Python, and a datetime is a date: neither is wanted here.
            wrong |= isinstance(value, bool) and bool not in types
            wrong |= isinstance(value, dt.datetime) and dt.datetime not in types
            return message if wrong else None
    return None


def _instances(field: models.ManyToManyField[Any, Any], value: Any) -> list[models.Model] | None:
    related = field.related_model
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return None
    items = list(value)
    if isinstance(related, type) and all(
        isinstance(item, related) and item.pk is not None for item in items
    ):
        return items
    return None


def model_update_fields(
    *,
    instance: models.Model,
    fields: Collection[str],
    data: Mapping[str, Any],
    required: Collection[str] = (),
    reject_unknown: bool = False,
    auto_updated_at: bool = True,
    save: bool = True,
    validate_unique: bool = True,
) -> list[str]:
    """Set the `fields` present in `data` that differ, validate the row, save only those.

    Works for a new, unsaved instance too (then it is validated and inserted whole). Strings
    are stripped. Many-to-many fields take a list of saved instances and are set after the
    save; those named in `required` need at least one. With `reject_unknown`, a key of `data`
    outside `fields` is an error naming it (else it is ignored, for the caller to handle).
    With `save=False` the instance is validated and set but not written (then many-to-many
    values cannot be given); `validate_unique=False` leaves unique and check constraints to the
    caller, for a service that answers a duplicate with its own Conflict.
    Returns the names of the fields that changed (every given one for a new instance).
    """
    errors: dict[str, list[str]] = {}
    model_fields = {field.name: field for field in instance._meta.get_fields()}
    if reject_unknown:
        for name in sorted(set(data) - set(fields)):
            errors[name] = ["This field cannot be set here."]

    adding = instance._state.adding
    changed: list[str] = []
    m2m: dict[str, list[models.Model]] = {}
    for name in fields:
        if name not in data:
            continue
        field = model_fields.get(name)
        if not isinstance(field, models.Field):
            raise AssertionError(f"{name} is not a field of {type(instance).__name__}")
        value = data[name]
        if isinstance(field, models.ManyToManyField):
            items = _instances(field, value)
            plural = field.related_model._meta.verbose_name_plural
            single = field.related_model._meta.verbose_name
            if items is None:
                errors[name] = [f"Give a list of {plural}."]
            elif name in required and not items:
                errors[name] = [f"Choose at least one {single}."]
            else:
                m2m[name] = items
            continue
        message = _type_error(field, value)
        if message:
            errors[name] = [message]
            continue
        if isinstance(value, str):
            value = value.strip()
        current = getattr(instance, field.attname)
        value_key = (value.pk if value is not None else None) if field.is_relation else value
        if adding or current != value_key:
            setattr(instance, name, value)
            changed.append(name)

    if changed or adding:
        # Fields that already failed, and many-to-many ones, are not the row's to judge.
        skip = [name for name in errors if name in model_fields] + list(m2m)
        skip += [f.name for f in instance._meta.many_to_many]
        try:
            instance.full_clean(
                exclude=skip,
                validate_unique=validate_unique,
                validate_constraints=validate_unique,
            )
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                errors.setdefault(name, []).extend(messages)
    if errors:
        raise ValidationError(errors)

    if not save:
        assert not m2m, "many-to-many values need a saved instance"
        return changed
    if adding:
        instance.save()
    elif changed:
        update_fields = list(changed)
        if auto_updated_at and "updated_at" in model_fields:
            update_fields.append("updated_at")
        instance.save(update_fields=update_fields)

    for name, items in m2m.items():
        manager = getattr(instance, name)
        if adding or {obj.pk for obj in items} != set(manager.values_list("pk", flat=True)):
            manager.set(items)
            changed.append(name)

    return changed


def model_update(
    *,
    instance: M,
    fields: Collection[str],
    data: Mapping[str, Any],
    required: Collection[str] = (),
    reject_unknown: bool = False,
    auto_updated_at: bool = True,
) -> tuple[M, bool]:
    """`model_update_fields`, answering HackSoft's way: (instance, whether anything changed)."""
    changed = model_update_fields(
        instance=instance,
        fields=fields,
        data=data,
        required=required,
        reject_unknown=reject_unknown,
        auto_updated_at=auto_updated_at,
    )
    return instance, bool(changed)


def row_locked(queryset: models.QuerySet[M], pk: Any) -> M:
    """Re-read one row under `SELECT ... FOR UPDATE`, so the checks after it see the latest state.

    Call inside a transaction; the lock holds until it ends.
    """
    return queryset.select_for_update().get(pk=pk)


def model_field_clean(
    *, model: type[models.Model], field: str, value: Any, name: str | None = None
) -> Any:
    """`value` checked as `model.field` would check it (type, blank, choices, validators).

    For an argument a service validates without saving it through `model_update`. Strings come
    back stripped; a bad value raises ValidationError naming `name` (default: the field).
    """
    key = name or field
    model_field = model._meta.get_field(field)
    assert isinstance(model_field, models.Field)
    message = _type_error(model_field, value)
    if message:
        raise ValidationError({key: [message]})
    if isinstance(value, str):
        value = value.strip()
    try:
        return model_field.clean(value, None)
    except ValidationError as error:
        raise ValidationError({key: error.messages}) from None
