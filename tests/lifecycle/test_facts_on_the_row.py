"""Rules read facts from the row (approved_at, accepted_at, decided_at, nudged_at, paused_at),
set by the services; the audit log is history only, and old rows were back-filled from it."""

from __future__ import annotations

import datetime as dt
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.utils import timezone

from core.audit import audit_event_record
from core.models import AuditEvent
from matching import policies
from matching.models import Mentorship, Proposal
from matching.services.mentorships import mentorship_pause, mentorship_resume
from matching.services.proposals import proposal_accept, proposal_approve, proposal_reject
from tests.lifecycle.helpers import mentorship_in, proposal_in

pytestmark = pytest.mark.django_db


def test_each_transition_stamps_its_fact(coordinator):
    proposal = proposal_in(Proposal.Status.SUGGESTED)
    assert (proposal.approved_at, proposal.accepted_at, proposal.decided_at) == (None, None, None)
    proposal_approve(proposal=proposal, actor=coordinator)
    proposal_accept(proposal=proposal, actor=proposal.mentor.user)
    proposal.refresh_from_db()
    assert proposal.approved_at is not None and proposal.accepted_at is not None
    assert proposal.decided_at is None  # accepted is still open
    rejected = proposal_in(Proposal.Status.SUGGESTED)
    proposal_reject(proposal=rejected, actor=coordinator, reason="Wrong sector.")
    rejected.refresh_from_db()
    assert rejected.decided_at is not None and rejected.approved_at is None


def test_a_pause_is_dated_on_the_row_until_resumed():
    mentorship = mentorship_in()
    mentorship_pause(mentorship=mentorship, actor=mentorship.mentor.user)
    mentorship.refresh_from_db()
    assert mentorship.paused_at is not None
    mentorship_resume(mentorship=mentorship, actor=mentorship.mentor.user)
    mentorship.refresh_from_db()
    assert mentorship.paused_at is None


def test_visibility_reads_the_row_not_the_audit_log():
    # Withdrawn after approval: the mentor had seen it, and still sees it.
    seen = proposal_in(Proposal.Status.WITHDRAWN, approved_at=timezone.now())
    # Withdrawn while suggested: an audit event alone (even a misleading one) shows nothing.
    unseen = proposal_in(Proposal.Status.WITHDRAWN, mentor=seen.mentor)
    audit_event_record(actor=None, verb="approved", target=unseen, to_status="approved")
    visible = policies.proposals_visible_to(seen.mentor.user)
    assert list(visible.values_list("pk", flat=True)) == [seen.pk]


def test_the_migration_backfills_facts_from_the_audit_log():
    backfill = importlib.import_module(
        "matching.migrations.0006_backfill_facts_from_audit_log"
    ).backfill
    approved = proposal_in(Proposal.Status.WITHDRAWN)
    accepted = proposal_in(Proposal.Status.DECLINED)
    nudged = proposal_in(Proposal.Status.APPROVED, approved_at=None)
    paused = mentorship_in(Mentorship.Status.PAUSED)
    for proposal, statuses in (
        (approved, ["approved", "withdrawn"]),
        (accepted, ["approved", "accepted", "declined"]),
        (nudged, ["approved"]),
    ):
        for status in statuses:
            audit_event_record(actor=None, verb=status, target=proposal, to_status=status)
    audit_event_record(actor=None, verb="nudged", target=nudged, to_status="approved")
    audit_event_record(actor=None, verb="paused", target=paused, to_status="paused")
    backfill(apps, SimpleNamespace(connection=connection))

    def at(obj, verb):
        return AuditEvent.objects.filter(object_id=obj.pk, verb=verb).latest("at").at

    approved.refresh_from_db()
    accepted.refresh_from_db()
    nudged.refresh_from_db()
    paused.refresh_from_db()
    assert (approved.approved_at, approved.accepted_at) == (at(approved, "approved"), None)
    assert approved.decided_at == at(approved, "withdrawn")
    assert accepted.accepted_at == at(accepted, "accepted")
    assert accepted.decided_at == at(accepted, "declined")
    assert nudged.nudged_at == at(nudged, "nudged") and nudged.decided_at is None
    assert paused.paused_at == at(paused, "paused")


def test_a_long_pause_is_flagged_from_paused_at():
    from programme.selectors import mentorships_with_progress

    long_ago = timezone.now() - dt.timedelta(days=45)
    old = mentorship_in(Mentorship.Status.PAUSED)
    recent = mentorship_in(Mentorship.Status.PAUSED)
    Mentorship.objects.filter(pk=old.pk).update(paused_at=long_ago, started_at=long_ago)
    Mentorship.objects.filter(pk=recent.pk).update(paused_at=timezone.now(), started_at=long_ago)
    annotated = mentorships_with_progress(Mentorship.objects.all(), include_concerns=False)
    # The flag is an annotation, which the type checker cannot see on the model.
    flags = dict(annotated.values_list("pk", "attention_long_pause"))  # type: ignore[misc]
    assert flags == {old.pk: True, recent.pk: False}
