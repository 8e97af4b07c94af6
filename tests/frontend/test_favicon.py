"""Every page links the site's SVG icon, and /favicon.ico leads to it instead of a 404."""

from __future__ import annotations

import re

import pytest
from django.test import Client


@pytest.mark.django_db
def test_pages_link_the_icon_and_it_is_served(client: Client) -> None:
    page = client.get("/").content.decode()
    match = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page)
    assert match, "base.html links no icon"

    icon = client.get(match.group(1))
    assert icon.status_code == 200
    body = b"".join(icon.streaming_content) if icon.streaming else icon.content  # type: ignore[attr-defined]
    assert body.lstrip().startswith(b"<svg") and b"<title>Mutual Mentors</title>" in body


@pytest.mark.django_db
def test_favicon_ico_answers_with_the_icon(client: Client) -> None:
    response = client.get("/favicon.ico", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain and response.redirect_chain[-1][0].endswith("favicon.svg")
