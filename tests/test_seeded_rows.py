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
