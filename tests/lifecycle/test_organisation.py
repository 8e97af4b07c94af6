"""Members describe their own organisation, coordinators any; its stage fits its members."""

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.models import Organisation, Stage
from accounts.services import organisation_create, organisation_update
from tests import factories
from tests.factories import sectors

pytestmark = pytest.mark.django_db

FIELDS: dict[str, Any] = {
    "name": "Northern Libraries Mutual",
    "sectors": [],
    "stage": Stage.PLANNING,
    "region": "north-east",
    "employees": 80,
    "parent_body": "local_authority",
    "legal_form": "cic",
}


def test_a_mentee_without_an_organisation_creates_and_joins_one():
    mentee = factories.MenteeFactory.create(organisation=None)
    organisation = organisation_create(
        actor=mentee, **{**FIELDS, "sectors": sectors("libraries-culture", "education")}
    )
    mentee.refresh_from_db()
    assert mentee.organisation == organisation
    assert {s.slug for s in organisation.sectors.all()} == {"libraries-culture", "education"}


def test_a_coordinator_creates_one_without_joining_it(coordinator):
    organisation = organisation_create(actor=coordinator, **{**FIELDS, "stage": Stage.ESTABLISHED})
    coordinator.refresh_from_db()
    assert coordinator.organisation is None
    assert organisation.stage == Stage.ESTABLISHED


def test_sign_up_creates_one_with_no_actor_yet():
    organisation = organisation_create(**FIELDS)
    assert Organisation.objects.get() == organisation


def test_a_member_cannot_create_a_second_organisation(mentee):
    with pytest.raises(PermissionDenied):
        organisation_create(actor=mentee, **FIELDS)
    assert Organisation.objects.count() == 1


@pytest.mark.parametrize(
    ("role", "stage"),
    [("mentee", Stage.ESTABLISHED), ("mentor", Stage.PLANNING), ("mentor", Stage.SETTING_UP)],
)
def test_the_stage_must_fit_the_role(role, stage):
    user = factories.UserFactory.create(role=role, organisation=None)
    with pytest.raises(ValidationError) as caught:
        organisation_create(actor=user, **{**FIELDS, "stage": stage})
    assert list(caught.value.message_dict) == ["stage"]
    assert not Organisation.objects.exists()


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"name": "  "}, ["name"]),
        ({"stage": 7}, ["stage"]),
        ({"region": "atlantis"}, ["region"]),
        ({"website": "not a url"}, ["website"]),
        ({"employees": 0}, ["employees"]),
        ({"sectors": ["housing"]}, ["sectors"]),
        ({"owner": "me", "legal_form": "llp"}, ["legal_form", "owner"]),
    ],
)
def test_it_names_bad_fields_and_stores_nothing(coordinator, fields, bad):
    with pytest.raises(ValidationError) as caught:
        organisation_create(actor=coordinator, **{**FIELDS, **fields})
    assert sorted(caught.value.message_dict) == bad
    assert not Organisation.objects.exists()


def test_members_and_coordinators_update_it(mentee, coordinator):
    organisation = mentee.organisation
    organisation_update(organisation=organisation, actor=mentee, description="We run 12 libraries")
    organisation_update(organisation=organisation, actor=coordinator, sectors=sectors("housing"))
    organisation.refresh_from_db()
    assert organisation.description == "We run 12 libraries"
    assert [s.slug for s in organisation.sectors.all()] == ["housing"]


def test_outsiders_cannot_update_it(mentee, mentor):
    for actor in (factories.MenteeFactory.create(), mentor):
        with pytest.raises(PermissionDenied):
            organisation_update(organisation=mentee.organisation, actor=actor, name="Taken over")
    mentee.organisation.refresh_from_db()
    assert mentee.organisation.name != "Taken over"


def test_an_update_keeps_the_stage_true_to_every_member(mentor, coordinator):
    organisation = mentor.organisation
    with pytest.raises(ValidationError) as caught:
        organisation_update(organisation=organisation, actor=coordinator, stage=Stage.SETTING_UP)
    assert list(caught.value.message_dict) == ["stage"]
    organisation.refresh_from_db()
    assert organisation.stage == Stage.ESTABLISHED
    # A mentee joining the same mutual narrows it to the one stage both roles share.
    factories.MenteeFactory.create(organisation=organisation)
    with pytest.raises(ValidationError):
        organisation_update(organisation=organisation, actor=mentor, stage=Stage.ESTABLISHED)
    organisation_update(organisation=organisation, actor=mentor, stage=Stage.SECURING)
    organisation.refresh_from_db()
    assert organisation.stage == Stage.SECURING
