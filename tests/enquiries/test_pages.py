"""The contact page (anyone, pre-filled when signed in) and the inbox pages (coordinators only)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from enquiries.models import Enquiry
from tests.frontend.test_no_inline_scripts import assert_no_inline_code

pytestmark = pytest.mark.django_db


def test_anyone_can_open_the_contact_page(client: Client) -> None:
    page = client.get("/contact/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="website"' in html and "Something else" in html
    assert "A concern about a mentorship" not in html  # concerns come from the mentorship page
    assert_no_inline_code(html)


def test_the_contact_page_is_prefilled_when_signed_in(client: Client, mentee: Any) -> None:
    client.force_login(mentee)
    html = client.get("/contact/").content.decode()
    assert f'value="{mentee.email}"' in html and mentee.organisation.name in html


def test_only_coordinators_open_the_inbox(client: Client, mentee: Any, coordinator: Any) -> None:
    enquiry = Enquiry.objects.create(
        kind="other", name="Sam", email="sam@example.org", message="Hi"
    )
    assert client.get("/coordinator/inbox/").status_code == 302  # to sign in
    client.force_login(mentee)
    assert client.get("/coordinator/inbox/").status_code == 403
    assert client.get(f"/coordinator/inbox/{enquiry.pk}/").status_code == 403
    client.force_login(coordinator)
    for path in ["/coordinator/inbox/", f"/coordinator/inbox/{enquiry.pk}/", "/dashboard/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_no_inline_code(response.content.decode())
