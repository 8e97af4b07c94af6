"""The public landing page: what it is, the journey, and both ways to sign up."""

from __future__ import annotations

import pytest
from django.test import Client

from accounts.models import Stage

pytestmark = pytest.mark.django_db


def test_it_offers_sign_up_for_each_role(client: Client) -> None:
    html = client.get("/").content.decode()
    assert 'href="/accounts/signup/?role=mentee"' in html
    assert 'href="/accounts/signup/?role=mentor"' in html


def test_it_lists_the_five_stages_of_the_journey(client: Client) -> None:
    html = client.get("/").content.decode()
    for stage in list(Stage)[:5]:
        assert stage.label in html
    assert Stage.ESTABLISHED.label not in html


def test_it_has_a_skip_link_and_a_live_region(client: Client) -> None:
    html = client.get("/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert 'id="live-status"' in html and 'aria-live="polite"' in html
