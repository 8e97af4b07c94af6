"""A mentee edits an open request; scoring runs again on what changed."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import MatchRun, MentoringRequest
from matching.services.requests import request_update
from tests import factories
from tests.factories import request_creator, topics
from tests.lifecycle.helpers import colleague_of, events, outsider

pytestmark = pytest.mark.django_db


def test_it_updates_the_fields_and_queues_scoring():
    request = factories.MentoringRequestFactory.create()
    colleague = colleague_of(request)
    result = request_update(
        request=request, actor=colleague, needs=topics("assets"), goals="Own our building"
    )
    request.refresh_from_db()
    assert result.goals == request.goals == "Own our building"
    assert [t.slug for t in request.needs.all()] == ["assets"]
    assert events(request) == [("updated", "open", "open")]
    assert AuditEvent.objects.get(
        content_type__model="mentoringrequest", object_id=request.pk
    ).data == {"fields": ["goals", "needs"]}
    assert MatchRun.objects.filter(request=request, requested_by=colleague).count() == 1


def test_an_update_that_changes_nothing_writes_nothing():
    request = factories.MentoringRequestFactory.create(needs=["tupe"])
    request_update(
        request=request,
        actor=request_creator(request),
        needs=topics("tupe"),
        summary=request.summary,
    )
    assert AuditEvent.objects.count() == 0
    assert not MatchRun.objects.exists()


def test_it_rejects_other_organisations(coordinator):
    request = factories.MentoringRequestFactory.create()
    for actor in (outsider(), coordinator):
        with pytest.raises(PermissionDenied):
            request_update(request=request, actor=actor, summary="Hijacked")
    request.refresh_from_db()
    assert request.summary != "Hijacked"


@pytest.mark.parametrize("status", ["matched", "closed", "withdrawn"])
def test_it_refuses_a_request_that_is_not_open(status):
    request = factories.MentoringRequestFactory.create(status=status)
    with pytest.raises(Conflict, match="can no longer be changed"):
        request_update(request=request, actor=request_creator(request), summary="New words")
    request.refresh_from_db()
    assert request.summary != "New words"
    assert AuditEvent.objects.count() == 0


def test_it_refuses_fields_it_does_not_own():
    request = factories.MentoringRequestFactory.create()
    with pytest.raises(ValidationError) as caught:
        request_update(
            request=request, actor=request_creator(request), status="matched", summary=""
        )
    assert sorted(caught.value.message_dict) == ["status", "summary"]
    assert MentoringRequest.objects.get().status == MentoringRequest.Status.OPEN
