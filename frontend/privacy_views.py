"""The privacy notice: what the programme keeps about people, why, how long, and their rights."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def privacy_notice(request: HttpRequest) -> HttpResponse:
    years = settings.RETENTION_MONTHS / 12
    return render(
        request,
        "frontend/privacy/notice.html",
        {"retention_years": int(years) if years == int(years) else round(years, 1)},
    )
