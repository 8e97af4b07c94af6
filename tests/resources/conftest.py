"""Helpers for library tests: resources with stages and topics; uploads kept in a temp folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from matching.models import Topic
from resources.models import Resource, ResourceStage


def make_resource(
    title: str,
    *,
    stages: list[int] = (),  # type: ignore[assignment]
    topics: list[str] = (),  # type: ignore[assignment]
    status: str = Resource.Status.PUBLISHED,
    **extra: Any,
) -> Resource:
    resource = Resource.objects.create(
        title=title,
        summary=f"About {title}.",
        kind=extra.pop("kind", Resource.Kind.GUIDE),
        url=extra.pop("url", "https://www.gov.uk/"),
        status=status,
        **extra,
    )
    ResourceStage.objects.bulk_create(ResourceStage(resource=resource, stage=s) for s in stages)
    resource.topics.set(Topic.objects.filter(slug__in=topics))
    return resource


@pytest.fixture(autouse=True)
def _media_in_tmp(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")
