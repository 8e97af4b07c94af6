"""Every error is one RFC 9457 problem document with a specific code, whoever raised it."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import RequestFactory
from rest_framework.test import APIClient

from api.exceptions import server_error
from matching.models import MentoringRequest
from tests.api.conftest import World
from tests.errors import error_code, field_errors

PROBLEM_KEYS = {"type", "title", "status", "detail", "code"}


def assert_problem(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert set(body) - {"errors"} == PROBLEM_KEYS, body
    assert body["status"] == status
    assert isinstance(body["detail"], str) and body["detail"]
    assert body["code"] == code, body
    return body


def test_it_asks_for_a_token_when_no_credentials_come(world: World) -> None:
    response = APIClient().get("/api/v1/requests/")
    assert_problem(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == "Token"


def test_it_refuses_a_bad_token_with_401(world: World) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-key")
    response = client.get("/api/v1/requests/")
    assert_problem(response, 401, "authentication_failed")
    assert response["WWW-Authenticate"] == "Token"


def test_it_names_each_invalid_field(world: World) -> None:
    response = world.client("mentee").post(
        "/api/v1/requests/", {"needs": [], "summary": ""}, format="json"
    )
    body = assert_problem(response, 400, "validation_error")
    assert set(field_errors(response)) >= {"needs"}
    assert all(isinstance(m, str) for ms in body["errors"].values() for m in ms)
    assert "needs" in body["detail"]


def test_it_says_not_found_for_an_invisible_object_and_an_unknown_path(world: World) -> None:
    client = world.client("mentee")
    assert_problem(client.get(f"/api/v1/requests/{world.other_request.pk}/"), 404, "not_found")
    assert_problem(client.get("/api/v1/no-such-thing/"), 404, "not_found")


def test_a_wrong_state_is_a_409_with_a_code(world: World) -> None:
    world.request.status = MentoringRequest.Status.WITHDRAWN
    world.request.save(update_fields=["status"])
    response = world.client("mentee").post(
        f"/api/v1/requests/{world.request.pk}/withdraw/", {}, format="json"
    )
    assert response.status_code == 409
    assert response["Content-Type"] == "application/problem+json"
    assert error_code(response)


def test_a_body_that_is_not_json_is_refused(world: World) -> None:
    client = world.client("mentee")
    broken = client.post("/api/v1/requests/", "{not json", content_type="application/json")
    assert_problem(broken, 400, "parse_error")
    form = client.post("/api/v1/requests/", {"summary": "x"})  # multipart, as a form would
    assert_problem(form, 415, "unsupported_media_type")


def test_the_wrong_role_hears_403_before_anything_about_its_body(world: World) -> None:
    response = world.client("mentor").post("/api/v1/requests/", {"needs": "x"}, format="json")
    assert_problem(response, 403, "permission_denied")
    runs = world.client("mentee").post("/api/v1/match-runs/", {"kind": 7}, format="json")
    assert_problem(runs, 403, "permission_denied")


@pytest.mark.parametrize(("path", "json"), [("/api/v1/me/", True), ("/mentor/", False)])
def test_a_crash_is_a_problem_document_under_api_only(db: None, path: str, json: bool) -> None:
    response = server_error(RequestFactory().get(path))
    assert response.status_code == 500
    assert (response["Content-Type"] == "application/problem+json") is json


@pytest.mark.parametrize(("path", "json"), [("/api/v1/auth/token/", True), ("/login/", False)])
def test_a_host_that_is_not_ours_is_a_problem_document_under_api_only(
    db: None, path: str, json: bool
) -> None:
    # Django refuses it in middleware, before any view or DRF runs (found by schemathesis).
    response = APIClient().delete(path, HTTP_HOST="p_YNWut")
    assert response.status_code == 400
    assert (response["Content-Type"] == "application/problem+json") is json
    if json:
        assert_problem(response, 400, "bad_request")


def test_a_string_field_takes_a_string_not_a_number(world: World) -> None:
    # DRF turns 7 into "7" by itself; the schema says string, so the body is refused whole.
    client = world.client("mentee")
    response = client.post(
        "/api/v1/requests/", {"needs": ["tupe"], "summary": 7, "goals": True}, format="json"
    )
    assert_problem(response, 400, "validation_error")
    assert set(field_errors(response)) == {"summary", "goals"}
    organisation = world.request.organisation
    before = organisation.name
    patch = client.patch(
        f"/api/v1/organisations/{organisation.pk}/", {"name": 12345}, format="json"
    )
    assert_problem(patch, 400, "validation_error")
    assert set(field_errors(patch)) == {"name"}
    organisation.refresh_from_db()
    assert organisation.name == before
    progress = client.put(
        "/api/v1/guide/progress/", {"done": ["planning-pensions", 3]}, format="json"
    )
    assert_problem(progress, 400, "validation_error")
    assert set(field_errors(progress)) == {"done.1"}  # the item, by its place


def test_a_method_an_endpoint_lacks_is_a_405_whatever_the_query(world: World) -> None:
    # The method is the first thing wrong: the unknown query parameter is beside the point.
    response = world.client("coordinator").generic("TRACE", "/api/v1/mentorships/?nonsense=1")
    assert_problem(response, 405, "method_not_allowed")


def test_query_parameters_are_as_strict_as_the_schema(world: World) -> None:
    client = world.client("coordinator")
    cases = {
        "/api/v1/proposals/?recommended=null": "recommended",  # true or false only
        "/api/v1/proposals/?recommended=1": "recommended",
        "/api/v1/proposals/?status=": "status",  # empty is a mistake, not "any"
        "/api/v1/programme/pipeline/?region=": "region",
        "/api/v1/programme/pipeline/?priority=yes": "priority",
        "/api/v1/resources/?topic=AAA": "topic",  # an unknown topic, not an empty list
        "/api/v1/enquiries/?assignee=someone": "assignee",
    }
    for url, name in cases.items():
        response = client.get(url)
        assert_problem(response, 400, "validation_error")
        assert set(field_errors(response)) == {name}, url
    for url in (
        "/api/v1/proposals/?recommended=true",
        "/api/v1/programme/pipeline/?priority=false",
        "/api/v1/resources/?topic=tupe&q=",  # a search may be empty
        "/api/v1/enquiries/?assignee=me",
    ):
        assert client.get(url).status_code == 200, url


def test_guide_progress_names_an_unknown_item(world: World) -> None:
    response = world.client("mentee").put(
        "/api/v1/guide/progress/", {"done": ["not-an-item"]}, format="json"
    )
    assert_problem(response, 400, "validation_error")
    assert set(field_errors(response)) == {"done.0"}
