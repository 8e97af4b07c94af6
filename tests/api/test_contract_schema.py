"""The published schema is honest and complete enough for an integrator to build on.

Walks every operation of the generated OpenAPI document: a summary and a description, real
success codes (201 for a create, one object back), every error documented as a problem
document, integer ids, no DRF placeholder hosts, and the shapes issue reports got wrong.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from django.test import Client

Schema = dict[str, Any]
METHODS = {"get", "post", "put", "patch", "delete"}
PROBLEM = "#/components/schemas/Problem"
# POSTs that are actions on one object, or hand back something other than a new object.
JOBS = {"/api/v1/match-runs/", "/api/v1/scoring-model/retrain/"}


_SCHEMA: list[Schema] = []


def schema() -> Schema:
    assert _SCHEMA, "use the `ops` fixture first"
    return _SCHEMA[0]


def operations() -> list[tuple[str, str, Schema]]:
    return [
        (path, method, operation)
        for path, item in schema()["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


@pytest.fixture
def ops(db: None) -> list[tuple[str, str, Schema]]:
    # Generated once, from the test database (its taxonomy fills the enums), then reused.
    if not _SCHEMA:
        response = Client().get("/api/schema/?format=json")
        assert response.status_code == 200
        _SCHEMA.append(json.loads(response.content))
    return operations()


def lists_objects(path: str) -> bool:
    get = schema()["paths"][path].get("get")
    if get is None:
        return False
    ok = get["responses"].get("200", {}).get("content", {}).get("application/json", {})
    ref = ok.get("schema", {}).get("$ref", "")
    return (
        ref.rsplit("/", 1)[-1].startswith("Paginated")
        or ok.get("schema", {}).get("type") == "array"
    )


def test_every_operation_has_a_summary_and_a_description(
    ops: list[tuple[str, str, Schema]],
) -> None:
    missing = [
        f"{method.upper()} {path}"
        for path, method, op in ops
        if not op.get("summary") or len(op.get("description", "")) < 40
    ]
    assert not missing, missing
    descriptions = Counter(op["description"] for _, _, op in ops)
    repeated = {text[:60]: n for text, n in descriptions.items() if n > 3}
    assert not repeated, f"one description pasted on many operations: {repeated}"


def test_every_post_to_a_list_creates_with_201_and_one_object(
    ops: list[tuple[str, str, Schema]],
) -> None:
    wrong = []
    for path, method, op in ops:
        if method != "post":
            continue
        success = sorted(code for code in op["responses"] if code.startswith("2"))
        params = {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
        if params & {"page", "page_size"}:
            wrong.append(f"POST {path} takes page parameters")
        for code in success:
            body = op["responses"][code].get("content", {}).get("application/json", {})
            if "Paginated" in body.get("schema", {}).get("$ref", ""):
                wrong.append(f"POST {path} answers a page")
        expected = ["202"] if path in JOBS else ["201"] if lists_objects(path) else None
        if expected and success != expected:
            wrong.append(f"POST {path} documents {success}, not {expected}")
    assert not wrong, wrong


def test_every_error_is_a_documented_problem(ops: list[tuple[str, str, Schema]]) -> None:
    wrong = []
    for path, method, op in ops:
        responses = op["responses"]
        if "400" not in responses:
            wrong.append(f"{method} {path}: no 400")
        if op.get("security") and {"cookieAuth": []} in op["security"] and "401" not in responses:
            wrong.append(f"{method} {path}: no 401")
        for code, response in responses.items():
            if int(code) < 400:
                continue
            content = response.get("content", {})
            if list(content) != ["application/problem+json"]:
                wrong.append(f"{method} {path} {code}: {list(content)}")
            elif content["application/problem+json"]["schema"].get("$ref") != PROBLEM:
                wrong.append(f"{method} {path} {code}: not the Problem component")
    assert not wrong, wrong
    problem = schema()["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status", "detail", "code"}


def test_ids_are_integers_from_one(ops: list[tuple[str, str, Schema]]) -> None:
    wrong = []
    for path, method, op in ops:
        for parameter in op.get("parameters", []):
            is_id = parameter["in"] == "path" or parameter["name"] in {"request", "mentor"}
            if is_id and parameter["schema"].get("minimum") != 1:
                wrong.append(f"{method} {path} {parameter['name']}: {parameter['schema']}")
    # And in bodies: a related object sent by id (0 and -5 looked valid, and were refused).
    components = schema()["components"]["schemas"]
    for name, field in (
        ("MatchRunCreateRequest", "request"),
        ("PatchedEnquiryRequest", "assignee"),
        ("CaseStudyRequest", "mentorship"),
    ):
        property_ = components[name]["properties"][field]
        if (property_.get("minimum"), property_.get("maximum")) != (1, 2**63 - 1):
            wrong.append(f"{name}.{field}: {property_}")
    assert not wrong, wrong


def test_request_bodies_are_json_only(ops: list[tuple[str, str, Schema]]) -> None:
    # The one exception, a resource's file, is uploaded as multipart (docs/api.md).
    wrong = [
        f"{method} {path}: {list(op['requestBody']['content'])}"
        for path, method, op in ops
        if "requestBody" in op
        and list(op["requestBody"]["content"]) != ["application/json"]
        and not path.endswith("/file/")
    ]
    assert not wrong, wrong


def test_it_serves_real_examples_and_a_server(ops: list[tuple[str, str, Schema]]) -> None:
    text = json.dumps(schema())
    assert "api.example.org" not in text
    assert schema().get("servers"), "no servers block"


def test_the_shapes_integrators_tripped_on(ops: list[tuple[str, str, Schema]]) -> None:
    components = schema()["components"]["schemas"]
    assert components["ExplanationItem"]["properties"]["value"].get("nullable") is True
    needs = components["MentoringRequestRequest"]["properties"]["needs"]
    assert needs.get("minItems") == 1 and needs.get("uniqueItems") is True
    assert needs["items"] == {"$ref": "#/components/schemas/TopicSlugEnum"}
    assert "tupe" in components["TopicSlugEnum"]["enum"]
    goal_patch = schema()["paths"]["/api/v1/mentorships/{id}/goals/{goal_id}/"]["patch"]
    ref = goal_patch["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert not components[ref.rsplit("/", 1)[-1]].get("required")
    token = schema()["paths"]["/api/v1/auth/token/"]["post"]["responses"]["400"]
    assert token["content"]["application/problem+json"]


def test_each_enum_is_named_once(ops: list[tuple[str, str, Schema]]) -> None:
    components = schema()["components"]["schemas"]
    seen: dict[tuple[str, ...], str] = {}
    duplicates = []
    for name, component in components.items():
        values = component.get("enum")
        if not values or len(values) < 2:
            continue
        key = tuple(sorted(str(v) for v in values if v not in ("", None)))
        if key in seen:
            duplicates.append(f"{name} repeats {seen[key]}")
        seen[key] = name
    assert not duplicates, duplicates


def test_every_api_view_shares_the_contract() -> None:
    """Strict queries, idempotent POSTs and problem errors come from ContractMixin."""
    from django.urls import URLPattern, URLResolver, get_resolver

    from api.base import ContractMixin

    def walk(patterns: list[Any], prefix: str = "") -> list[tuple[str, Any]]:
        found = []
        for p in patterns:
            if isinstance(p, URLResolver):
                found += walk(p.url_patterns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                found.append((prefix + str(p.pattern), p.callback))
        return found

    outside = [
        route
        for route, callback in walk(get_resolver().url_patterns)
        if route.startswith("api/v1/")
        and not issubclass(getattr(callback, "cls", object), ContractMixin)
    ]
    assert not outside, outside
