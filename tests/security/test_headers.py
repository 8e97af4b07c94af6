"""Every answer carries a Content-Security-Policy with no inline script, and the other policies."""

from __future__ import annotations

import pytest
from django.test import Client

from accounts.models import User

pytestmark = pytest.mark.django_db


def directives(header: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/api/v1/taxonomy/", "/api/docs/"])
def test_pages_and_the_api_carry_the_policies(url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 200
    csp = directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp.get("script-src", [])
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_the_api_docs_load_their_script_from_a_file() -> None:
    page = Client().get("/api/docs/").content.decode()
    # Every <script> has a src: the policy would block an inline one.
    import re

    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts
    assert all("src=" in attrs for attrs in scripts), scripts


def test_signed_in_pages_carry_the_policy(mentee: User) -> None:
    client = Client()
    client.force_login(mentee)
    response = client.get("/dashboard/")
    assert "script-src 'self'" in response["Content-Security-Policy"]
