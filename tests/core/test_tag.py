"""Sector and Topic are one shape (core.models.Tag): same fields, same order, same text."""

from __future__ import annotations

import pytest

from accounts.models import Sector
from core.models import Tag
from matching.models import Topic


def _shape(model: type[Tag], name: str) -> tuple[object, ...]:
    field = model._meta.get_field(name)
    return (type(field), field.max_length, field.unique, field.blank, field.null)  # type: ignore[union-attr]


@pytest.mark.parametrize("model", [Sector, Topic])
def test_both_are_tags_with_the_same_fields(model: type[Tag]) -> None:
    assert issubclass(model, Tag)
    assert model._meta.ordering == ["name"]
    for name in ("slug", "name"):
        assert _shape(model, name) == _shape(Topic, name) == _shape(Sector, name)


@pytest.mark.django_db
def test_a_tag_reads_as_its_name() -> None:
    assert str(Topic.objects.get(slug="tupe")) == Topic.objects.get(slug="tupe").name
    assert str(Sector.objects.get(slug="housing")) == "Housing"
