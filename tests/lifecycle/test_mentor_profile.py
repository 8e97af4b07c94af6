"""A mentor keeps their own profile; capacity never drops below the places they have promised."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.errors import Conflict
from core.models import AuditEvent
from matching.models import MatchRun, MentorProfile, Proposal
from matching.services.profiles import mentor_profile_create, mentor_profile_update
from tests import factories
from tests.conftest import client_for
from tests.factories import sectors, topics
from tests.lifecycle.helpers import events, other_mentor, proposal_in

pytestmark = pytest.mark.django_db


def test_a_mentor_creates_their_profile():
    user = factories.MentorUserFactory.create()
    factories.MentoringRequestFactory.create()  # an open request, so re-scoring is worth a run
    profile = mentor_profile_create(
        actor=user,
        expertise=topics("tupe", "leadership"),
        sectors=sectors("housing"),
        capacity=3,
        accepting=True,
        remote_ok=False,
        bio="Ran a housing mutual for ten years.",
    )
    profile.refresh_from_db()
    assert profile.user == user
    assert (profile.capacity, profile.accepting, profile.remote_ok) == (3, True, False)
    assert {t.slug for t in profile.expertise.all()} == {"tupe", "leadership"}
    assert [s.slug for s in profile.sectors.all()] == ["housing"]
    assert events(profile) == [("created", "", "")]
    # A mentor run for this profile re-scores what it touches; no round of every request.
    assert list(MatchRun.objects.values_list("kind", "mentor")) == [("mentor", profile.pk)]


def test_only_mentors_create_a_profile_and_only_once(mentee, coordinator, mentor):
    for actor in (mentee, coordinator):
        with pytest.raises(PermissionDenied):
            mentor_profile_create(actor=actor, capacity=1)
    with pytest.raises(Conflict, match="already have a mentor profile"):
        mentor_profile_create(actor=mentor, capacity=1)
    assert MentorProfile.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"capacity": -1}, ["capacity"]),
        ({"capacity": 21}, ["capacity"]),
        ({"capacity": True}, ["capacity"]),
        ({"capacity": "2"}, ["capacity"]),
        ({"accepting": "yes"}, ["accepting"]),
        ({"expertise": ["tupe"]}, ["expertise"]),
        ({"bio": "b" * 5001}, ["bio"]),
        ({"user": 1, "remote_ok": None}, ["remote_ok", "user"]),
    ],
)
def test_it_names_bad_fields_and_stores_nothing(fields, bad):
    user = factories.MentorUserFactory.create()
    with pytest.raises(ValidationError) as caught:
        mentor_profile_create(actor=user, **fields)
    assert sorted(caught.value.message_dict) == bad
    assert not MentorProfile.objects.exists()
    assert AuditEvent.objects.count() == 0


def test_a_mentor_updates_their_own_profile(mentor):
    profile = mentor.mentor_profile
    mentor_profile_update(profile=profile, actor=mentor, capacity=4, expertise=topics("assets"))
    profile.refresh_from_db()
    assert profile.capacity == 4
    assert [t.slug for t in profile.expertise.all()] == ["assets"]
    assert events(profile) == [("updated", "", "")]
    assert AuditEvent.objects.get(
        content_type__model="mentorprofile", object_id=profile.pk
    ).data == {
        "fields": ["capacity", "expertise"],
        "capacity": 4,
    }


def test_nobody_else_updates_a_profile(mentor, coordinator):
    for actor in (other_mentor(), coordinator):
        with pytest.raises(PermissionDenied):
            mentor_profile_update(profile=mentor.mentor_profile, actor=actor, capacity=0)
    assert MentorProfile.objects.get(user=mentor).capacity == 2


def test_capacity_cannot_drop_below_the_current_load():
    profile = factories.MentorProfileFactory.create(capacity=3)
    factories.MentorshipFactory.create(proposal__mentor=profile)
    proposal_in(Proposal.Status.ACCEPTED, mentor=profile)
    with pytest.raises(Conflict, match="capacity cannot go below 2"):
        mentor_profile_update(profile=profile, actor=profile.user, capacity=1, bio="New bio")
    profile.refresh_from_db()
    assert (profile.capacity, profile.bio) != (1, "New bio")
    mentor_profile_update(profile=profile, actor=profile.user, capacity=2)
    profile.refresh_from_db()
    assert profile.capacity == 2


def test_a_capacity_below_the_load_is_a_409_naming_capacity_in_plain_words():
    profile = factories.MentorProfileFactory.create(capacity=3)
    factories.MentorshipFactory.create(proposal__mentor=profile)
    response = client_for(profile.user).patch(
        f"/api/v1/mentors/{profile.pk}/", {"capacity": 0}, content_type="application/json"
    )
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "capacity_below_load"
    # One thing under way reads as one, and the form can put it beside the capacity field.
    assert body["detail"].startswith("You have 1 mentorship or accepted introduction under way")
    assert body["errors"] == {"capacity": [body["detail"]]}
    profile.refresh_from_db()
    assert profile.capacity == 3
