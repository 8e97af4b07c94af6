"""The cast every API test starts from: two organisations, two mentors and a coordinator."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from accounts.models import User
from core.models import AuditEvent
from matching.models import (
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Proposal,
    ScoringModel,
)
from tests import factories
from tests.conftest import client_for

ANONYMOUS = "anonymous"
MENTEE = "mentee"  # a mentee of the organisation that filed the request
OTHER_MENTEE = "other_mentee"  # a mentee of another organisation
MENTOR = "mentor"  # the proposed mentor
OTHER_MENTOR = "other_mentor"
COORDINATOR = "coordinator"
ACTORS = (ANONYMOUS, MENTEE, OTHER_MENTEE, MENTOR, OTHER_MENTOR, COORDINATOR)


@dataclass
class World:
    mentee: User
    other_mentee: User
    mentor: User
    other_mentor: User
    coordinator: User
    request: MentoringRequest
    other_request: MentoringRequest

    @property
    def mentor_profile(self) -> MentorProfile:
        return self.mentor.mentor_profile

    def user(self, actor: str) -> User | None:
        return None if actor == ANONYMOUS else getattr(self, actor)

    def client(self, actor: str) -> APIClient:
        return client_for(self.user(actor))

    def proposal(self, status: str = Proposal.Status.SUGGESTED, **kwargs: object) -> Proposal:
        fields: dict[str, object] = {"request": self.request, "mentor": self.mentor_profile}
        fields.update(kwargs)
        return factories.ProposalFactory.create(status=status, **fields)

    def mentorship(self, status: str = Mentorship.Status.ACTIVE) -> Mentorship:
        proposal = self.proposal(Proposal.Status.CONFIRMED)
        self.request.status = MentoringRequest.Status.MATCHED
        self.request.save(update_fields=["status"])
        return factories.MentorshipFactory.create(proposal=proposal, status=status)


@pytest.fixture
def world(db: None) -> World:
    mentee = factories.MenteeFactory.create(full_name="Maya Mentee")
    other_mentee = factories.MenteeFactory.create(full_name="Omar Outsider")
    mentor = factories.MentorProfileFactory.create(user__full_name="Priya Proposed").user
    other_mentor = factories.MentorProfileFactory.create(user__full_name="Olu Other").user
    return World(
        mentee=mentee,
        other_mentee=other_mentee,
        mentor=mentor,
        other_mentor=other_mentor,
        coordinator=factories.CoordinatorFactory.create(),
        request=factories.MentoringRequestFactory.create(created_by=mentee),
        other_request=factories.MentoringRequestFactory.create(created_by=other_mentee),
    )


@pytest.fixture
def scoring_model(db: None) -> ScoringModel:
    # A migration seeds the prior model; make one only if a test database lacks it.
    return ScoringModel.objects.filter(active=True).first() or ScoringModel.objects.create(
        version=1, weights={"topic": 1.0}, trained_on=0, metrics={}, active=True
    )


@pytest.fixture(autouse=True)
def _fresh_token_throttle() -> Iterator[None]:
    """The token endpoint's throttle lives in the shared cache; start and end each test clean.

    Only our own key is deleted: in CI the cache is a Redis database shared with the broker.
    """
    key = "throttle_token_127.0.0.1"
    cache.delete(key)
    yield
    cache.delete(key)


def audit_count() -> int:
    return AuditEvent.objects.count()
