"""Unknown query parameters and a bad page or page size are a 400 naming the parameter."""

from __future__ import annotations

import pytest

from tests.api.conftest import World
from tests.errors import error_code, field_errors


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("bogus=1", "bogus"),
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page_size=abc", "page_size"),
        ("page_size=0", "page_size"),
        ("page_size=101", "page_size"),
        ("page_size=-3", "page_size"),
        ("format=csv", "format"),
    ],
)
def test_a_list_refuses_what_it_does_not_understand(world: World, query: str, named: str) -> None:
    response = world.client("coordinator").get(f"/api/v1/requests/?{query}")
    assert response.status_code == 400, response.content
    assert error_code(response) == "validation_error"
    assert named in field_errors(response)


def test_a_list_pages_as_asked(world: World) -> None:
    client = world.client("coordinator")
    body = client.get("/api/v1/requests/?page=1&page_size=1").json()
    assert body["count"] == 2 and len(body["results"]) == 1
    assert client.get("/api/v1/requests/?page=2&page_size=1").status_code == 200
    past = client.get("/api/v1/requests/?page=3&page_size=1")
    assert past.status_code == 404 and error_code(past) == "not_found"


def test_a_filter_value_it_does_not_know_is_a_400(world: World) -> None:
    response = world.client("coordinator").get("/api/v1/proposals/?status=bogus")
    assert response.status_code == 400
    assert "status" in field_errors(response)


def test_an_object_refuses_list_parameters(world: World) -> None:
    response = world.client("mentee").get(f"/api/v1/requests/{world.request.pk}/?page=1")
    assert response.status_code == 400
    assert "page" in field_errors(response)


def test_a_plain_view_refuses_unknown_parameters(world: World) -> None:
    response = world.client("mentee").get("/api/v1/me/?expand=all")
    assert response.status_code == 400
    assert "expand" in field_errors(response)
