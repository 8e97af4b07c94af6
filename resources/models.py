"""The resource library, case studies, and the guide checklist ticks of each organisation."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from accounts.models import Organisation, Sector, Stage
from matching.models import Mentorship, Topic

# The guide covers the journey up to spinning out; "established" has no checklist of its own.
GUIDE_STAGES = (Stage.DECIDING, Stage.TESTING, Stage.PLANNING, Stage.SETTING_UP, Stage.SECURING)


def resource_upload_to(instance: Any, filename: str) -> str:
    # A random name: the uploader's file name never reaches the file system.
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"resources/{secrets.token_hex(16)}.{extension}"


def validate_stage_list(value: Any) -> None:
    if not isinstance(value, list) or any(
        not isinstance(v, int) or v not in Stage.values for v in value
    ):
        raise ValidationError("Choose stages from 1 to 6.")


class Resource(models.Model):
    class Kind(models.TextChoices):
        GUIDE = "guide", "Guide"
        TEMPLATE = "template", "Template"
        CHECKLIST = "checklist", "Checklist"
        CASE_STUDY = "case_study", "Case study"
        TOOL = "tool", "Tool"
        ARTICLE = "article", "Article"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    title = models.CharField(max_length=200)
    summary = models.TextField(max_length=2000)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    url = models.URLField(blank=True, max_length=500)
    file = models.FileField(upload_to=resource_upload_to, blank=True, max_length=200)
    file_name = models.CharField(max_length=200, blank=True, help_text="Name shown on download.")
    file_type = models.CharField(max_length=8, blank=True)
    file_size = models.PositiveIntegerField(null=True, blank=True)
    topics = models.ManyToManyField(Topic, related_name="resources", blank=True)
    # Empty: for every service area. Otherwise written for these alone (Right to Provide is for
    # NHS and social care staff), and never signposted to a mutual in another area.
    sectors = models.ManyToManyField(
        Sector,
        related_name="resources",
        blank=True,
        help_text="Leave empty when it applies to every service area.",
    )
    publisher = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]
        indexes = [models.Index(fields=["status"])]

    def __str__(self) -> str:
        return self.title


class ResourceStage(models.Model):
    """One stage a resource is for: a row per stage, so lists filter and rank in the database."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="stage_rows")
    stage = models.PositiveSmallIntegerField(choices=Stage.choices)

    class Meta:
        ordering = ["stage"]
        constraints = [
            models.UniqueConstraint(fields=["resource", "stage"], name="one_row_per_resource_stage")
        ]

    def __str__(self) -> str:
        return f"{self.resource} at stage {self.stage}"


class ResourceFeedback(models.Model):
    """One person's answer to "Was this useful?" about one resource (they may change it)."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="feedback")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resource_feedback"
    )
    useful = models.BooleanField()
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["resource", "user"], name="one_answer_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.resource}: {'useful' if self.useful else 'not useful'}"


class ChecklistTick(models.Model):
    """A guide checklist item an organisation has done; no row means not done yet."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="checklist_ticks"
    )
    item = models.CharField(max_length=64)
    ticked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ticked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["item"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "item"], name="one_tick_per_item")
        ]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.item}"


class CaseStudy(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    title = models.CharField(max_length=200)
    summary = models.TextField(max_length=2000)
    body = models.TextField(max_length=20000)
    sectors = models.ManyToManyField(Sector, related_name="case_studies", blank=True)
    stages = models.JSONField(default=list, blank=True, validators=[validate_stage_list])
    mentorship = models.ForeignKey(
        Mentorship, null=True, blank=True, on_delete=models.SET_NULL, related_name="case_studies"
    )
    # Each side of the mentorship says yes in the app; without a mentorship nobody needs to.
    consent_mentor = models.BooleanField(default=False)
    consent_mentee = models.BooleanField(default=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-created_at", "-id"]
        verbose_name_plural = "case studies"

    def __str__(self) -> str:
        return self.title

    @property
    def consented(self) -> bool:
        return self.mentorship_id is None or (self.consent_mentor and self.consent_mentee)
