"""The page for developers: where the API, its schema and its documentation live."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def developers(request: HttpRequest) -> HttpResponse:
    return render(request, "frontend/developers/index.html", {"nav": "developers"})
