"""Deleting a person with programme history erases them instead, so their records stay whole;
an organisation's new details re-score what they feed into; and the signal that lets apps above
matching add to the demo programme."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal

from accounts.models import Organisation, User
from matching.models import Feedback, MatchRun, MentoringRequest, MentorProfile, Proposal
from matching.services.erasure import user_anonymise
from matching.services.match_runs import match_run_create, match_run_for_mentor_change

# Sent by `manage.py seed_demo`, inside its transaction, once the demo people, requests and
# mentorships exist, with `now=` and `coordinator=` (the demo coordinator, who acts in it). Apps
# above matching (which it may not import) add their own demo material: enquiries an inbox,
# resources case studies. Each receiver returns a dict of what it added ({"case_studies": 3})
# and adds nothing when its material is already there.
demo_seeded = Signal()


def programme_history_of(user: User) -> bool:
    """Whether records that must survive name `user`: a request they wrote, feedback they gave,
    or a proposal (and so maybe a mentorship) for them as a mentor."""
    return (
        MentoringRequest.objects.filter(created_by=user).exists()
        or Feedback.objects.filter(author=user).exists()
        or Proposal.objects.filter(Q(mentor__user=user)).exists()
    )


def user_erase_instead_of_delete(sender: type[User], *, user: User, **kwargs: Any) -> bool:
    """Receiver of accounts.signals.user_deleting: anonymise through the GDPR erasure service
    (live mentorships end and the other side is told, open proposals are withdrawn) and keep the
    row. A mentor's profile, which mentorships point at, goes with the row, so the row must stay.
    """
    if user.pk is None or not programme_history_of(user):
        return False
    with transaction.atomic():
        user_anonymise(user=user)
    return True


# The organisation's details the scorer reads (engine features stage, experience, region, size,
# parent body and sector); a new name, website or description changes no score.
SCORED_ORGANISATION_FIELDS = frozenset(
    {"sectors", "stage", "spun_out_year", "region", "employees", "parent_body"}
)


def organisation_rescore(
    sender: type[Organisation],
    *,
    organisation: Organisation,
    changed: frozenset[str],
    **kwargs: Any,
) -> None:
    """Receiver of accounts.signals.organisation_changed: a mentor's mutual that moved region or
    stage, or a fledgling mutual that changed sector, is scored again now, not at the nightly
    round. Its mentors get a mentor run each (debounced like their own edits), its open
    requests a request run each; both are sent when the transaction commits."""
    if not changed & SCORED_ORGANISATION_FIELDS:
        return
    for profile in MentorProfile.objects.filter(
        user__organisation=organisation, user__is_active=True
    ).order_by("pk"):
        match_run_for_mentor_change(profile=profile)
    for request in MentoringRequest.objects.filter(
        organisation=organisation, status=MentoringRequest.Status.OPEN
    ).order_by("pk"):
        match_run_create(kind=MatchRun.Kind.REQUEST, request=request)
