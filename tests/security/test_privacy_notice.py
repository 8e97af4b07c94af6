"""The privacy notice exists, says how long data is kept, and every page links to it."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_notice_explains_retention_and_rights(settings: object) -> None:
    settings.RETENTION_MONTHS = 36  # type: ignore[attr-defined]
    page = Client().get("/privacy/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "3 years" in text
    # The rights are exercised on the account page, not with hand-written API calls.
    assert 'href="/account/"' in text


@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/accounts/signup/", "/privacy/"])
def test_every_page_links_to_it(url: str) -> None:
    assert 'href="/privacy/"' in Client().get(url).content.decode()


def test_sign_up_points_to_it_beside_the_form() -> None:
    page = Client().get("/accounts/signup/").content.decode()
    assert page.count('href="/privacy/"') >= 2  # the footer and the sign-up text
