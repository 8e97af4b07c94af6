"""The API link lives on a page for developers, not in every footer."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_every_footer_points_developers_to_their_page(client: Client) -> None:
    html = client.get("/").content.decode()
    assert 'href="/developers/"' in html
    assert "API documentation" not in html


def test_the_developers_page_links_the_documentation_and_schema(client: Client) -> None:
    response = client.get("/developers/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/api/docs/"' in html and 'href="/api/schema/"' in html
