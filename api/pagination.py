"""Page-number pagination (DRF's shape) that refuses a page or page size it cannot honour.

DRF quietly falls back to the default size for `page_size=abc` and answers 404 for `page=abc`;
a client with a typo would never notice. Here both are a 400 naming the parameter. A page past
the end is still a 404: the number was well formed, there is just nothing there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.paginator import Page
from django.core.paginator import Paginator as DjangoPaginator
from django.db.models import QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request


def _positive_int(request: Request, name: str, maximum: int | None = None) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    if not raw.isdigit() or not raw.isascii() or int(raw) < 1:
        raise ValidationError({name: [f"Must be a whole number of 1 or more, not {raw[:20]!r}."]})
    value = int(raw)
    if maximum is not None and value > maximum:
        raise ValidationError({name: [f"Must be at most {maximum}."]})
    return value


class Paginator(DjangoPaginator):
    def page(self, number: Any) -> Page:
        # Nothing to show: Django would still compile the page's whole query, every join of
        # its select_related, only to find the slice empty (2 to 3 ms of a 5 ms empty list).
        if self.count == 0:
            return Page([], self.validate_number(number), self)
        return super().page(number)


class Pagination(PageNumberPagination):
    django_paginator_class = Paginator
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_page_size(self, request: Request) -> int:
        size = _positive_int(request, self.page_size_query_param, self.max_page_size)
        return size or int(self.page_size or 20)

    def paginate_queryset(
        self, queryset: QuerySet[Any, Any] | Sequence[Any], request: Request, view: Any = None
    ) -> list[Any] | None:
        # Validate before DRF reads the number, so 'abc' is a 400 rather than "Invalid page".
        _positive_int(request, self.page_query_param)
        return super().paginate_queryset(queryset, request, view)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"] = {"type": "integer", "minimum": 1}
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
                parameter["description"] = (
                    f"Items per page, 1 to {self.max_page_size} (default {self.page_size or 20})."
                )
            else:
                parameter["description"] = "Page number, from 1. A page past the end is a 404."
        return parameters
