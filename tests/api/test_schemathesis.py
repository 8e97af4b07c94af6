"""schemathesis over the whole published schema, in-process: no 5xx, every response as documented.

Each operation gets generated valid and invalid inputs, sent as a coordinator, a mentee or a
mentor (hypothesis picks), against a small seeded world. The last test checks that at least
1,000 cases ran.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from matching.models import Goal, MatchRun, Meeting
from tests.api.conftest import World
from tests.conftest import client_for

schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)

MAX_EXAMPLES = 30
MINIMUM_CASES = 1_000
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
ROLES = ("coordinator", "mentee", "mentor")
CASES: Counter[str] = Counter()


@pytest.fixture
def tokens(world: World, scoring_model: object) -> dict[str, str]:
    """A world with one of everything, so generated ids sometimes hit real rows."""
    mentorship = world.mentorship()
    Meeting.objects.create(mentorship=mentorship, held_on="2026-01-05", minutes=30, notes="Intro")
    Goal.objects.create(mentorship=mentorship, title="Pick a legal form")
    world.proposal("approved", request=world.other_request)
    MatchRun.objects.create(kind=MatchRun.Kind.ROUND, counts={"requests": 1})
    keys = {}
    for role in ROLES:
        client: Any = client_for(world.user(role))
        keys[role] = client._credentials["HTTP_AUTHORIZATION"]
    return keys


@pytest.fixture(autouse=True)
def _keep_the_test_connection() -> Iterator[None]:
    """In-process WSGI calls would close the test's own connection after each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@schema.given(role=st.sampled_from(ROLES))
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_answers_every_generated_case_as_documented(
    case: Any, role: str, tokens: dict[str, str]
) -> None:
    CASES[case.operation.label] += 1
    case.call_and_validate(headers={"Authorization": tokens[role]}, checks=CHECKS)


def test_at_least_a_thousand_cases_ran(request: pytest.FixtureRequest) -> None:
    results: list[Any] = list(schema.get_all_operations())
    operations = [result.ok().label for result in results]
    selected = [
        item
        for item in request.session.items
        if getattr(item, "originalname", "")
        == test_the_api_answers_every_generated_case_as_documented.__name__
    ]
    if len(selected) < len(operations):
        pytest.skip("counts are only meaningful after the whole module has run")
    # Every operation was selected, so every one must have run (a runner that drops tests with
    # the same node id, as pytest-xdist did, fails here instead of passing quietly).
    assert set(CASES) == set(operations)
    total = sum(CASES.values())
    print(f"\nschemathesis: {total} cases over {len(operations)} operations")
    assert total >= MINIMUM_CASES
