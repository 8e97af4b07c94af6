"""/api/docs/ works without internet: Swagger UI comes from our own static files (sidecar)."""

from __future__ import annotations

import re

import pytest
from django.test import Client


@pytest.mark.django_db
def test_the_api_docs_reference_no_other_host(client: Client) -> None:
    response = client.get("/api/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    # Any absolute or protocol-relative URL in an attribute or a script would leave the site.
    external = re.findall(r"""(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s"'<>]*""", page)
    assert external == []

    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert scripts, "the docs page loads no script"
    for src in scripts + re.findall(r'<link rel="stylesheet" href="([^"]+)"', page):
        assert src.startswith("/"), src
        assert client.get(src).status_code == 200, src
