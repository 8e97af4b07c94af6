"""The public landing page: what it is, the journey, and both ways to sign up."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from accounts.models import Stage
from resources.models import CaseStudy

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


def _study(title: str, days_ago: int, status: str = CaseStudy.Status.PUBLISHED) -> CaseStudy:
    published = timezone.now() - timedelta(days=days_ago)
    return CaseStudy.objects.create(
        title=title,
        summary=f"What {title} learnt.",
        body="Where they started.",
        status=status,
        published_at=published if status == CaseStudy.Status.PUBLISHED else None,
    )


def test_it_shows_the_three_newest_case_studies_to_anyone(client: Client) -> None:
    assert "How other mutuals did it" not in client.get("/").content.decode()  # none yet
    oldest = _study("Oldest story", 40)
    newest = [_study(f"Story {n}", n) for n in (1, 2, 3)]
    draft = _study("Unpublished story", 0, status=CaseStudy.Status.DRAFT)

    html = client.get("/").content.decode()

    assert "How other mutuals did it" in html
    for study in newest:
        assert f'<a href="/case-studies/{study.pk}/">{study.title}</a>' in html
        assert study.summary in html
    assert html.index("Story 1") < html.index("Story 2") < html.index("Story 3")
    assert oldest.title not in html and draft.title not in html
    assert 'href="/case-studies/">All case studies</a>' in html
