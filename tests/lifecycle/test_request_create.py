"""A mentee files a mentoring request for their organisation; scoring is queued with it."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import MatchRun, MentoringRequest
from matching.services.requests import request_create
from tests import factories
from tests.factories import topics
from tests.lifecycle.helpers import events

pytestmark = pytest.mark.django_db


def test_it_files_a_request_and_queues_its_scoring(mentee, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        request = request_create(
            actor=mentee,
            needs=topics("tupe", "pensions"),
            summary="  We are spinning out our libraries. ",
            preferred_format="remote",
        )
    request.refresh_from_db()
    assert request.organisation == mentee.organisation
    assert request.created_by == mentee
    assert request.status == MentoringRequest.Status.OPEN
    assert request.summary == "We are spinning out our libraries."
    assert request.preferred_format == "remote"
    assert {t.slug for t in request.needs.all()} == {"tupe", "pensions"}
    assert events(request) == [("created", "", "open")]
    run = MatchRun.objects.get(request=request)
    assert (run.kind, run.status, run.requested_by) == ("request", "queued", mentee)
    # The scoring job itself waits for the commit.
    assert len(callbacks) == 1


@pytest.mark.parametrize("role", ["mentor", "coordinator"])
def test_it_rejects_anyone_but_a_mentee(role, mentor, coordinator):
    actor = mentor if role == "mentor" else coordinator
    with pytest.raises(PermissionDenied):
        request_create(actor=actor, needs=topics("tupe"), summary="Help")
    assert not MentoringRequest.objects.exists()


def test_it_asks_a_mentee_without_an_organisation_to_describe_it_first():
    mentee = factories.MenteeFactory.create(organisation=None)
    with pytest.raises(Conflict, match="Describe your organisation first"):
        request_create(actor=mentee, needs=topics("tupe"), summary="Help")


@pytest.mark.parametrize(
    ("kwargs", "fields"),
    [
        ({"needs": []}, ["needs"]),
        ({"needs": ["tupe"]}, ["needs"]),
        ({"summary": "   "}, ["summary"]),
        ({"summary": "x" * 2001}, ["summary"]),
        ({"summary": 12}, ["summary"]),
        ({"goals": "g" * 5001}, ["goals"]),
        ({"preferred_format": "by-pigeon"}, ["preferred_format"]),
        (
            {"needs": [], "summary": "", "preferred_format": ""},
            ["needs", "preferred_format", "summary"],
        ),
    ],
)
def test_it_names_every_bad_field_and_stores_nothing(mentee, kwargs, fields):
    values = {"needs": topics("tupe"), "summary": "Help with TUPE", **kwargs}
    with pytest.raises(ValidationError) as caught:
        request_create(actor=mentee, **values)
    assert sorted(caught.value.message_dict) == fields
    assert not MentoringRequest.objects.exists()
    assert not MatchRun.objects.exists()
    assert AuditEvent.objects.count() == 0
