"""The engine's copies of the vocabularies (it may not import Django) equal the model choices,
value for value and in the same order, so a region or parent body added in accounts cannot be
silently scored as unknown."""

from __future__ import annotations

from accounts.models import ParentBody, Region, Stage
from matching.engine.features import (
    ESTABLISHED,
    PARENT_BODIES,
    REGION_NEIGHBOURS,
    REGIONS,
    REMOTE_FORMATS,
    default_stage_table,
    region_table,
)
from matching.models import PreferredFormat


def test_regions_are_accounts_regions_in_order() -> None:
    assert tuple(Region.values) == REGIONS
    assert set(REGION_NEIGHBOURS) == set(Region.values)
    assert all(set(near) <= set(Region.values) for near in REGION_NEIGHBOURS.values())
    assert region_table().shape == (len(Region), len(Region))


def test_parent_bodies_are_accounts_parent_bodies_in_order() -> None:
    assert tuple(ParentBody.values) == PARENT_BODIES


def test_stages_are_accounts_stages() -> None:
    assert list(Stage.values) == list(range(1, len(Stage) + 1))
    assert ESTABLISHED == Stage.ESTABLISHED == max(Stage.values)
    assert default_stage_table().shape == (len(Stage), len(Stage))


def test_remote_formats_are_preferred_formats() -> None:
    assert {PreferredFormat.REMOTE.value, PreferredFormat.EITHER.value} == REMOTE_FORMATS
