"""Every API error as one RFC 9457 problem document, whoever raised it (DRF, Django or a service).

`{"type", "title", "status", "detail", "code"}` with media type `application/problem+json`, plus
`"errors": {field: [messages]}` on a 400. `code` is the stable, machine-readable part: clients
branch on it, people read `detail`.
"""

from __future__ import annotations

from functools import cache
from http import HTTPStatus
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.response import Response

from core.errors import Conflict

PROBLEM_CONTENT_TYPE = "application/problem+json"
# A missing or bad credential is a 401 that names the scheme a client should use.
AUTH_SCHEME = "Token"


class Problem(exceptions.APIException):
    """An error with its own status and code, for cases DRF has no class for (e.g. 413)."""

    def __init__(self, detail: str, *, code: str, status_code: int) -> None:
        super().__init__(detail=detail, code=code)
        self.status_code = status_code
        self.code = code


def problem(
    status_code: int,
    code: str,
    detail: str,
    *,
    errors: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """The problem document itself; `type` is about:blank, so `title` is the HTTP phrase."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status_code).phrase,
        "status": status_code,
        "detail": detail,
        "code": code,
    }
    if errors is not None:
        body["errors"] = errors
    return body


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """DRF nests errors for lists and nested objects; clients get one level, keys joined by '.'."""
    if isinstance(detail, dict):
        out: dict[str, list[str]] = {}
        for key, value in detail.items():
            out.update(_flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    key = prefix or "non_field_errors"
    if isinstance(detail, list):
        if any(isinstance(item, dict | list) for item in detail):
            out = {}
            for index, item in enumerate(detail):
                if item:
                    out.update(_flatten(item, f"{key}.{index}"))
            return out
        return {key: [str(item) for item in detail]}
    return {key: [str(detail)]}


def _validation_errors(exc: DjangoValidationError) -> dict[str, list[str]]:
    # Services raise ValidationError({field: message}); a bare message still gets a key so
    # clients can always read errors the same way.
    if hasattr(exc, "error_dict"):
        return {field: list(messages) for field, messages in exc.message_dict.items()}
    return {"non_field_errors": list(exc.messages)}


def _summary(errors: dict[str, list[str]]) -> str:
    """One sentence for people: each field with its first message."""
    parts = [
        messages[0] if name == "non_field_errors" else f"{name}: {messages[0]}"
        for name, messages in errors.items()
        if messages
    ]
    return " ".join(parts) or "The request is not valid."


@cache
def _field_codes() -> frozenset[str]:
    """Every code DRF's own fields and validators give: generic, so a 400 says validation_error."""
    from django import forms
    from django.core import validators
    from rest_framework import fields, relations
    from rest_framework import serializers as drf_serializers

    codes = {"invalid", "unique", "required", "null", "blank", "duplicate"}
    for module in (fields, relations, drf_serializers, forms.fields):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, fields.Field | forms.Field):
                codes.update(getattr(value, "default_error_messages", {}))
    # Django's validators (e.g. null_characters_not_allowed) are field checks too.
    for value in vars(validators).values():
        code = getattr(value, "code", None)
        if isinstance(value, type) and isinstance(code, str):
            codes.add(code)
    return frozenset(codes)


def _leaf_codes(codes: Any) -> set[str]:
    if isinstance(codes, dict):
        return set().union(*(_leaf_codes(v) for v in codes.values())) if codes else set()
    if isinstance(codes, list):
        return set().union(*(_leaf_codes(v) for v in codes)) if codes else set()
    return {str(codes)}


def _validation_code(exc: exceptions.ValidationError) -> str:
    # A view that raises ValidationError(..., code="invalid_credentials") chose a code for the
    # whole answer; field validators' own codes ("required", "max_length") stay generic.
    codes = _leaf_codes(exc.get_codes())
    if len(codes) == 1 and not codes <= _field_codes():
        return codes.pop()
    return "validation_error"


def _code(exc: exceptions.APIException) -> str:
    if isinstance(exc, Problem):
        return exc.code
    codes = exc.get_codes()
    # DRF's own classes carry their code on the detail (not_found, permission_denied, ...).
    return codes if isinstance(codes, str) else exc.default_code


def problem_response(
    status_code: int,
    code: str,
    detail: str,
    *,
    errors: dict[str, list[str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    return Response(
        problem(status_code, code, detail, errors=errors),
        status=status_code,
        headers=headers,
        content_type=PROBLEM_CONTENT_TYPE,
    )


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    # Imported here: rest_framework.views reads the parser setting, and api.parsers imports
    # Problem from this module.
    from rest_framework.views import exception_handler

    if isinstance(exc, Conflict):
        errors = {exc.field: [exc.message]} if exc.field else None
        return problem_response(status.HTTP_409_CONFLICT, exc.code, exc.message, errors=errors)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(detail=_validation_errors(exc))
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(detail=str(exc) or None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    headers = {key: value for key, value in response.items() if key in {"Retry-After", "Allow"}}
    if isinstance(exc, exceptions.NotAuthenticated | exceptions.AuthenticationFailed):
        # DRF falls back to 403 when the first authentication class is the session; a client
        # with no or a bad credential must hear 401 and which scheme to use.
        response.status_code = status.HTTP_401_UNAUTHORIZED
        headers["WWW-Authenticate"] = AUTH_SCHEME
    if isinstance(exc, exceptions.ValidationError):
        errors = _flatten(exc.detail)
        return problem_response(
            status.HTTP_400_BAD_REQUEST,
            _validation_code(exc),
            _summary(errors),
            errors=errors,
            headers=headers,
        )
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return problem_response(response.status_code, _code(exc), str(detail), headers=headers)


def _problem_json(status_code: int, code: str, detail: str) -> JsonResponse:
    return JsonResponse(
        problem(status_code, code, detail), status=status_code, content_type=PROBLEM_CONTENT_TYPE
    )


@csrf_exempt  # a 404 is the answer whatever the method; CSRF's HTML 403 would hide it
def api_not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """Any /api/ URL that matches no route: a problem document, never the HTML page."""
    return _problem_json(404, "not_found", "No API endpoint or object at this address.")


def bad_request(request: HttpRequest, exception: Exception, **kwargs: Any) -> HttpResponse:
    """Django's handler400, for what it refuses before any view runs (a Host header that is
    not ours, a suspicious request): API clients get a problem document, people the page."""
    if request.path.startswith("/api/"):
        return _problem_json(
            400, "bad_request", "The request was refused before it reached the API: check "
            "the Host header and the request's form.",
        )  # fmt: skip
    return defaults.bad_request(request, exception, **kwargs)


def server_error(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """Django's handler500: API clients get a problem document, people the usual page."""
    if request.path.startswith("/api/"):
        return _problem_json(
            500, "server_error", "Something went wrong on our side; it has been logged."
        )
    return defaults.server_error(request, *args, **kwargs)
