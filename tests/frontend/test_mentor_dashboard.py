"""The mentor's dashboard asks for the year their mutual spun out while it is missing: the
scorer's experience feature reads it, and sign-up does not ask for it."""

from __future__ import annotations

import pytest
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db


def test_a_mentor_is_asked_for_the_year_until_it_is_given(client: Client) -> None:
    profile = factories.MentorProfileFactory.create(
        expertise=["pensions"],
        user__organisation__name="Oakfield Care Mutual",
        user__organisation__spun_out_year=None,
    )
    client.force_login(profile.user)
    page = client.get("/dashboard/").content.decode()
    assert 'id="spun-out-missing"' in page
    assert "We do not know the year Oakfield Care Mutual spun out." in page
    assert 'href="/onboarding/#org-title"' in page

    organisation = profile.user.organisation
    assert organisation is not None
    organisation.spun_out_year = 2015
    organisation.save(update_fields=["spun_out_year"])
    assert 'id="spun-out-missing"' not in client.get("/dashboard/").content.decode()
