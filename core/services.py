"""Helpers every app's services share; HackSoft's `common.services.model_update` is the model."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def model_update(
    *, instance: M, fields: list[str], data: dict[str, Any], auto_updated_at: bool = True
) -> tuple[M, bool]:
    """Set the `fields` present in `data` that differ, validate the row, save only those.

    Many-to-many fields are set after the save. Returns (instance, whether anything changed).
    `full_clean()` runs before anything is written, so a bad value stores nothing and its
    ValidationError names the field. With `auto_updated_at`, a model's `updated_at` (if it
    has one) is saved along with the changed fields.
    """
    has_changed = False
    m2m_data: dict[str, Any] = {}
    update_fields: list[str] = []
    model_fields = {field.name: field for field in instance._meta.get_fields()}

    for name in fields:
        if name not in data:
            continue
        field = model_fields.get(name)
        if field is None:
            raise AssertionError(f"{name} is not a field of {type(instance).__name__}")
        if isinstance(field, models.ManyToManyField):
            m2m_data[name] = data[name]
            continue
        if getattr(instance, name) != data[name]:
            has_changed = True
            update_fields.append(name)
            setattr(instance, name, data[name])

    if has_changed:
        instance.full_clean()
        if auto_updated_at and "updated_at" in model_fields and "updated_at" not in update_fields:
            update_fields.append("updated_at")
        instance.save(update_fields=update_fields)

    for name, value in m2m_data.items():
        related_manager = getattr(instance, name)
        wanted = {obj.pk for obj in value}
        if wanted != set(related_manager.values_list("pk", flat=True)):
            related_manager.set(value)
            has_changed = True

    return instance, has_changed
