"""Resources written for some service areas alone (Right to Provide is for NHS and social care
staff): coordinators say which, and a mutual in another area is never signposted to them."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Sector, Stage
from core.models import AuditEvent
from resources.models import Resource
from tests import factories
from tests.conftest import client_for
from tests.resources.conftest import make_resource

pytestmark = pytest.mark.django_db

NHS_AND_CARE = {"community-health", "mental-health", "adult-social-care"}


def scoped(title: str, sectors: list[str], **kwargs: Any) -> Resource:
    resource = make_resource(title, **kwargs)
    resource.sectors.set(Sector.objects.filter(slug__in=sectors))
    return resource


def request_of(sector: str | None, needs: list[str], stage: int = Stage.TESTING) -> Any:
    organisation = factories.OrganisationFactory.create(stage=stage)
    organisation.sectors.set(Sector.objects.filter(slug=sector) if sector else [])
    mentee = factories.MenteeFactory.create(organisation=organisation)
    return factories.MentoringRequestFactory.create(created_by=mentee, needs=needs)


def signposted(request: Any) -> list[dict[str, Any]]:
    url = reverse("api:request-resources", kwargs={"pk": request.pk})
    response = client_for(request.created_by).get(url)
    assert response.status_code == 200
    return list(response.json())


def test_the_seeded_right_to_provide_guidance_is_for_nhs_and_social_care_alone() -> None:
    right_to_provide = Resource.objects.get(title="Right to Provide guidance")
    assert set(right_to_provide.sectors.values_list("slug", flat=True)) == NHS_AND_CARE
    # The rest of the programme's list is for every mutual.
    assert not Resource.objects.exclude(pk=right_to_provide.pk).filter(sectors__isnull=False)


def test_a_library_mutual_is_not_signposted_to_right_to_provide_but_a_health_one_is() -> None:
    # Both at stage 2 with the same needs: the guidance matches their stage and a need.
    needs = ["right-to-provide", "pensions"]
    library = signposted(request_of("libraries-culture", needs))
    titles = [row["title"] for row in library]
    assert "Right to Provide guidance" not in titles
    assert "Fair Deal for staff pensions" in titles

    health = signposted(request_of("community-health", needs))
    row = next(r for r in health if r["title"] == "Right to Provide guidance")
    assert row["why"]["sectors"] == ["community-health"]
    assert row["why"]["text"] == (
        "For your stage: testing ideas and getting agreement; about: Right to Provide; "
        "written for community health"
    )
    # A resource for every area names no service area.
    assert all(r["why"]["sectors"] == [] for r in health if r["id"] != row["id"])


def test_an_organisation_with_no_service_area_yet_is_shown_everything() -> None:
    titles = [row["title"] for row in signposted(request_of(None, ["right-to-provide"]))]
    assert "Right to Provide guidance" in titles


def test_a_mentorship_is_signposted_for_the_fledgling_mutuals_service_area() -> None:
    Resource.objects.all().delete()
    mentorship = factories.MentorshipFactory.create()
    organisation = mentorship.request.organisation
    organisation.sectors.set(Sector.objects.filter(slug="youth-services"))
    mentorship.request.needs.set(factories.topics("legal-governance"))
    for_youth = scoped("Youth boards", ["youth-services"], topics=["legal-governance"])
    scoped("Fire authority boards", ["fire-rescue"], topics=["legal-governance"])
    everyone = make_resource("Boards for everyone", topics=["legal-governance"])
    url = reverse("api:mentorship-resources", kwargs={"pk": mentorship.pk})
    rows = client_for(mentorship.mentor.user).get(url).json()
    assert {r["id"] for r in rows} == {for_youth.pk, everyone.pk}


def test_among_equal_matches_the_one_written_for_the_mutuals_area_comes_first() -> None:
    Resource.objects.all().delete()
    for_fire = scoped("Fire authority boards", ["fire-rescue"], topics=["legal-governance"])
    # Written for everyone and updated later: it would win the tie on recency alone.
    everyone = make_resource("Boards for everyone", topics=["legal-governance"])
    Resource.objects.filter(pk=for_fire.pk).update(
        updated_at=everyone.updated_at.replace(year=2020)
    )
    fire = [row["id"] for row in signposted(request_of("fire-rescue", ["legal-governance"]))]
    assert fire == [for_fire.pk, everyone.pk]
    # More matching topics still come first, whatever the area.
    broader = make_resource("Boards and pensions", topics=["legal-governance", "pensions"])
    rows = signposted(request_of("fire-rescue", ["legal-governance", "pensions"]))
    assert [row["id"] for row in rows] == [broader.pk, for_fire.pk, everyone.pk]


def test_the_mentee_dashboard_leaves_out_guidance_for_other_areas(client: Client) -> None:
    request = request_of("libraries-culture", ["right-to-provide", "pensions"])
    client.force_login(request.created_by)
    page = client.get("/dashboard/").content.decode()
    assert "Fair Deal for staff pensions" in page
    assert "Right to Provide guidance" not in page


def test_a_mentee_with_no_live_request_still_gets_guidance_for_their_stage(
    client: Client,
) -> None:
    request = request_of("libraries-culture", ["pensions"])
    request.status = "closed"  # its mentorship completed
    request.save(update_fields=["status"])
    stage_guide = make_resource("Testing the idea with staff", stages=[Stage.TESTING])
    client.force_login(request.created_by)
    page = client.get("/dashboard/").content.decode()
    assert stage_guide.title in page
    assert "No guidance matches yet" not in page


def test_coordinators_set_and_clear_service_areas_and_each_change_is_audited(
    coordinator: Any,
) -> None:
    client = client_for(coordinator)
    body = {
        "title": "Youth work and Ofsted",
        "summary": "What inspection asks of a youth mutual.",
        "kind": "guide",
        "url": "https://www.gov.uk/",
        "sectors": ["youth-services", "childrens-services"],
    }
    created = client.post("/api/v1/resources/", body, format="json")
    assert created.status_code == 201, created.json()
    row = created.json()
    assert sorted(row["sectors"]) == ["childrens-services", "youth-services"]
    resource = Resource.objects.get(pk=row["id"])
    assert set(resource.sectors.values_list("slug", flat=True)) == set(body["sectors"])

    cleared = client.patch(f"/api/v1/resources/{row['id']}/", {"sectors": []}, format="json")
    assert cleared.status_code == 200 and cleared.json()["sectors"] == []
    assert not resource.sectors.exists()
    update = AuditEvent.objects.filter(verb=AuditEvent.Verb.UPDATED, object_id=str(resource.pk))
    assert update.get().data == {"fields": ["sectors"]}


def test_an_unknown_service_area_is_refused_naming_the_field_and_nothing_is_stored(
    coordinator: Any, mentee: Any
) -> None:
    client = client_for(coordinator)
    before = Resource.objects.count()
    body = {"title": "T", "summary": "S", "kind": "guide", "sectors": ["atlantis"]}
    refused = client.post("/api/v1/resources/", body, format="json")
    assert refused.status_code == 400 and "sectors" in refused.json()["errors"]
    assert Resource.objects.count() == before

    resource = make_resource("Fair Deal")
    url = f"/api/v1/resources/{resource.pk}/"
    assert client.patch(url, {"sectors": "housing"}, format="json").status_code == 400
    assert not resource.sectors.exists()
    # Only coordinators change the library.
    denied = client_for(mentee).patch(url, {"sectors": ["housing"]}, format="json")
    assert denied.status_code == 403 and not resource.sectors.exists()


def test_the_library_filters_by_service_area_keeping_resources_for_everyone() -> None:
    Resource.objects.all().delete()
    everyone = make_resource("Business plans")
    housing = scoped("Stock transfer", ["housing"])
    scoped("Fire cover", ["fire-rescue"])
    client = client_for(None)

    def ids(**params: Any) -> set[int]:
        answer = client.get("/api/v1/resources/", params)
        assert answer.status_code == 200
        return {r["id"] for r in answer.json()["results"]}

    assert ids(sector="housing") == {everyone.pk, housing.pk}
    assert len(ids()) == 3
    unknown = client.get("/api/v1/resources/", {"sector": "atlantis"})
    assert unknown.status_code == 400 and "sector" in unknown.json()["errors"]


def test_the_library_pages_say_which_areas_a_resource_is_for(client: Client) -> None:
    right_to_provide = Resource.objects.get(title="Right to Provide guidance")
    listed = client.get("/resources/", {"sector": "housing"}).content.decode()
    assert "Right to Provide guidance" not in listed
    assert "Fair Deal for staff pensions" in listed
    assert 'option value="housing" selected' in listed
    listed = client.get("/resources/", {"sector": "mental-health"}).content.decode()
    assert "written for adult social care, community health, mental health" in listed

    detail = client.get(f"/resources/{right_to_provide.pk}/").content.decode()
    assert "<dt>Service areas</dt><dd>Adult social care, Community health, Mental health</dd>" in (
        detail
    )
    fair_deal = Resource.objects.get(title="Fair Deal for staff pensions")
    detail = client.get(f"/resources/{fair_deal.pk}/").content.decode()
    assert "<dt>Service areas</dt><dd>Every service area</dd>" in detail
