"""Mentor profiles: a mentor creates and edits their own; capacity never drops below the load.

Any saved change queues a mentor run, which re-scores the open requests the change can move.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from accounts.models import User
from core.audit import audit_event_record
from core.errors import Conflict
from core.models import AuditEvent
from core.services import model_update_fields, row_locked
from matching import policies, selectors
from matching.models import MentorProfile
from matching.services.match_runs import match_run_for_mentor_change

PROFILE_FIELDS = ("expertise", "sectors", "capacity", "accepting", "remote_ok", "bio")
Verb = AuditEvent.Verb


@transaction.atomic
def mentor_profile_create(*, actor: User, **data: Any) -> MentorProfile:
    """A mentor's profile, from any of PROFILE_FIELDS by keyword."""
    policies.require(
        policies.can_mentor_profile_create(actor), "Only mentors keep a mentor profile."
    )
    if MentorProfile.objects.filter(user=actor).exists():
        raise Conflict("You already have a mentor profile; edit it instead.", code="profile_exists")
    profile = MentorProfile(user=actor)
    model_update_fields(instance=profile, fields=PROFILE_FIELDS, data=data, reject_unknown=True)
    audit_event_record(
        actor=actor, verb=Verb.CREATED, target=profile, data={"capacity": profile.capacity}
    )
    match_run_for_mentor_change(profile=profile)
    return profile


@transaction.atomic
def mentor_profile_update(*, profile: MentorProfile, actor: User, **data: Any) -> MentorProfile:
    """Change any of PROFILE_FIELDS, by keyword."""
    # The lock makes a capacity cut and a concurrent accept take turns: without it both could
    # pass their checks and leave more promises than places.
    profile = row_locked(MentorProfile.objects.all(), profile.pk)
    policies.require(
        policies.can_mentor_profile_change(actor, profile),
        "Only the mentor can change their own profile.",
    )
    changed = model_update_fields(
        instance=profile, fields=PROFILE_FIELDS, data=data, reject_unknown=True
    )
    if "capacity" in changed:
        # Checked after validation (a 400 names bad fields first); the transaction rolls the
        # saved row back if the new capacity is below what the mentor has promised.
        load = selectors.mentor_load(profile.pk)
        if profile.capacity < load:
            under_way = (
                "1 mentorship or accepted introduction"
                if load == 1
                else f"{load} mentorships and accepted introductions"
            )
            raise Conflict(
                f"You have {under_way} under way, so capacity cannot go below {load}. Finish "
                f"or end one first, or set capacity to {load} and untick 'accepting' to take no "
                "new ones.",
                code="capacity_below_load",
                field="capacity",
            )
    if changed:
        audit_event_record(
            actor=actor,
            verb=Verb.UPDATED,
            target=profile,
            data={"fields": sorted(changed), "capacity": profile.capacity},
        )
        match_run_for_mentor_change(profile=profile)
    return profile
