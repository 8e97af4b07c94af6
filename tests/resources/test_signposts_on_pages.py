"""Signposts are rendered with the mentorship page; its case-study section appears only when a
case study is about the pair (the page once asked the API for both on every load)."""

from __future__ import annotations

import pytest
from django.test import Client

from accounts.models import Stage, User
from frontend.templatetags.link_tags import site
from matching.models import Topic
from resources.models import CaseStudy
from tests import factories
from tests.resources.conftest import make_resource

pytestmark = pytest.mark.django_db


def client_for_page(user: User, url: str) -> str:
    other = Client()
    other.force_login(user)
    return other.get(url).content.decode()


def test_the_mentorship_page_carries_its_signposts_and_asks_for_case_studies_only_if_any(
    client: Client,
) -> None:
    mentorship = factories.MentorshipFactory.create()
    mentee = mentorship.request.created_by
    assert mentee is not None
    stage = mentorship.request.organisation.stage
    make_resource("Employment rights on a transfer", stages=[stage], topics=["tupe"])
    make_resource("Marketing a new mutual", stages=[], topics=["marketing"])
    client.force_login(mentee)
    page = client.get(f"/mentorships/{mentorship.pk}/").content.decode()
    assert "Employment rights on a transfer" in page and "Marketing a new mutual" not in page
    topic = Topic.objects.get(slug="tupe").name
    # The mentor reads this page too, so the stage named is the fledgling mutual's.
    assert (
        f"For the fledgling mutual&#x27;s stage: {Stage(stage).label.lower()}; about: {topic}"
        in page
    )
    mentor_page = client_for_page(mentorship.mentor.user, f"/mentorships/{mentorship.pk}/")
    assert "For your stage" not in mentor_page and "For the fledgling mutual" in mentor_page
    assert 'id="case-study-consent"' not in page
    CaseStudy.objects.create(title="Our story", summary="s", body="b", mentorship=mentorship)
    page = client.get(f"/mentorships/{mentorship.pk}/").content.decode()
    assert 'id="case-study-consent"' in page


def test_a_link_that_leaves_the_site_names_the_site_it_opens(client: Client) -> None:
    mentorship = factories.MentorshipFactory.create()
    mentee = mentorship.request.created_by
    assert mentee is not None
    resource = make_resource(
        "Fair Deal for staff pensions",
        stages=[mentorship.request.organisation.stage],
        url="https://www.gov.uk/government/publications/fair-deal-guidance",
    )
    elsewhere = make_resource("A local guide", url="https://guides.example.org/pensions")
    client.force_login(mentee)
    page = client.get(f"/mentorships/{mentorship.pk}/").content.decode()
    assert "Open Fair Deal for staff pensions on gov.uk</a>" in page
    detail = client.get(f"/resources/{resource.pk}/").content.decode()
    assert "Open Fair Deal for staff pensions on gov.uk</a>" in detail
    other = client.get(f"/resources/{elsewhere.pk}/").content.decode()
    assert "Open A local guide on guides.example.org</a>" in other


def test_the_site_filter_reads_only_the_host() -> None:
    assert site("https://www.gov.uk/x?y=1") == "gov.uk"
    assert site("http://Example.ORG:8080/") == "example.org"
    assert site("") == "another site"
