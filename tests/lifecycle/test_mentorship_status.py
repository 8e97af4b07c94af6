"""Participants (and coordinators) pause, resume, complete or end a mentorship."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import MentoringRequest, Mentorship
from matching.services.mentorships import (
    mentorship_complete,
    mentorship_end,
    mentorship_pause,
    mentorship_resume,
)
from tests.lifecycle.helpers import colleague_of, events, mentorship_in, other_mentor, outsider

pytestmark = pytest.mark.django_db


def test_it_pauses_and_resumes(coordinator):
    mentorship = mentorship_in()
    mentorship_pause(mentorship=mentorship, actor=mentorship.mentor.user)
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.PAUSED
    mentorship_resume(mentorship=mentorship, actor=coordinator)
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ACTIVE
    assert mentorship.ended_at is None
    assert events(mentorship) == [
        ("paused", "active", "paused"),
        ("resumed", "paused", "active"),
    ]


@pytest.mark.parametrize("start", ["active", "paused"])
def test_completing_closes_the_request(start):
    mentorship = mentorship_in(start)
    mentee = colleague_of(mentorship.request)
    result = mentorship_complete(mentorship=mentorship, actor=mentee)
    assert result.status == Mentorship.Status.COMPLETED
    assert result.ended_at is not None
    request = MentoringRequest.objects.get(pk=mentorship.request_id)
    assert request.status == MentoringRequest.Status.CLOSED
    assert events(request) == [("closed", "matched", "closed")]
    assert events(mentorship) == [("completed", start, "completed")]


def test_ending_needs_a_reason_and_reopens_the_request():
    mentorship = mentorship_in()
    with pytest.raises(ValidationError) as caught:
        mentorship_end(mentorship=mentorship, actor=mentorship.mentor.user, reason="")
    assert list(caught.value.message_dict) == ["reason"]
    assert Mentorship.objects.get().status == Mentorship.Status.ACTIVE
    mentorship_end(mentorship=mentorship, actor=mentorship.mentor.user, reason="Moved jobs")
    mentorship.refresh_from_db()
    assert (mentorship.status, mentorship.end_reason) == ("ended", "Moved jobs")
    assert mentorship.ended_at is not None
    # An early end opens the request again, so the organisation can find another mentor.
    assert MentoringRequest.objects.get().status == MentoringRequest.Status.OPEN


@pytest.mark.parametrize(
    ("action", "wrong"),
    [
        (mentorship_pause, ["paused", "completed", "ended"]),
        (mentorship_resume, ["active", "completed", "ended"]),
        (mentorship_complete, ["completed", "ended"]),
    ],
)
def test_it_refuses_a_wrong_state(action, wrong):
    for status in wrong:
        mentorship = mentorship_in(status)
        with pytest.raises(Conflict, match=f"This mentorship is {status}"):
            action(mentorship=mentorship, actor=mentorship.mentor.user)
        mentorship.refresh_from_db()
        assert mentorship.status == status
    assert AuditEvent.objects.count() == 0


def test_it_refuses_to_end_a_completed_mentorship():
    mentorship = mentorship_in("completed")
    with pytest.raises(Conflict):
        mentorship_end(mentorship=mentorship, actor=mentorship.mentor.user, reason="Again")


def test_it_rejects_people_outside_the_mentorship():
    mentorship = mentorship_in()
    for actor in (outsider(), other_mentor()):
        for action in (mentorship_pause, mentorship_complete):
            with pytest.raises(PermissionDenied):
                action(mentorship=mentorship, actor=actor)
        with pytest.raises(PermissionDenied):
            mentorship_end(mentorship=mentorship, actor=actor, reason="Not mine")
    assert Mentorship.objects.get().status == Mentorship.Status.ACTIVE
    assert AuditEvent.objects.count() == 0
