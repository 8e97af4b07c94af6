"""`?ordering=` for lists: one of the terms a view declares, or a 400 that lists them.

A view sets `ordering_fields`, either a list of model fields or a dict from the public term to
an ORM expression (so a term like `waiting` can sort by `created_at`). Each term may be
prefixed with `-` for descending. A view without `ordering_fields` offers no ordering, and the
strict query check then refuses the parameter as unknown.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request

PARAM = "ordering"


def ordering_terms(view: Any) -> dict[str, str]:
    """Public term → ORM field (with its own `-` when the term means newest first)."""
    fields = getattr(view, "ordering_fields", None)
    if not fields:
        return {}
    if isinstance(fields, dict):
        return dict(fields)
    return {name: name for name in fields}


def _descending(expression: str) -> str:
    return expression[1:] if expression.startswith("-") else f"-{expression}"


class StrictOrderingFilter(BaseFilterBackend):
    def filter_queryset(
        self, request: Request, queryset: QuerySet[Any], view: Any
    ) -> QuerySet[Any]:
        raw = request.query_params.get(PARAM)
        terms = ordering_terms(view)
        if raw is None or not terms:
            return queryset
        name = raw.removeprefix("-")
        if name not in terms:
            allowed = ", ".join(sorted(terms))
            raise ValidationError(
                {PARAM: [f"Order by one of {allowed} (prefix '-' to reverse), not {raw[:40]!r}."]}
            )
        expression = terms[name]
        if raw.startswith("-"):
            expression = _descending(expression)
        # The primary key breaks ties, so pages never repeat or skip a row.
        tie = "-pk" if expression.startswith("-") else "pk"
        return queryset.order_by(expression, tie)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        terms = ordering_terms(view)
        if not terms or getattr(view, "action", "list") != "list":
            return []
        values = [value for name in sorted(terms) for value in (name, f"-{name}")]
        return [
            {
                "name": PARAM,
                "required": False,
                "in": "query",
                "description": "Sort order: one term; prefix '-' to reverse.",
                "schema": {"type": "string", "enum": values},
            }
        ]
