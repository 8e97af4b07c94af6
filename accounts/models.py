"""Who people are, and the vocabulary that describes their organisation."""

from __future__ import annotations

from collections import Counter
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils import timezone

from accounts.signals import user_deleting
from core.models import Tag


class Stage(models.IntegerChoices):
    """The journey from the programme's guide, plus one step after it."""

    DECIDING = 1, "Deciding to become a mutual"
    TESTING = 2, "Testing ideas and getting agreement"
    PLANNING = 3, "Making a mutual plan"
    SETTING_UP = 4, "Setting up"
    SECURING = 5, "Securing the future"
    ESTABLISHED = 6, "Established mutual"

    @property
    def slug(self) -> str:
        return self.name.lower()


MENTOR_STAGES = frozenset({Stage.SECURING, Stage.ESTABLISHED})
MENTEE_STAGES = frozenset(
    {Stage.DECIDING, Stage.TESTING, Stage.PLANNING, Stage.SETTING_UP, Stage.SECURING}
)


class Region(models.TextChoices):
    """UK ITL1 regions."""

    NORTH_EAST = "north-east", "North East"
    NORTH_WEST = "north-west", "North West"
    YORKSHIRE_HUMBER = "yorkshire-humber", "Yorkshire and The Humber"
    EAST_MIDLANDS = "east-midlands", "East Midlands"
    WEST_MIDLANDS = "west-midlands", "West Midlands"
    EAST = "east", "East of England"
    LONDON = "london", "London"
    SOUTH_EAST = "south-east", "South East"
    SOUTH_WEST = "south-west", "South West"
    WALES = "wales", "Wales"
    SCOTLAND = "scotland", "Scotland"
    NORTHERN_IRELAND = "northern-ireland", "Northern Ireland"


class ParentBody(models.TextChoices):
    NHS = "nhs", "NHS"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    CENTRAL_GOVERNMENT = "central_government", "Central government"
    OTHER = "other", "Other"


class LegalForm(models.TextChoices):
    CIC = "cic", "Community interest company"
    CBS = "cbs", "Community benefit society"
    CLG = "clg", "Company limited by guarantee"
    COOPERATIVE = "cooperative", "Co-operative"
    CHARITY = "charity", "Charity"
    OTHER = "other", "Other"


class Role(models.TextChoices):
    MENTOR = "mentor", "Mentor"
    MENTEE = "mentee", "Fledgling mutual"
    COORDINATOR = "coordinator", "Coordinator"


class Sector(Tag):
    """A public service area an organisation works in."""

    priority = models.BooleanField(
        default=False, help_text="One of the programme's priority service areas."
    )


class Organisation(models.Model):
    name = models.CharField(max_length=200)
    sectors = models.ManyToManyField(Sector, related_name="organisations", blank=True)
    stage = models.PositiveSmallIntegerField(choices=Stage.choices)
    region = models.CharField(max_length=32, choices=Region.choices, blank=True)
    employees = models.PositiveIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(1_000_000)]
    )
    parent_body = models.CharField(max_length=32, choices=ParentBody.choices, blank=True)
    legal_form = models.CharField(max_length=32, choices=LegalForm.choices, blank=True)
    spun_out_year = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    website = models.URLField(blank=True)
    description = models.TextField(blank=True, max_length=5000)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    # What members describe about their organisation: the service's and the API's field list.
    PROFILE_FIELDS = (
        "name",
        "sectors",
        "stage",
        "region",
        "employees",
        "parent_body",
        "legal_form",
        "spun_out_year",
        "website",
        "description",
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(stage__gte=1, stage__lte=6), name="organisation_stage_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class OrganisationStageChange(models.Model):
    """One move of an organisation along the journey, with who made it and when."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="stage_changes"
    )
    from_stage = models.PositiveSmallIntegerField(choices=Stage.choices, null=True, blank=True)
    stage = models.PositiveSmallIntegerField(choices=Stage.choices)
    actor = models.ForeignKey(
        "User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["organisation", "-at"]), models.Index(fields=["at"])]

    def __str__(self) -> str:
        return f"{self.organisation_id}: {self.from_stage} → {self.stage}"


class UserQuerySet(models.QuerySet["User"]):
    def delete(self) -> tuple[int, dict[str, int]]:
        """One person at a time through User.delete, so a bulk delete erases people with
        programme history instead of failing on their protected records."""
        total, counts = 0, Counter[str]()
        for user in self:
            deleted, per_model = user.delete()
            total += deleted
            counts.update(per_model)
        return total, dict(counts)


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def get_queryset(self) -> UserQuerySet:
        return UserQuerySet(self.model, using=self._db)

    def _create_user(self, email: str, password: str | None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        extra.setdefault("role", Role.COORDINATOR)
        return self._create_user(email, password, **extra)

    def coordinators(self) -> models.QuerySet[User]:
        return self.filter(role=Role.COORDINATOR, is_active=True)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in with an e-mail address; there is no username."""

    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=150)
    role = models.CharField(max_length=16, choices=Role.choices)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    phone = models.CharField(max_length=32, blank=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["email"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=[r.value for r in Role]), name="user_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR

    @property
    def is_mentor(self) -> bool:
        return self.role == Role.MENTOR

    @property
    def is_mentee(self) -> bool:
        return self.role == Role.MENTEE

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def delete(self, using: Any = None, keep_parents: bool = False) -> tuple[int, dict[str, int]]:
        """Delete the row, unless the person has programme history: then they are erased
        (anonymised, as UK GDPR erasure does) and the row stays as a pseudonym, because requests,
        mentorships and feedback must stay whole. Returns (0, {}) when nothing was deleted."""
        # One transaction: what receivers do (the inbox forgets what the person sent) is undone
        # if the delete fails.
        with transaction.atomic():
            if any(erased for _, erased in user_deleting.send(sender=User, user=self)):
                return 0, {}
            return super().delete(using=using, keep_parents=keep_parents)


class InvitationQuerySet(models.QuerySet["Invitation"]):
    def usable(self) -> InvitationQuerySet:
        return self.filter(status=Invitation.Status.PENDING, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """A coordinator's one-time, expiring invitation for another person to become a coordinator.

    Only a hash of the token is stored, so a leaked database cannot be turned into sign-up links.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        REVOKED = "revoked", "Replaced by a newer invitation"

    email = models.EmailField()
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    invited_by = models.ForeignKey(
        User, null=True, on_delete=models.SET_NULL, related_name="invitations_sent"
    )
    user = models.OneToOneField(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="invitation"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["email", "status"])]

    def __str__(self) -> str:
        return f"Invitation for {self.email} ({self.status})"

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()
