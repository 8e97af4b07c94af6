"""What every app's models share: the audit trail (one row per state transition, written by the
service that made it) and the shape of a coordinator-edited tag."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class Tag(models.Model):
    """A term coordinators edit in admin, found by a stable slug: Sector (accounts) and Topic
    (matching) are both tags, so they share one shape."""

    slug = models.SlugField(max_length=50, unique=True)
    name = models.CharField(max_length=100)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class AuditEvent(models.Model):
    """History, not state: a rule that needs "when was this approved" reads a field on the row."""

    class Verb(models.TextChoices):
        # Status transitions of matching's objects (requests, proposals, mentorships, goals).
        CREATED = "created", "Created"
        UPDATED = "updated", "Updated"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"
        CONFIRMED = "confirmed", "Confirmed"
        WITHDRAWN = "withdrawn", "Withdrawn"
        EXPIRED = "expired", "Expired"
        NUDGED = "nudged", "Reminder sent"
        MATCHED = "matched", "Matched"
        CLOSED = "closed", "Closed"
        STARTED = "started", "Started"
        PAUSED = "paused", "Paused"
        RESUMED = "resumed", "Resumed"
        COMPLETED = "completed", "Completed"
        ENDED = "ended", "Ended"
        DONE = "done", "Done"
        REOPENED = "reopened", "Reopened"
        DELETED = "deleted", "Removed"
        # Scoring runs and the scoring model.
        MATCH_RUN_QUEUED = "match_run.queued", "Match run queued"
        MATCH_RUN_RUNNING = "match_run.running", "Match run started"
        MATCH_RUN_SUCCEEDED = "match_run.succeeded", "Match run succeeded"
        MATCH_RUN_FAILED = "match_run.failed", "Match run failed"
        SCORING_MODEL_TRAINED = "scoring_model.trained", "Scoring model trained"
        SCORING_MODEL_ACTIVATED = "scoring_model.activated", "Scoring model activated"
        # Accounts.
        USER_SIGNED_UP = "user.signed_up", "Signed up"
        COORDINATOR_CREATED = "coordinator.created", "Coordinator created"
        INVITATION_SENT = "invitation.sent", "Invitation sent"
        INVITATION_REVOKED = "invitation.revoked", "Invitation revoked"
        INVITATION_ACCEPTED = "invitation.accepted", "Invitation accepted"
        # The library, case studies and the inbox (resources, enquiries).
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"
        FILE_ATTACHED = "file_attached", "File uploaded"
        CONSENTED = "consented", "Consent given"
        ASSIGNED = "assigned", "Assigned"
        REPLIED = "replied", "Replied"
        NOTE_ADDED = "note_added", "Internal note added"
        INVITED = "invited", "Invited to sign up"
        ANONYMISED = "anonymised", "Sender's details removed"

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Not `choices=Verb.choices`: a new verb would then need a migration, and audit_event_record
    # already refuses any verb outside the enum.
    verb = models.CharField(max_length=64)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    from_status = models.CharField(max_length=32, blank=True)
    to_status = models.CharField(max_length=32, blank=True)
    reason = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        # The table predates core (it began in matching); keeping its name kept its rows.
        db_table = "matching_auditevent"
        ordering = ["at", "id"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id"], name="matching_au_content_d585b3_idx"
            )
        ]

    def __str__(self) -> str:
        return f"{self.verb} {self.content_type.model}#{self.object_id}"
