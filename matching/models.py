"""What organisations need and offer, and the mentoring between them."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from accounts.models import Organisation, Sector
from core.models import Tag


class Topic(Tag):
    """Something a mentoring request needs and a mentor can advise on."""


class MentorProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_profile"
    )
    expertise = models.ManyToManyField(Topic, related_name="mentors", blank=True)
    sectors = models.ManyToManyField(Sector, related_name="mentors", blank=True)
    capacity = models.PositiveSmallIntegerField(
        default=1,
        validators=[MaxValueValidator(20)],
        help_text="The most mentorships this mentor runs at once.",
    )
    accepting = models.BooleanField(default=True)
    remote_ok = models.BooleanField(default=True)
    bio = models.TextField(blank=True, max_length=5000, validators=[MaxLengthValidator(5000)])
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"Mentor {self.user}"


class PreferredFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    REMOTE = "remote", "Remote"
    EITHER = "either", "In person or remote"


class MentoringRequest(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        MATCHED = "matched", "Matched"
        CLOSED = "closed", "Closed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="mentoring_requests"
    )
    # Null only once the person's account row is deleted outright (accounts.User.delete keeps
    # the row of anyone with programme history, anonymised, so normally it stays set).
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="mentoring_requests",
    )
    needs = models.ManyToManyField(Topic, related_name="requests")
    summary = models.TextField(max_length=2000, validators=[MaxLengthValidator(2000)])
    goals = models.TextField(blank=True, max_length=5000, validators=[MaxLengthValidator(5000)])
    preferred_format = models.CharField(
        max_length=16, choices=PreferredFormat.choices, default=PreferredFormat.EITHER
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status"]),
            # Every request list sorts by age (newest first, or `waiting`: oldest first); this
            # index serves both directions, so a page reads 20 rows instead of sorting them all.
            models.Index(fields=["created_at", "id"], name="request_created_id"),
        ]

    def __str__(self) -> str:
        return f"Request #{self.pk} from {self.organisation}"


class ScoringModel(models.Model):
    """A versioned set of feature weights; exactly one is active at a time."""

    version = models.PositiveIntegerField(unique=True)
    weights = models.JSONField(default=dict)
    trained_on = models.PositiveIntegerField(default=0, help_text="Number of decisions.")
    metrics = models.JSONField(default=dict, blank=True)
    active = models.BooleanField(default=False)
    library_version = models.CharField(max_length=32, blank=True)
    format_version = models.PositiveSmallIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["active"], condition=models.Q(active=True), name="one_active_scoring_model"
            ),
        ]

    def __str__(self) -> str:
        return f"Scoring model v{self.version}"


class MatchRun(models.Model):
    class Kind(models.TextChoices):
        REQUEST = "request", "One request"
        ROUND = "round", "Round"
        MENTOR = "mentor", "One mentor's change"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    # Not finished yet: suggestions it will replace are stale (the index below is over these).
    WAITING_STATUSES = (Status.QUEUED, Status.RUNNING)

    kind = models.CharField(max_length=16, choices=Kind.choices)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(100)])
    counts = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    model = models.ForeignKey(
        ScoringModel, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    request = models.ForeignKey(
        MentoringRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="runs"
    )
    # A mentor run re-scores what one mentor's saved change touches (services.match_runs).
    mentor = models.ForeignKey(
        MentorProfile, null=True, blank=True, on_delete=models.CASCADE, related_name="runs"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The match-runs list, newest first.
            models.Index(fields=["-created_at", "-id"], name="matchrun_newest"),
            # A request's `scoring` looks up the newest round filed after it.
            models.Index(fields=["kind", "-created_at", "-id"], name="matchrun_kind_newest"),
            # `stale` on every suggestion listed, and the debounce, look only at waiting runs
            # (WAITING_STATUSES).
            models.Index(
                fields=["id"],
                condition=models.Q(status__in=["queued", "running"]),
                name="matchrun_waiting",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} run #{self.pk} ({self.status})"


class Proposal(models.Model):
    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Waiting for review"
        APPROVED = "approved", "Approved by a coordinator"
        REJECTED = "rejected", "Rejected by a coordinator"
        ACCEPTED = "accepted", "Accepted by the mentor"
        DECLINED = "declined", "Declined"
        CONFIRMED = "confirmed", "Confirmed"
        WITHDRAWN = "withdrawn", "Withdrawn"
        EXPIRED = "expired", "Expired"

    OPEN_STATUSES = (Status.SUGGESTED, Status.APPROVED, Status.ACCEPTED)

    request = models.ForeignKey(
        MentoringRequest, on_delete=models.CASCADE, related_name="proposals"
    )
    mentor = models.ForeignKey(MentorProfile, on_delete=models.CASCADE, related_name="proposals")
    score = models.FloatField()
    rank = models.PositiveIntegerField()
    recommended = models.BooleanField(default=False)
    explanation = models.JSONField(default=list)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.SUGGESTED)
    reason = models.TextField(blank=True, max_length=2000, validators=[MaxLengthValidator(2000)])
    run = models.ForeignKey(
        MatchRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    # Facts the rules read (who may see it, when to nudge), kept on the row by the services;
    # the audit log is history, not a source for rules.
    approved_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(
        null=True, blank=True, help_text="When it reached a final status."
    )
    nudged_at = models.DateTimeField(
        null=True, blank=True, help_text="The last reminder sent about its current status."
    )

    class Meta:
        ordering = ["request_id", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["request", "mentor"], name="one_proposal_per_pair"),
            # One live introduction per request (MAX_LIVE_INTRODUCTIONS = 1): the service
            # refuses a second with a clear 409 under the request's lock; this index is the
            # backstop for any other writer. Allowing more than one means dropping it in a
            # migration, and a system check says so (matching.checks).
            models.UniqueConstraint(
                fields=["request"],
                condition=models.Q(status__in=("approved", "accepted")),
                name="one_live_introduction_per_request",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "status_changed_at"]),
            # The coordinator's queue: one status, in the list's own order, a page at a time.
            models.Index(fields=["status", "request", "rank"], name="proposal_status_request_rank"),
            # "Recommended elsewhere" counts per mentor on every list: an index-only scan.
            models.Index(
                fields=["mentor"],
                condition=models.Q(
                    recommended=True, status__in=("suggested", "approved", "accepted")
                ),
                name="proposal_open_recommended",
            ),
        ]

    def __str__(self) -> str:
        return f"Proposal #{self.pk}: {self.mentor} for request #{self.request_id}"


class Mentorship(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused"
        COMPLETED = "completed", "Completed"
        ENDED = "ended", "Ended early"

    LIVE_STATUSES = (Status.ACTIVE, Status.PAUSED)
    # A coordinator may reopen a mentorship completed by mistake for this long after it closed.
    REOPEN_WITHIN = dt.timedelta(days=14)

    proposal = models.OneToOneField(Proposal, on_delete=models.PROTECT, related_name="mentorship")
    mentor = models.ForeignKey(MentorProfile, on_delete=models.PROTECT, related_name="mentorships")
    request = models.ForeignKey(
        MentoringRequest, on_delete=models.PROTECT, related_name="mentorships"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    paused_at = models.DateTimeField(null=True, blank=True, help_text="Set while paused.")
    end_reason = models.TextField(
        blank=True, max_length=2000, validators=[MaxLengthValidator(2000)]
    )

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [
            models.Index(fields=["mentor", "status"]),
            # The lists' default order: a page is read from the index instead of joining and
            # sorting every mentorship (and working out each one's attention flags) first.
            models.Index(fields=["started_at", "id"], name="mentorship_started_id"),
        ]

    def __str__(self) -> str:
        return f"Mentorship #{self.pk}"


def validate_not_in_the_future(value: dt.date) -> None:
    if value > timezone.localdate():
        raise ValidationError("Log a meeting once it has happened; this date is in the future.")


class Meeting(models.Model):
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(validators=[validate_not_in_the_future])
    minutes = models.PositiveIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(1440)]
    )
    topics = models.ManyToManyField(Topic, related_name="meetings", blank=True)
    notes = models.TextField(blank=True, max_length=10000, validators=[MaxLengthValidator(10000)])
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return f"Meeting on {self.held_on}"


class Goal(models.Model):
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(max_length=200)
    due_on = models.DateField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["done_at", "due_on", "id"]

    def __str__(self) -> str:
        return self.title


class Feedback(models.Model):
    class Side(models.TextChoices):
        MENTOR = "mentor", "Mentor"
        MENTEE = "mentee", "Mentee"

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="feedback_given",
    )
    side = models.CharField(max_length=8, choices=Side.choices)
    rating = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(blank=True, max_length=5000, validators=[MaxLengthValidator(5000)])
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            # One per participant side: a mentee organisation speaks once, as does the mentor.
            models.UniqueConstraint(fields=["mentorship", "side"], name="one_feedback_per_side"),
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="feedback_rating_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_side_display()} feedback on mentorship #{self.mentorship_id}"


class SectorSimilarity(models.Model):
    """How related two different service areas are, for matching (0 unrelated, 1 the same).

    A mentor from a related area knows the same commissioners, regulators and workforce; the
    scorer reads this table instead of treating every other sector as unrelated. Either order
    of a pair means the same; unlisted pairs are unrelated. Editable in admin.
    """

    sector = models.ForeignKey(Sector, on_delete=models.CASCADE, related_name="+")
    related = models.ForeignKey(Sector, on_delete=models.CASCADE, related_name="+")
    similarity = models.FloatField(validators=[MinValueValidator(0.0), MaxValueValidator(0.9)])
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["sector__name", "related__name"]
        verbose_name_plural = "sector similarities"
        constraints = [
            models.UniqueConstraint(fields=["sector", "related"], name="one_similarity_per_pair"),
            models.CheckConstraint(
                condition=~models.Q(sector=models.F("related")), name="similarity_between_two"
            ),
            models.CheckConstraint(
                condition=models.Q(similarity__gte=0, similarity__lte=0.9),
                name="similarity_between_0_and_0_9",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.sector} ~ {self.related}: {self.similarity:.2f}"
