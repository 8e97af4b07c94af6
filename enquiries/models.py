"""The programme's inbox: enquiries from anyone, concerns about a mentorship, replies and notes."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from matching.models import Mentorship

if TYPE_CHECKING:
    from accounts.models import User

# No 0/O, 1/I/L: a reference is read out over the phone and typed from an e-mail.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference() -> str:
    return "MM-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


class Enquiry(models.Model):
    class Kind(models.TextChoices):
        MENTORING = "mentoring", "Getting mentoring"
        BECOMING_MENTOR = "becoming_mentor", "Becoming a mentor"
        SETTING_UP = "setting_up", "Setting up a mutual"
        CONCERN = "concern", "A concern about a mentorship"
        OTHER = "other", "Something else"

    class Status(models.TextChoices):
        NEW = "new", "New"
        OPEN = "open", "Open"
        WAITING = "waiting", "Waiting for the enquirer"
        CLOSED = "closed", "Closed"

    # Kinds that a sign-up invitation answers.
    INVITABLE = {Kind.MENTORING: "mentee", Kind.BECOMING_MENTOR: "mentor"}

    reference = models.CharField(max_length=16, unique=True, default=new_reference, editable=False)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    name = models.CharField(max_length=150)
    email = models.EmailField(max_length=254)
    organisation_name = models.CharField(max_length=200, blank=True)
    message = models.TextField(max_length=5000)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enquiries_assigned",
    )
    mentorship = models.ForeignKey(
        Mentorship, null=True, blank=True, on_delete=models.CASCADE, related_name="enquiries"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enquiries_sent",
    )
    # Kept only to rate-limit senders; never shown.
    client_address = models.GenericIPAddressField(null=True, blank=True)
    invited_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # When the sender's name, address and words were removed (they closed their account, or
    # the enquiry outlived RETENTION_MONTHS): enquiries.services.enquiries_anonymise.
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "enquiries"
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["client_address", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.reference}: {self.get_kind_display()}"

    @classmethod
    def concern(
        cls, *, mentorship: Mentorship, author: User, message: str, **fields: Any
    ) -> Enquiry:
        """An unsaved concern from one side of `mentorship`, signed with the author's details."""
        return cls(
            kind=cls.Kind.CONCERN,
            name=author.full_name or author.email,
            email=author.email,
            organisation_name=author.organisation.name if author.organisation else "",
            message=message,
            author=author,
            mentorship=mentorship,
            **fields,
        )


# The kinds anyone may write in about: a concern about a mentorship is raised from that
# mentorship's page (it is tied to the mentorship and hidden from the other side), never from
# the contact form. Named in SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"] (EnquiryCreateKindEnum).
PUBLIC_KINDS = [(kind.value, kind.label) for kind in Enquiry.Kind if kind != Enquiry.Kind.CONCERN]
CONCERN_ELSEWHERE = "Raise a concern about a mentorship from the mentorship's page."


class EnquiryMessage(models.Model):
    """A coordinator's reply (e-mailed to the enquirer) or internal note (never sent)."""

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(max_length=10000)
    internal = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{'Note' if self.internal else 'Reply'} on {self.enquiry.reference}"
