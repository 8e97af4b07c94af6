"""The guide, library and case-study pages: public, plain words, no inline code; editing is for
coordinators only."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.models import Sector
from resources import guide
from resources.models import CaseStudy, ChecklistTick
from tests.frontend.test_no_inline_scripts import assert_no_inline_code
from tests.resources.conftest import make_resource

pytestmark = pytest.mark.django_db


def test_a_visitor_reads_every_stage_of_the_guide(client: Client) -> None:
    make_resource("Fair Deal for staff pensions", stages=[3], topics=["pensions"])
    index = client.get("/guide/")
    assert index.status_code == 200
    for stage in guide.GUIDE:
        assert f"/guide/{stage.slug}/" in index.content.decode()
        page = client.get(f"/guide/{stage.slug}/").content.decode()
        assert stage.title in page and stage.checklist[0].text in page
        assert 'type="checkbox"' not in page  # visitors read; only members tick
        assert_no_inline_code(page)
    planning = client.get("/guide/planning/").content.decode()
    assert "Fair Deal for staff pensions" in planning
    assert client.get("/guide/nowhere/").status_code == 404


def test_a_mentee_sees_their_ticks_on_the_stage_page(client: Client, mentee: Any) -> None:
    # The mentee's organisation is at stage 3, making a mutual plan.
    ChecklistTick.objects.create(organisation=mentee.organisation, item="planning-pensions")
    client.force_login(mentee)
    page = client.get("/guide/planning/").content.decode()
    assert 'value="planning-pensions" checked' in page
    assert "guide-checklist.js" in page


def test_a_stage_page_puts_guidance_for_the_readers_service_area_first(
    client: Client, mentee: Any
) -> None:
    """Found: a fire service read youth-services and library guidance above its own."""
    wanted = ["fire-rescue", "libraries-culture"]
    sectors = {s.slug: s for s in Sector.objects.filter(slug__in=wanted)}
    other = make_resource("A libraries business case", stages=[3])
    other.sectors.set([sectors["libraries-culture"]])
    general = make_resource("Business planning for any mutual", stages=[3])
    theirs = make_resource("Zeal: planning a fire and rescue mutual", stages=[3])
    theirs.sectors.set([sectors["fire-rescue"]])
    titles = [other.title, general.title, theirs.title]

    def order(page: str) -> list[str]:
        return sorted(titles, key=page.index)

    signed_out = client.get("/guide/planning/").content.decode()
    assert order(signed_out) == sorted(titles)  # by title, as before
    assert 'id="resources-order"' not in signed_out
    mentee.organisation.sectors.set([sectors["fire-rescue"]])
    client.force_login(mentee)
    page = client.get("/guide/planning/").content.decode()
    assert order(page) == [theirs.title, general.title, other.title]
    assert "Guidance written for fire and rescue comes first" in " ".join(page.split())


def test_the_library_page_filters_without_script(client: Client) -> None:
    make_resource("Employment rights on a transfer", stages=[2], topics=["tupe"])
    make_resource("Fair Deal for staff pensions", stages=[3], topics=["pensions"])
    make_resource("A hidden draft about TUPE", stages=[2], topics=["tupe"], status="draft")
    page = client.get("/resources/", {"topic": "tupe"}).content.decode()
    assert "Employment rights on a transfer" in page
    assert "Fair Deal" not in page and "hidden draft" not in page
    searched = client.get("/resources/", {"q": "pensions"}).content.decode()
    assert "Fair Deal for staff pensions" in searched
    assert client.get("/resources/", {"stage": "x", "kind": "nope"}).status_code == 200
    assert client.get("/resources/", {"stage": "²", "topic": "\x00"}).status_code == 200
    assert_no_inline_code(page)


def test_resource_pages_hide_drafts_from_everyone_but_coordinators(
    client: Client, coordinator: Any, mentee: Any
) -> None:
    draft = make_resource("Draft", stages=[3], status="draft")
    published = make_resource("Published", stages=[3])
    assert client.get(f"/resources/{published.pk}/").status_code == 200
    assert client.get(f"/resources/{draft.pk}/").status_code == 404
    client.force_login(mentee)
    assert client.get(f"/resources/{draft.pk}/").status_code == 404
    assert client.get("/coordinator/resources/").status_code == 403
    client.force_login(coordinator)
    assert client.get(f"/resources/{draft.pk}/").status_code == 200
    for path in [
        "/coordinator/resources/",
        "/coordinator/resources/new/",
        f"/coordinator/resources/{draft.pk}/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_no_inline_code(response.content.decode())


def test_case_studies_are_public_only_once_published(client: Client) -> None:
    draft = CaseStudy.objects.create(title="Not yet", summary="s", body="b")
    public = CaseStudy.objects.create(
        title="Riverside's story", summary="s", body="b", status="published"
    )
    listing = client.get("/case-studies/").content.decode()
    assert "Riverside's story" in listing.replace("&#x27;", "'") and "Not yet" not in listing
    assert client.get(f"/case-studies/{public.pk}/").status_code == 200
    assert client.get(f"/case-studies/{draft.pk}/").status_code == 404
