"""Page-number pagination (DRF's default shape) that also lets a client ask for bigger pages."""

from __future__ import annotations

from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 100
