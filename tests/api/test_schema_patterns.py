"""The schema's string patterns say exactly what the server refuses, so a client that keeps to
them is never turned away (schemathesis sent NUL characters and one-letter top-level domains).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework import serializers

from api.fields import WEB_ADDRESS_PATTERN, WebAddressField
from api.schema import NO_NUL, NOT_BLANK
from tests.api.conftest import World

# Addresses a mutual or a coordinator would really paste in.
REAL_ADDRESSES = [
    "https://www.gov.uk/guidance/mutuals-support-programme",
    "https://assets.publishing.service.gov.uk/media/5a7f/Mutuals_guide.pdf",
    "http://www.ashcombe-trust.org.uk",
    "https://mutuals.example.coop:8443/join?from=programme#stage-3",
    "https://xn--bcher-kva.example/",
    "https://WWW.Example.ORG.UK/About-Us",
]
REFUSED = [
    "ftp://files.example.org",
    "javascript:alert(1)",
    "https://x.a",
    "www.example.org",
    "https://example.org/a b",
    "https://example.org/\x06",
]
# What people paste, and what is kept: the address as RFC 3986 writes it (a browser does the same).
ENCODED = {
    "https://www.example.org.uk/café?q=naïve#été": (
        "https://www.example.org.uk/caf%C3%A9?q=na%C3%AFve#%C3%A9t%C3%A9"
    ),
    "https://BÜCHER.example/shop": "https://xn--bcher-kva.example/shop",
    "https://example.org/list?filter[stage]=3": "https://example.org/list?filter%5Bstage%5D=3",
    "https://example.org/100%-mutual": "https://example.org/100%25-mutual",
    "HTTPS://www.example.org.uk/": "https://www.example.org.uk/",
}
URI = jsonschema_rs.validator_for({"type": "string", "format": "uri"}, validate_formats=True)


def _strings(schema: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every string schema inside a property's schema (lists, nullable unions)."""
    if not isinstance(schema, dict):
        return
    if schema.get("type") == "string":
        yield where, schema
    for branch in schema.get("oneOf", []):
        yield from _strings(branch, where)
    yield from _strings(schema.get("items"), f"{where}[]")


def _request_components(schema: dict[str, Any]) -> set[str]:
    """The components a request body uses, following references."""
    components = schema["components"]["schemas"]
    found: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            name = ref.rsplit("/", 1)[-1]
            if ref and name not in found:
                found.add(name)
                visit(components[name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for item in schema["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                visit(operation.get("requestBody", {}))
    return found


def test_every_request_string_refuses_nul_and_urls_are_web_addresses(db: None) -> None:
    schema = json.loads(Client().get("/api/schema/?format=json").content)
    checked = 0
    for name in sorted(_request_components(schema)):
        component = schema["components"]["schemas"][name]
        for prop, value in component.get("properties", {}).items():
            for where, string in _strings(value, f"{name}.{prop}"):
                if "enum" in string or string.get("maxLength") == 0:
                    continue  # a fixed list, or the honeypot (which must stay empty)
                if string.get("format") == "uri":
                    assert string.get("pattern") == WEB_ADDRESS_PATTERN, where
                elif string.get("format"):
                    continue  # email, date and the like: their format already excludes NUL
                else:
                    assert "pattern" in string, where
                    assert not re.search(string["pattern"], "a\x00b"), where
                    assert re.search(string["pattern"], "plain words"), where
                checked += 1
    assert checked > 40


@pytest.mark.parametrize("address", REAL_ADDRESSES)
def test_real_addresses_meet_the_pattern_and_are_kept(world: World, address: str) -> None:
    assert re.search(WEB_ADDRESS_PATTERN, address)
    client = world.client("mentee")
    url = f"/api/v1/organisations/{world.request.organisation_id}/"
    response = client.patch(url, {"website": address}, format="json")
    assert response.status_code == 200, response.content
    assert client.get(url).json()["website"] == address


@pytest.mark.parametrize(("pasted", "kept"), ENCODED.items())
def test_other_characters_are_kept_as_a_browser_writes_them(
    world: World, pasted: str, kept: str
) -> None:
    client = world.client("mentee")
    url = f"/api/v1/organisations/{world.request.organisation_id}/"
    response = client.patch(url, {"website": pasted}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["website"] == kept
    assert re.search(WEB_ADDRESS_PATTERN, kept) and URI.is_valid(kept)


@pytest.mark.parametrize("address", REFUSED)
def test_other_addresses_fail_the_pattern_and_the_server(address: str) -> None:
    assert not re.search(WEB_ADDRESS_PATTERN, address)
    with pytest.raises(serializers.ValidationError) as error:
        WebAddressField(max_length=500).run_validation(address)
    assert "https://" in str(error.value)


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(st.from_regex(WEB_ADDRESS_PATTERN, fullmatch=True).filter(lambda u: len(u) <= 500))
def test_the_server_accepts_every_address_the_pattern_allows(address: str) -> None:
    assert WebAddressField(max_length=500).run_validation(address) == address
    assert URI.is_valid(address)


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(st.sampled_from(["https://example.org", "http://a.example.org.uk:8080"]), st.text())
def test_whatever_the_server_keeps_is_a_uri_the_pattern_allows(base: str, rest: str) -> None:
    # What an answer carries must meet the response schema's `format: uri`.
    try:
        kept = WebAddressField(max_length=500).run_validation(base + rest)
    except serializers.ValidationError:
        return
    assert re.search(WEB_ADDRESS_PATTERN, kept) and URI.is_valid(kept), kept


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(st.text(max_size=40))
def test_text_patterns_agree_with_drf(text: str) -> None:
    for pattern, field in (
        (NOT_BLANK, serializers.CharField()),
        (NO_NUL, serializers.CharField(allow_blank=True)),
    ):
        try:
            field.run_validation(text)
            accepted = True
        except serializers.ValidationError:
            accepted = False
        assert accepted == bool(re.search(pattern, text)), (pattern, text)


def test_searches_are_published_as_the_server_takes_them(db: None) -> None:
    schema = json.loads(Client().get("/api/schema/?format=json").content)
    searches = [
        parameter["schema"]
        for item in schema["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "query" and parameter["name"] == "q"
    ]
    assert len(searches) >= 4
    for search in searches:
        assert search == {"type": "string", "maxLength": 200, "pattern": NO_NUL}
