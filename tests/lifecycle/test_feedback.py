"""Each side leaves feedback once, after the mentorship is completed or ended."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import Feedback
from matching.services.records import feedback_create
from tests.factories import request_creator
from tests.lifecycle.helpers import colleague_of, events, mentorship_in, outsider

pytestmark = pytest.mark.django_db


def test_both_sides_leave_feedback_once():
    mentorship = mentorship_in("completed")
    mentor_side = feedback_create(
        mentorship=mentorship, actor=mentorship.mentor.user, rating=5, comment="A pleasure"
    )
    mentee_side = feedback_create(
        mentorship=mentorship, actor=request_creator(mentorship.request), rating=4
    )
    assert (mentor_side.side, mentee_side.side) == ("mentor", "mentee")
    assert events(mentor_side) == [("created", "", "")]
    # A colleague from the same organisation speaks for the same side.
    with pytest.raises(Conflict, match="mentee side has already left feedback"):
        feedback_create(mentorship=mentorship, actor=colleague_of(mentorship.request), rating=1)
    with pytest.raises(Conflict, match="mentor side has already left feedback"):
        feedback_create(mentorship=mentorship, actor=mentorship.mentor.user, rating=1)
    assert Feedback.objects.count() == 2


@pytest.mark.parametrize("status", ["active", "paused"])
def test_it_waits_until_the_mentorship_is_over(status):
    mentorship = mentorship_in(status)
    with pytest.raises(Conflict, match="Feedback opens once the mentorship is completed or ended"):
        feedback_create(mentorship=mentorship, actor=mentorship.mentor.user, rating=5)
    assert not Feedback.objects.exists()


def test_only_participants_give_feedback(coordinator):
    mentorship = mentorship_in("ended")
    for actor in (outsider(), coordinator):
        with pytest.raises(PermissionDenied):
            feedback_create(mentorship=mentorship, actor=actor, rating=3)
    assert AuditEvent.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"rating": 0}, ["rating"]),
        ({"rating": 6}, ["rating"]),
        ({"rating": 4.5}, ["rating"]),
        ({"rating": True}, ["rating"]),
        ({"rating": 3, "comment": "c" * 5001}, ["comment"]),
    ],
)
def test_it_names_bad_fields(fields, bad):
    mentorship = mentorship_in("completed")
    with pytest.raises(ValidationError) as caught:
        feedback_create(mentorship=mentorship, actor=mentorship.mentor.user, **fields)
    assert sorted(caught.value.message_dict) == bad
    assert not Feedback.objects.exists()
