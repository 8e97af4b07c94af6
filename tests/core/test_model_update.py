"""core.services.model_update: one validation path for every service's writes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from core.services import model_field_clean, model_update, model_update_fields
from matching.models import Goal, Meeting, MentorProfile, Topic
from tests import factories

pytestmark = pytest.mark.django_db


def test_it_saves_only_the_fields_that_changed_and_strips_text() -> None:
    profile = factories.MentorProfileFactory.create(capacity=2, bio="Old")
    changed = model_update_fields(
        instance=profile,
        fields=["capacity", "bio", "accepting"],
        data={"capacity": 2, "bio": "  New bio ", "accepting": profile.accepting, "other": 1},
    )
    assert changed == ["bio"]
    profile.refresh_from_db()
    assert (profile.capacity, profile.bio) == (2, "New bio")
    assert model_update(instance=profile, fields=["bio"], data={"bio": "New bio"}) == (
        profile,
        False,
    )


def test_it_names_every_bad_field_and_stores_nothing() -> None:
    profile = factories.MentorProfileFactory.create(capacity=2, bio="Kept")
    with pytest.raises(ValidationError) as caught:
        model_update_fields(
            instance=profile,
            fields=["capacity", "accepting", "bio", "expertise"],
            data={
                "capacity": "3",  # a typed service takes no strings for numbers
                "accepting": "yes",
                "bio": "b" * 5001,  # the model's validator, not a hand-written check
                "expertise": ["tupe"],  # slugs are the serializer's job; services take rows
                "user": 1,
            },
            reject_unknown=True,
        )
    assert sorted(caught.value.message_dict) == [
        "accepting",
        "bio",
        "capacity",
        "expertise",
        "user",
    ]
    profile.refresh_from_db()
    assert (profile.capacity, profile.bio) == (2, "Kept")


def test_it_creates_a_new_row_with_its_many_to_many_and_required_ones() -> None:
    mentorship = factories.MentorshipFactory.create()
    meeting = Meeting(mentorship=mentorship, created_by=mentorship.mentor.user)
    topics = list(Topic.objects.filter(slug__in=["tupe", "assets"]))
    changed = model_update_fields(
        instance=meeting,
        fields=["held_on", "minutes", "topics"],
        data={"held_on": dt.date.today(), "minutes": 45, "topics": topics},
        required=["topics"],
    )
    assert sorted(changed) == ["held_on", "minutes", "topics"]
    assert meeting.pk is not None and meeting.topics.count() == 2
    with pytest.raises(ValidationError) as caught:
        model_update_fields(
            instance=Meeting(mentorship=mentorship, created_by=mentorship.mentor.user),
            fields=["held_on", "minutes", "topics"],
            data={"held_on": dt.date.today(), "minutes": True, "topics": []},
            required=["topics"],
        )
    assert sorted(caught.value.message_dict) == ["minutes", "topics"]
    assert Meeting.objects.count() == 1


def test_a_datetime_is_not_a_date_and_bool_is_not_a_number() -> None:
    mentorship = factories.MentorshipFactory.create()
    goal = Goal(mentorship=mentorship, created_by=mentorship.mentor.user)
    with pytest.raises(ValidationError) as caught:
        model_update_fields(
            instance=goal,
            fields=["title", "due_on"],
            data={"title": "Plan", "due_on": dt.datetime.now(tz=dt.UTC)},
        )
    assert list(caught.value.message_dict) == ["due_on"]
    assert not Goal.objects.exists()
    with pytest.raises(ValidationError) as caught:
        model_field_clean(model=MentorProfile, field="capacity", value=False, name="places")
    assert list(caught.value.message_dict) == ["places"]
    assert model_field_clean(model=MentorProfile, field="bio", value=" hi ") == "hi"
