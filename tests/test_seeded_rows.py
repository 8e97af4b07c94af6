"""Each test starts from what the data migrations seeded, many-to-many links included, however
many transactional tests (each ending with a flush of every table) ran before it in its process.
pytest-django runs a file's transactional tests last, so the flushes are made here by hand."""

from __future__ import annotations

import pytest

from resources.models import Resource
from tests.conftest import restore_seeded_rows

pytestmark = pytest.mark.django_db

RIGHT_TO_PROVIDE = "Right to Provide guidance"


def links(title: str) -> tuple[set[str], set[str]]:
    resource = Resource.objects.get(title=title)
    return (
        set(resource.topics.values_list("slug", flat=True)),
        set(resource.sectors.values_list("slug", flat=True)),
    )


def test_the_seeded_resources_keep_their_topics_and_service_areas_restore_after_restore() -> None:
    expected = {
        RIGHT_TO_PROVIDE: (
            {"right-to-provide", "commissioning"},
            {"community-health", "mental-health", "adult-social-care"},
        ),
        "Fair Deal for staff pensions": ({"pensions"}, set()),
    }
    assert {title: links(title) for title in expected} == expected
    for _ in range(3):  # as after three flushes
        Resource.objects.all().delete()
        restore_seeded_rows()
        assert {title: links(title) for title in expected} == expected


def test_the_library_answers_a_mutual_that_has_moved_about_contracts_social_value_and_it() -> None:
    # Setting up (4) and securing the future (5): what a mutual running its own service asks.
    for topic in ("bidding-contracts", "social-value", "digital-it"):
        for stage in (4, 5):
            found = Resource.objects.filter(
                status=Resource.Status.PUBLISHED, topics__slug=topic, stage_rows__stage=stage
            )
            assert found.exists(), (topic, stage)
