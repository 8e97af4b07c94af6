"""Every matching test starts from the rows the data migrations seed.

Transactional tests (the worker's) end with a flush that empties every table, seeds included,
so whichever test runs next would find no topics, sectors or prior scoring model.
"""

from __future__ import annotations

import importlib

import pytest

from accounts.models import Sector
from matching.models import ScoringModel, Topic


@pytest.fixture(autouse=True)
def seeded_rows(db: None) -> None:
    sectors = importlib.import_module("accounts.migrations.0002_seed_sectors").SECTORS
    topics = importlib.import_module("matching.migrations.0002_seed_topics").TOPICS
    prior = importlib.import_module("matching.migrations.0003_prior_scoring_model")
    for slug, name in sectors:
        Sector.objects.get_or_create(slug=slug, defaults={"name": name})
    for slug, name in topics:
        Topic.objects.get_or_create(slug=slug, defaults={"name": name})
    if not ScoringModel.objects.exists():
        ScoringModel.objects.create(
            version=1, weights=prior.PRIOR_WEIGHTS, trained_on=0, active=True, format_version=1
        )
