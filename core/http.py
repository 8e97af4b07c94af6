"""Limits every request meets before any view reads it, and the headers every answer carries.

A body larger than `DATA_UPLOAD_MAX_MEMORY_SIZE` is refused from its `Content-Length` alone
(413), without reading it; under /api/ the refusal is a problem document like every other API
error, elsewhere a short plain-text page. `Permissions-Policy` switches off browser features
the site never uses, so injected content cannot ask for them either.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


def body_limit() -> int:
    return int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0)


def too_large(request: HttpRequest) -> HttpResponse:
    limit = body_limit()
    detail = f"The request body is larger than the limit of {limit // 1024:,} KB."
    if request.path.startswith("/api/"):
        body = {
            "type": "about:blank",
            "title": "Content Too Large",
            "status": 413,
            "detail": detail,
            "code": "body_too_large",
        }
        return JsonResponse(body, status=413, content_type="application/problem+json")
    return HttpResponse(detail, status=413, content_type="text/plain; charset=utf-8")


class RequestLimitsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = body_limit()
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        # Multipart uploads are limited per file by FILE_UPLOAD_MAX_MEMORY_SIZE and streamed.
        multipart = str(request.META.get("CONTENT_TYPE", "")).startswith("multipart/")
        if limit and length > limit and not multipart:
            response = too_large(request)
        else:
            response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
