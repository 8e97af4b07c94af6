"""Pages load behaviour only from static ES modules: no inline script, no inline handler."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from accounts.models import User
from tests import factories

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
HANDLER = re.compile(r"\son[a-z]+\s*=", re.I)


def assert_no_inline_code(html: str) -> None:
    for attrs, body in SCRIPT.findall(html):
        assert 'type="module"' in attrs and "src=" in attrs, attrs
        assert body.strip() == ""
    assert not HANDLER.search(html)


def test_it_keeps_public_pages_free_of_inline_code(client: Client) -> None:
    for path in ["/", "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]:
        assert_no_inline_code(client.get(path).content.decode())


def test_it_keeps_every_role_page_free_of_inline_code(
    client: Client, mentee: User, mentor: User, coordinator: User
) -> None:
    mentorship = factories.MentorshipFactory.create()
    factories.MentoringRequestFactory.create(created_by=mentee)
    pages = {
        mentee: ["/dashboard/", "/onboarding/"],
        mentor: ["/dashboard/", "/onboarding/"],
        coordinator: ["/dashboard/", "/coordinator/queue/", f"/mentorships/{mentorship.pk}/"],
    }
    for user, paths in pages.items():
        client.force_login(user)
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            assert_no_inline_code(response.content.decode())
