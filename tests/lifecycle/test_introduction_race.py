"""Two coordinators approve two mentors for one request at the same moment: one introduction goes
out (200), the other is told one is already in progress (409 `introduction_in_progress`)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection

from matching.models import Proposal
from tests import factories
from tests.conftest import client_for
from tests.errors import error_code
from tests.lifecycle.helpers import proposal_in

ROUNDS = 5


def _approve_at_once(clients: list[Any], proposals: list[Proposal]) -> list[tuple[int, Any]]:
    """Each client approves its proposal in its own thread and connection, released together."""
    start = threading.Barrier(len(clients))
    answers: list[tuple[int, Any]] = [(0, None)] * len(clients)

    def approve(i: int) -> None:
        try:
            start.wait()
            response = clients[i].post(f"/api/v1/proposals/{proposals[i].pk}/approve/")
            code = error_code(response) if response.status_code != 200 else None
            answers[i] = (response.status_code, code)
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return answers


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_two_coordinators_approving_at_once_make_one_introduction() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("Row locks need PostgreSQL; SQLite runs one writer at a time.")
    first_coordinator = factories.CoordinatorFactory.create()
    second_coordinator = factories.CoordinatorFactory.create()
    clients = [client_for(first_coordinator), client_for(second_coordinator)]
    for _ in range(ROUNDS):
        one = proposal_in(Proposal.Status.SUGGESTED)
        other = proposal_in(Proposal.Status.SUGGESTED, request=one.request, rank=2)
        answers = _approve_at_once(clients, [one, other])
        assert sorted(answers, key=lambda a: a[0]) == [
            (200, None),
            (409, "introduction_in_progress"),
        ], answers
        live = Proposal.objects.filter(
            request=one.request, status__in=(Proposal.Status.APPROVED, Proposal.Status.ACCEPTED)
        )
        assert live.count() == 1
