"""Fixtures for the lifecycle tests that commit for real (the worker and race tests)."""

from collections.abc import Iterator

import pytest
from django.contrib.contenttypes.models import ContentType


@pytest.fixture
def fresh_content_types() -> Iterator[None]:
    """Forget cached content-type ids around a test that flushes the database.

    A transactional test's flush deletes the content-type rows; without this, the next test
    would write audit events pointing at ids that no longer exist.
    """
    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()
