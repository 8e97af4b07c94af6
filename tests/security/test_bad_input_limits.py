"""Hostile input is refused cheaply, as a problem document, before any permission or database work.

Found: nested JSON was a 500 (RecursionError) even unauthenticated; `needs`, `expertise` and
`sectors` took 10,000 items (5 s, one query per item); a body over 2.5 MB got an HTML page.
"""

from __future__ import annotations

import json
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from accounts.models import User
from api.parsers import json_depth_exceeds
from matching.models import MentoringRequest, Topic
from tests.conftest import client_for
from tests.errors import error_code, field_errors

pytestmark = pytest.mark.django_db


def post_raw(client: Client, url: str, body: str | bytes) -> object:
    return client.post(url, data=body, content_type="application/json")


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_deeply_nested_json_is_a_400_even_unauthenticated(opener: str) -> None:
    body = opener * 50_000
    post_raw(APIClient(), "/api/v1/auth/token/", "{}")  # warm up: imports, first connection
    for url in ("/api/v1/auth/token/", "/api/v1/requests/"):
        started = time.monotonic()
        response = post_raw(APIClient(), url, body)
        assert time.monotonic() - started < 1
        if url.endswith("requests/"):
            assert response.status_code == 401  # type: ignore[attr-defined]
            continue
        assert response.status_code == 400  # type: ignore[attr-defined]
        assert error_code(response) == "json_too_deep"
        assert response["Content-Type"] == "application/problem+json"  # type: ignore[index]


def test_nesting_is_also_refused_for_a_signed_in_caller(mentee: User) -> None:
    response = post_raw(client_for(mentee), "/api/v1/requests/", "[" * 100 + "]" * 100)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert error_code(response) == "json_too_deep"


def test_enquiries_and_case_studies_use_the_same_limited_parser(coordinator: User) -> None:
    # Both viewsets once named DRF's own JSONParser, which decodes any depth (a 500).
    body = "[" * 50_000
    enquiry = post_raw(APIClient(), "/api/v1/enquiries/", body)
    case_study = post_raw(client_for(coordinator), "/api/v1/case-studies/", body)
    for response in (enquiry, case_study):
        assert response.status_code == 400  # type: ignore[attr-defined]
        assert error_code(response) == "json_too_deep"


def test_brackets_inside_strings_do_not_count() -> None:
    assert not json_depth_exceeds(json.dumps({"summary": "[" * 500}), 32)
    assert not json_depth_exceeds(json.dumps({"s": '\\"[[[[' * 100}), 32)
    assert json_depth_exceeds("[" * 33, 32)
    assert not json_depth_exceeds("[" * 32 + "]" * 32, 32)


def test_a_body_over_the_limit_is_a_413_problem_document(settings: object) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000  # type: ignore[attr-defined]
    body = json.dumps({"summary": "x" * 2000})
    response = post_raw(APIClient(), "/api/v1/auth/token/", body)
    assert response.status_code == 413  # type: ignore[attr-defined]
    assert response["Content-Type"] == "application/problem+json"  # type: ignore[index]
    assert error_code(response) == "body_too_large"
    form = f"login={'x' * 2000}&password=y"
    page = Client().post("/accounts/login/", form, "application/x-www-form-urlencoded")
    assert page.status_code == 413
    assert page["Content-Type"].startswith("text/plain")


def test_the_default_body_limit_is_one_megabyte() -> None:
    response = post_raw(APIClient(), "/api/v1/auth/token/", b" " * (1024 * 1024 + 1))
    assert response.status_code == 413  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("url", "field", "role"),
    [("/api/v1/requests/", "needs", "mentee"), ("/api/v1/mentors/", "expertise", "mentor")],
)
def test_a_list_of_10000_slugs_is_refused_without_lookups(
    url: str, field: str, role: str, mentee: User, mentor: User
) -> None:
    user = mentee if role == "mentee" else mentor
    body = {field: ["tupe"] * 10_000, "summary": "Help with TUPE."}
    client = client_for(user)
    before = MentoringRequest.objects.count()
    with CaptureQueriesContext(connection) as queries:
        started = time.monotonic()
        response = client.post(url, body, format="json")
        elapsed = time.monotonic() - started
    assert response.status_code == 400
    assert field in field_errors(response)
    assert "at most 20" in field_errors(response)[field][0]
    assert elapsed < 1
    assert not any("matching_topic" in q["sql"] for q in queries.captured_queries)
    assert MentoringRequest.objects.count() == before


def test_twenty_slugs_are_found_in_one_query(mentee: User) -> None:
    slugs = list(Topic.objects.values_list("slug", flat=True)[:15])
    client = client_for(mentee)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            "/api/v1/requests/", {"needs": slugs, "summary": "Help with all of it."}, format="json"
        )
    assert response.status_code == 201, response.content
    lookups = [
        q
        for q in queries.captured_queries
        if 'FROM "matching_topic"' in q["sql"] and '"matching_topic"."slug" IN' in q["sql"]
    ]
    assert len(lookups) == 1
    assert sorted(response.json()["needs"]) == sorted(slugs)


def test_a_repeated_slug_is_refused(mentee: User) -> None:
    response = client_for(mentee).post(
        "/api/v1/requests/", {"needs": ["tupe", "tupe"], "summary": "TUPE."}, format="json"
    )
    assert response.status_code == 400
    assert "needs" in field_errors(response)
