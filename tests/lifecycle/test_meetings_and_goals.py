"""Participants log meetings and goals while the mentorship is active or paused."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import Goal, Meeting
from matching.services.records import goal_create, goal_set_done, meeting_create
from tests.factories import request_creator, topics
from tests.lifecycle.helpers import colleague_of, events, mentorship_in, outsider

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def test_a_participant_logs_a_meeting():
    mentorship = mentorship_in("paused")
    meeting = meeting_create(
        mentorship=mentorship,
        actor=mentorship.mentor.user,
        held_on=TODAY(),
        minutes=45,
        topics=topics("tupe"),
        notes="Walked through the TUPE timeline.",
    )
    meeting.refresh_from_db()
    assert (meeting.minutes, meeting.created_by) == (45, mentorship.mentor.user)
    assert [t.slug for t in meeting.topics.all()] == ["tupe"]
    assert events(meeting) == [("created", "", "")]


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"held_on": TODAY() + dt.timedelta(days=1)}, ["held_on"]),
        ({"held_on": "2025-01-01"}, ["held_on"]),
        ({"minutes": 0}, ["minutes"]),
        ({"minutes": 1441}, ["minutes"]),
        ({"minutes": "60"}, ["minutes"]),
        ({"topics": ["tupe"]}, ["topics"]),
        ({"notes": "n" * 10001, "minutes": None}, ["minutes", "notes"]),
    ],
)
def test_it_names_bad_meeting_fields(fields, bad):
    mentorship = mentorship_in()
    values = {"held_on": TODAY(), "minutes": 30, "topics": [], **fields}
    with pytest.raises(ValidationError) as caught:
        meeting_create(mentorship=mentorship, actor=mentorship.mentor.user, **values)
    assert sorted(caught.value.message_dict) == bad
    assert not Meeting.objects.exists()
    assert AuditEvent.objects.count() == 0


@pytest.mark.parametrize("status", ["completed", "ended"])
def test_records_close_with_the_mentorship(status):
    mentorship = mentorship_in(status)
    actor = request_creator(mentorship.request)
    with pytest.raises(Conflict, match="only be added while it is active or paused"):
        meeting_create(mentorship=mentorship, actor=actor, held_on=TODAY(), minutes=5, topics=[])
    with pytest.raises(Conflict, match="only be added while it is active or paused"):
        goal_create(mentorship=mentorship, actor=actor, title="Late goal")
    assert not Meeting.objects.exists()
    assert not Goal.objects.exists()


def test_only_participants_keep_records(coordinator):
    mentorship = mentorship_in()
    for actor in (outsider(), coordinator):
        with pytest.raises(PermissionDenied):
            meeting_create(
                mentorship=mentorship, actor=actor, held_on=TODAY(), minutes=5, topics=[]
            )
        with pytest.raises(PermissionDenied):
            goal_create(mentorship=mentorship, actor=actor, title="Not mine")
    assert AuditEvent.objects.count() == 0


def test_goals_are_added_ticked_and_reopened():
    mentorship = mentorship_in()
    mentee = colleague_of(mentorship.request)
    goal = goal_create(
        mentorship=mentorship, actor=mentee, title=" Pick a legal form ", due_on=TODAY()
    )
    assert (goal.title, goal.done_at) == ("Pick a legal form", None)
    goal_set_done(goal=goal, actor=mentorship.mentor.user, done=True)
    goal.refresh_from_db()
    assert goal.done_at is not None
    # Ticking twice changes nothing and records nothing.
    goal_set_done(goal=goal, actor=mentee, done=True)
    goal_set_done(goal=goal, actor=mentee, done=False)
    goal.refresh_from_db()
    assert goal.done_at is None
    assert [verb for verb, _, _ in events(goal)] == ["created", "done", "reopened"]


def test_goals_need_a_title_and_a_real_date():
    mentorship = mentorship_in()
    with pytest.raises(ValidationError) as caught:
        goal_create(mentorship=mentorship, actor=mentorship.mentor.user, title=" ", due_on="soon")  # type: ignore[arg-type]
    assert sorted(caught.value.message_dict) == ["due_on", "title"]
    assert not Goal.objects.exists()


def test_goals_freeze_when_the_mentorship_is_over():
    mentorship = mentorship_in()
    goal = goal_create(mentorship=mentorship, actor=mentorship.mentor.user, title="Plan")
    type(mentorship).objects.filter(pk=mentorship.pk).update(status="completed")
    with pytest.raises(Conflict, match="goals can only be ticked"):
        goal_set_done(goal=goal, actor=mentorship.mentor.user, done=True)
    with pytest.raises(PermissionDenied):
        goal_set_done(goal=goal, actor=outsider(), done=True)
    goal.refresh_from_db()
    assert goal.done_at is None
