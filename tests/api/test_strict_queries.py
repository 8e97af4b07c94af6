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


@pytest.mark.parametrize("records", ["goals", "meetings", "feedback"])
@pytest.mark.parametrize("query", ["status=completed", "q=nothing-like-it", "attention=any"])
def test_a_mentorships_records_are_not_filtered_by_the_mentorship_list(
    world: World, records: str, query: str
) -> None:
    """The mentorship list's filters once applied to the mentorship behind its goals, so
    `goals/?status=completed` on an active one answered 404 as if it were gone."""
    mentorship = world.mentorship()
    client = world.client("coordinator")
    url = f"/api/v1/mentorships/{mentorship.pk}/{records}/"
    assert client.get(url).status_code == 200
    response = client.get(f"{url}?{query}")
    assert response.status_code == 400, response.content
    assert query.split("=")[0] in field_errors(response)
    # The list itself still takes them.
    assert client.get(f"/api/v1/mentorships/?{query}").status_code == 200


@pytest.mark.parametrize(
    "url", ["/api/v1/requests/", "/api/v1/mentorships/", "/api/v1/resources/", "/api/v1/enquiries/"]
)
def test_every_search_takes_up_to_200_characters_and_no_nul(world: World, url: str) -> None:
    client = world.client("coordinator")
    assert client.get(url, {"q": "x" * 200}).status_code == 200
    for bad in ("x" * 201, "a\x00b"):
        response = client.get(url, {"q": bad})
        assert response.status_code == 400, response.content
        assert "q" in field_errors(response)
