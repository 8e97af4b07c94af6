"""Twenty people accept or confirm at once against a mentor with one place: exactly one wins."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection

from core.errors import Conflict
from matching.models import Mentorship, Proposal
from matching.selectors import mentor_load
from matching.services.proposals import proposal_accept, proposal_confirm
from tests import factories

THREADS = 20


def race(attempts: list[Callable[[], object]], mentor_id: int) -> tuple[list[str], int]:
    """Run the attempts at once, each in its own thread and connection; return each outcome and
    the highest load a watcher saw while they ran."""
    start = threading.Barrier(len(attempts))
    outcomes: list[str] = [""] * len(attempts)
    done = threading.Event()
    highest = [0]

    def attempt(i: int) -> None:
        try:
            start.wait()
            attempts[i]()
            outcomes[i] = "ok"
        except Conflict:
            outcomes[i] = "conflict"
        except Exception as error:  # anything else (a deadlock, an IntegrityError) is a bug
            outcomes[i] = f"{type(error).__name__}: {error}"
        finally:
            connection.close()

    def watch() -> None:
        try:
            while not done.is_set():
                highest[0] = max(highest[0], mentor_load(mentor_id))
        finally:
            connection.close()

    watcher = threading.Thread(target=watch)
    watcher.start()
    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(attempts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    done.set()
    watcher.join(timeout=60)
    return outcomes, max(highest[0], mentor_load(mentor_id))


def accept(proposal: Proposal) -> Callable[[], object]:
    return lambda: proposal_accept(
        proposal=Proposal.objects.get(pk=proposal.pk), actor=proposal.mentor.user
    )


def confirm(proposal: Proposal, actor) -> Callable[[], object]:
    return lambda: proposal_confirm(proposal=Proposal.objects.get(pk=proposal.pk), actor=actor)


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("scenario", ["accept", "confirm", "mixed"])
def test_only_one_of_twenty_concurrent_attempts_gets_the_last_place(scenario):
    if connection.vendor != "postgresql":
        pytest.skip(
            "Row locks need PostgreSQL: SQLite has no SELECT ... FOR UPDATE and runs one "
            "writer at a time, so there is no race to lose. CI runs this on PostgreSQL."
        )
    mentor = factories.MentorProfileFactory.create(capacity=1)
    if scenario == "accept":
        # Twenty organisations' introductions, all approved: the mentor clicks accept on each.
        attempts = [
            accept(factories.ProposalFactory.create(mentor=mentor, status="approved"))
            for _ in range(THREADS)
        ]
    elif scenario == "confirm":
        # One accepted introduction, and twenty people from the organisation confirm it.
        proposal = factories.ProposalFactory.create(mentor=mentor, status="accepted")
        colleagues = factories.MenteeFactory.create_batch(
            THREADS - 1, organisation=proposal.request.organisation
        )
        people = [proposal.request.created_by, *colleagues]
        attempts = [confirm(proposal, person) for person in people]
    else:
        # Half confirm the one accepted introduction while the mentor accepts ten others.
        proposal = factories.ProposalFactory.create(mentor=mentor, status="accepted")
        colleagues = factories.MenteeFactory.create_batch(
            THREADS // 2 - 1, organisation=proposal.request.organisation
        )
        people = [proposal.request.created_by, *colleagues]
        attempts = [confirm(proposal, person) for person in people] + [
            accept(factories.ProposalFactory.create(mentor=mentor, status="approved"))
            for _ in range(THREADS // 2)
        ]
    outcomes, highest = race(attempts, mentor.pk)
    assert sorted(outcomes) == ["conflict"] * (THREADS - 1) + ["ok"], outcomes
    assert highest <= mentor.capacity
    assert mentor_load(mentor.pk) == 1
    if scenario == "accept":
        assert Proposal.objects.filter(mentor=mentor, status="accepted").count() == 1
    else:
        assert Mentorship.objects.filter(mentor=mentor).count() == 1
