"""drf-spectacular hook: documents the error responses every operation can really give.

DRF answers 400 (bad input), 403 (not allowed), 404 (not visible, or a page past the end), 409
(services: wrong state, no capacity) and 415 (a body it cannot read) with JSON. Listing them
keeps clients and schemathesis honest about what can come back.
"""

from __future__ import annotations

from typing import Any

PUBLIC_OPERATIONS = {"taxonomy_retrieve", "auth_token_create"}
WRITE_METHODS = {"post", "patch", "put"}

COMPONENTS: dict[str, dict[str, Any]] = {
    "ErrorDetail": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
    "ConflictError": {
        "type": "object",
        "properties": {"detail": {"type": "string"}, "code": {"type": "string"}},
        "required": ["detail", "code"],
    },
    "FieldErrors": {
        "type": "object",
        "description": "Each key names a field (or non_field_errors); each value says what is "
        "wrong with it.",
        "additionalProperties": {},
    },
}


def _response(description: str, component: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{component}"}
    return {"description": description, "content": {"application/json": {"schema": ref}}}


def document_error_responses(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    result.setdefault("components", {}).setdefault("schemas", {}).update(COMPONENTS)
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            has_query = any(p.get("in") == "query" for p in operation.get("parameters", []))
            if method in WRITE_METHODS or has_query:
                responses.setdefault("400", _response("Invalid input.", "FieldErrors"))
            if "requestBody" in operation:
                # DRF answers a body it cannot parse as the declared media type with 415.
                responses.setdefault(
                    "415", _response("The body's media type is not accepted.", "ErrorDetail")
                )
            if operation.get("operationId") in PUBLIC_OPERATIONS:
                continue
            responses.setdefault(
                "403", _response("Not signed in, or not allowed to do this.", "ErrorDetail")
            )
            responses.setdefault(
                "404", _response("Not found, or not visible to you.", "ErrorDetail")
            )
            if method in WRITE_METHODS:
                responses.setdefault(
                    "409", _response("Not possible in the current state.", "ConflictError")
                )
    return result
