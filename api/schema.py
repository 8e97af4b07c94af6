"""The OpenAPI contract: every operation's real errors, idempotency header and query parameters.

`ContractSchema` (drf-spectacular's AutoSchema) knows each view, so it documents only what the
view can really answer: 401 where credentials are read, 403 where a permission can refuse,
404 on detail paths and pages, 409 on writes and for an `Idempotency-Key` that is in use
or was used for another request, 413/415 with a body, 429 where a throttle applies, and 400
everywhere (an unknown query parameter is a 400 on any operation). Each error is the one
`Problem` component, as `application/problem+json`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import DatabaseError
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers
from rest_framework.permissions import AllowAny

from api.base import ContractMixin, filters_apply, offers_csv
from api.exceptions import PROBLEM_CONTENT_TYPE
from api.fields import (
    ID_SCHEMA,
    MAX_ID,
    SEARCH_MAX_LENGTH,
    WEB_ADDRESS_PATTERN,
    Serializer,
    VocabularyListField,
    WebAddressField,
    max_items,
)
from api.idempotency import HEADER as IDEMPOTENCY_HEADER

WRITE_METHODS = {"POST", "PATCH", "PUT", "DELETE"}
VOCABULARY_FILTERS = {"sector": "SectorSlugEnum", "topic": "TopicSlugEnum"}
# Query parameters that name one object by id (e.g. `proposals/?request=12`).
ID_FILTERS = {"request", "mentor", "mentorship", "organisation"}


class ProblemSerializer(Serializer[Any]):
    """An RFC 9457 problem document: every error the API gives has this shape."""

    type = serializers.CharField(help_text="Always `about:blank`: `code` says what went wrong.")
    title = serializers.CharField(help_text="The HTTP status phrase, e.g. `Conflict`.")
    status = serializers.IntegerField(help_text="The HTTP status code, repeated.")
    detail = serializers.CharField(help_text="What went wrong, in words a person can act on.")
    code = serializers.CharField(
        help_text="Stable and machine-readable; branch on this, not on `detail`. E.g. "
        "`validation_error`, `not_authenticated`, `permission_denied`, `not_found`, "
        "`invalid_state`, `mentor_at_capacity`, `introduction_in_progress`, "
        "`idempotency_key_reused`, `throttled`. docs/api.md lists them all."
    )
    errors = serializers.DictField(  # type: ignore[assignment]  # RFC 9457 extension member
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="On a 400: each key names a field (or query parameter, or "
        "`non_field_errors`), each value lists what is wrong with it. On a 409 about one value "
        "sent (`capacity_below_load`), that field alone.",
    )


ERRORS: dict[str, str] = {
    "400": "Invalid input: a body field, a query parameter or a header (`code` "
    "`validation_error`, `parse_error`, ...; `errors` names each field).",
    "401": "No credentials, or bad ones (`not_authenticated`, `authentication_failed`). "
    "Send `Authorization: Token <key>`.",
    "403": "Signed in but not allowed to do this (`permission_denied`, `mfa_required`).",
    "404": "No such object, or not visible to you; or a page past the end (`not_found`).",
    "409": "Not possible in the object's current state (`invalid_state`, "
    "`mentor_at_capacity`, `introduction_in_progress`, ...), or the `Idempotency-Key` belongs "
    "to a request that is still running (`idempotency_key_in_progress`) or to a different "
    "request in the last 24 hours (`idempotency_key_reused`).",
    "413": "The body is too large (`body_too_large`).",
    "415": "The body is not JSON (`unsupported_media_type`).",
    "429": "Too many requests (`throttled`); wait for `Retry-After` seconds.",
}


class TokenScheme(OpenApiAuthenticationExtension):
    """`Authorization: Token <key>`, the key from `POST /api/v1/auth/token/`."""

    target_class = "api.authentication.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, Any]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`, with a key from `POST /api/v1/auth/token/`. Keys "
            "expire; a missing, expired or revoked key is a 401.",
        }


_SLUG_HELP = {
    "Topic": "A topic slug; `GET /api/v1/taxonomy/` lists them with their names.",
    "Sector": "A sector slug; `GET /api/v1/taxonomy/` lists them with their names.",
}


def _related_model(field: Any, child: Any) -> Any:
    queryset = getattr(child, "queryset", None)
    if queryset is not None:
        return queryset.model if queryset.model.__name__ in _SLUG_HELP else None
    # A read-only list: the model field it reads says which vocabulary it is.
    parent_model = getattr(getattr(field.parent, "Meta", None), "model", None)
    if parent_model is None:
        return None
    try:
        related = parent_model._meta.get_field(field.source).related_model
    except FieldDoesNotExist:  # a source that is not a model field: no enum
        return None
    return related if getattr(related, "__name__", "") in _SLUG_HELP else None


# What DRF refuses in any string it reads: a NUL character. A value of only spaces is refused
# where blank is (DRF trims first), so such a field needs a character that is neither.
NO_NUL = r"^[^\u0000]*$"
NOT_BLANK = r"^[^\u0000]*[^\s\u0000][^\u0000]*$"


def _text_pattern(field: serializers.CharField, schema: Any) -> None:
    """Give a request's string field the pattern of what the server accepts, in place."""
    branches = schema.get("oneOf", [schema]) if isinstance(schema, dict) else []
    for branch in branches:
        if branch.get("type") != "string" or "pattern" in branch or "enum" in branch:
            continue
        if isinstance(field, WebAddressField) and branch.get("format") == "uri":
            branch["pattern"] = WEB_ADDRESS_PATTERN
        elif "format" in branch or branch.get("maxLength") == 0:
            continue
        elif field.trim_whitespace and not field.allow_blank:
            branch["pattern"] = NOT_BLANK
        else:
            branch["pattern"] = NO_NUL


def _is_public(view: Any) -> bool:
    # Permissions may depend on the method (anyone may POST an enquiry, only staff list them).
    return any(isinstance(permission, AllowAny) for permission in view.get_permissions())


class ContractSchema(AutoSchema):
    def get_filter_backends(self) -> list[Any]:
        # A nested list (a mentorship's goals) takes no filters: see api.base.filters_apply.
        return super().get_filter_backends() if filters_apply(self.view) else []

    def _authenticates(self) -> bool:
        # Views may choose authenticators per method (the token endpoint's POST reads none).
        return bool(self.view.get_authenticators())

    def _idempotent(self) -> bool:
        # Keys belong to a user, so a POST that reads no credentials cannot honour one.
        return (
            self.method == "POST" and isinstance(self.view, ContractMixin) and self._authenticates()
        )

    def get_override_parameters(self) -> list[Any]:
        parameters: list[Any] = list(super().get_override_parameters())
        if self._idempotent():
            parameters.append(
                OpenApiParameter(
                    IDEMPOTENCY_HEADER,
                    OpenApiTypes.STR,
                    OpenApiParameter.HEADER,
                    description="Any unique string up to 255 visible characters (a UUID). "
                    "Sent again by the same signed-in user within 24 hours with the same body, it "
                    "returns the first successful answer (with `Idempotent-Replayed: true`) "
                    "and stores nothing new; with another body it is a 409.",
                    pattern=r"^[\x21-\x7e]{1,255}$",
                )
            )
        if self.method == "GET" and offers_csv(self.view):
            parameters.append(
                OpenApiParameter(
                    "format",
                    OpenApiTypes.STR,
                    OpenApiParameter.QUERY,
                    enum=["json", "csv"],
                    description="`csv` answers text/csv (as does `Accept: text/csv`).",
                )
            )
        return parameters

    def _slug_enum(self, field: Any) -> dict[str, Any] | None:
        """A list of Sector or Topic slugs as a reference to one enum component per vocabulary.

        The values are the rows of the taxonomy (the seeded vocabulary, editable by staff), so
        a generated client offers exactly what `GET taxonomy/` lists.
        """
        child = getattr(field, "child_relation", None)
        if not isinstance(child, serializers.SlugRelatedField) or child.slug_field != "slug":
            return None
        model = _related_model(field, child)
        if model is None:
            return None
        try:
            slugs = sorted(model._default_manager.values_list("slug", flat=True))
        except (DatabaseError, RuntimeError):
            # No database to read (generating the schema offline, or a test without one; the
            # test runner's guard raises RuntimeError): plain strings then.
            return None
        if not slugs:
            return None
        component = ResolvedComponent(
            name=f"{model.__name__}SlugEnum",
            type=ResolvedComponent.SCHEMA,
            schema={"type": "string", "enum": slugs, "description": _SLUG_HELP[model.__name__]},
            object=f"{model.__name__}SlugEnum",
        )
        self.registry.register_on_missing(component)
        return component.ref

    def _map_serializer_field(
        self, field: Any, direction: Any, bypass_extensions: bool = False
    ) -> Any:
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        enum_ref = self._slug_enum(field)
        if enum_ref is not None and isinstance(schema, dict) and schema.get("type") == "array":
            schema["items"] = enum_ref
        if direction == "request" and isinstance(field, serializers.CharField):
            _text_pattern(field, schema)
        if isinstance(field, VocabularyListField) and isinstance(schema, dict):
            # It refuses repeats and more than max_items() before touching the database.
            schema.update(uniqueItems=True, maxItems=max_items())
        # DRF refuses `[]` for a list with allow_empty=False; say so, or clients send it.
        many = isinstance(field, serializers.ManyRelatedField | serializers.ListField)
        refuses_empty = many and not getattr(field, "allow_empty", True)
        if refuses_empty and isinstance(schema, dict) and schema.get("type") == "array":
            schema.setdefault("minItems", 1)
        return schema

    def _error_codes(self, responses: dict[str, Any]) -> list[str]:
        view = self.view
        codes = ["400"]
        if self._authenticates():
            codes.append("401")
        if not _is_public(view):
            codes.append("403")
        paginated = any(p.get("name") == "page" for p in self._get_parameters())
        if "{" in self.path or paginated:
            codes.append("404")
        if self.method in WRITE_METHODS and not _is_public(view):
            codes.append("409")
        if self.method in WRITE_METHODS and self.method != "DELETE":
            codes += ["413", "415"]
        if self._idempotent():
            codes.append("409")
        if getattr(view, "throttle_classes", None):
            codes.append("429")
        # An error a view documents itself (e.g. its own rate limit) gets the same shape.
        codes += [code for code in responses if code in ERRORS]
        return sorted(set(codes))

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        for code in self._error_codes(responses):
            response = self._get_response_for_code(
                ProblemSerializer, code, media_types=[PROBLEM_CONTENT_TYPE], direction=direction
            )
            response["description"] = responses.get(code, {}).get("description") or ERRORS[code]
            if code == "401":
                response["headers"] = {
                    "WWW-Authenticate": {"schema": {"type": "string", "enum": ["Token"]}}
                }
            if code == "429":
                response["headers"] = {
                    "Retry-After": {
                        "schema": {"type": "integer"},
                        "description": "Seconds to wait before trying again.",
                    }
                }
            responses[code] = response
        return responses


def _parameters(result: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every parameter of every operation in a generated schema."""
    for item in result.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                yield from operation.get("parameters", [])


def integer_ids(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """Ids are integers from 1: path ids (`[0-9]+` in the URL conf) and id filters alike."""
    for parameter in _parameters(result):
        schema = parameter.get("schema", {})
        is_id = parameter.get("in") == "path" or parameter.get("name") in ID_FILTERS
        if is_id and schema.get("pattern") == "^[0-9]+$":
            parameter["schema"] = dict(ID_SCHEMA)
        elif is_id and schema.get("type") == "integer":
            schema.setdefault("minimum", 1)
            schema.setdefault("maximum", MAX_ID)
    return result


def vocabulary_filters(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """`?sector=` and `?topic=` take one slug of the taxonomy: the same enum as the bodies."""
    schemas = result.get("components", {}).get("schemas", {})
    for parameter in _parameters(result):
        name = VOCABULARY_FILTERS.get(parameter.get("name", ""))
        if parameter.get("in") == "query" and name in schemas:
            parameter["schema"] = {"$ref": f"#/components/schemas/{name}"}
    return result


def search_queries(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """`?q=` as the server takes it: any words up to SEARCH_MAX_LENGTH, never a NUL."""
    for parameter in _parameters(result):
        if parameter.get("in") == "query" and parameter.get("name") == "q":
            parameter["schema"] = {
                "type": "string",
                "maxLength": SEARCH_MAX_LENGTH,
                "pattern": NO_NUL,
            }
    return result


def real_pagination_examples(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """DRF's page links show `http://api.example.org/accounts/`; show each list's own links."""
    base = settings.SITE_URL
    schemas = result.get("components", {}).get("schemas", {})
    for path, item in result.get("paths", {}).items():
        ok = item.get("get", {}).get("responses", {}).get("200", {})
        ref = ok.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
        name = ref.rsplit("/", 1)[-1]
        if not name.startswith("Paginated") or name not in schemas:
            continue
        properties = schemas[name]["properties"]
        properties["count"]["example"] = 45
        properties["next"]["example"] = f"{base}{path}?page=3"
        properties["previous"]["example"] = f"{base}{path}?page=1"
    return result
