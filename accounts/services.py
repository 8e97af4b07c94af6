"""Every write in accounts: organisations from sign-up, coordinators, and their invitations."""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.models import (
    MENTEE_STAGES,
    MENTOR_STAGES,
    Invitation,
    Organisation,
    OrganisationStageChange,
    Role,
    Sector,
    User,
)
from accounts.signals import organisation_changed
from core.audit import audit_event_record
from core.errors import Conflict

INVITATION_LIFETIME = timedelta(days=7)
logger = logging.getLogger(__name__)


ORGANISATION_FIELDS = frozenset(Organisation.PROFILE_FIELDS)


def _organisation_apply(organisation: Organisation, fields: dict[str, Any]) -> list[Sector] | None:
    """Set the fields and validate the row like a model form; return the sectors to save."""
    errors: dict[str, list[str]] = {}
    for name in sorted(set(fields) - ORGANISATION_FIELDS):
        errors[name] = ["This field cannot be set here."]
    sectors: list[Sector] | None = None
    if "sectors" in fields:
        value = fields["sectors"]
        items = list(value) if isinstance(value, Iterable) and not isinstance(value, str) else None
        if items is None or not all(isinstance(s, Sector) and s.pk for s in items):
            errors["sectors"] = ["Give a list of sectors."]
        else:
            sectors = items
    for name, value in fields.items():
        if name in ORGANISATION_FIELDS and name != "sectors":
            setattr(organisation, name, value.strip() if isinstance(value, str) else value)
    try:
        organisation.full_clean(exclude=["sectors"])
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            errors.setdefault(name, []).extend(messages)
    # The year it spun out is history: a planned spin-out is left empty until it happens.
    this_year = timezone.localdate().year
    if "spun_out_year" not in errors and (organisation.spun_out_year or 0) > this_year:
        errors["spun_out_year"] = [
            f"Enter a year no later than {this_year}, "
            "or leave it empty until the service spins out."
        ]
    if errors:
        raise ValidationError(errors)
    return sectors


def _organisation_stage_record(
    organisation: Organisation, *, from_stage: int | None, actor: User | None
) -> None:
    """Keep the stage history: one row whenever the stage is set or moves, none otherwise."""
    if from_stage == organisation.stage:
        return
    OrganisationStageChange.objects.create(
        organisation=organisation, from_stage=from_stage, stage=organisation.stage, actor=actor
    )


def organisation_stage_signup_actor_set(*, organisation: Organisation, user: User) -> None:
    """At sign-up the organisation is saved before its first member; credit them with its stage."""
    OrganisationStageChange.objects.filter(
        organisation=organisation, from_stage=None, actor=None
    ).update(actor=user)


def _organisation_check_stage(organisation: Organisation, roles: Iterable[str]) -> None:
    """Mentors come from mutuals at stage 5-6; fledgling mutuals are at stage 1-5."""
    roles = set(roles)
    if Role.MENTOR in roles and organisation.stage not in MENTOR_STAGES:
        raise ValidationError(
            {"stage": ["A mentor's mutual must be securing its future or established (stage 5-6)."]}
        )
    if Role.MENTEE in roles and organisation.stage not in MENTEE_STAGES:
        raise ValidationError(
            {"stage": ["A fledgling mutual is at stage 1-5; established mutuals offer mentors."]}
        )


@transaction.atomic
def organisation_create(*, actor: User | None = None, **fields: Any) -> Organisation:
    """A new organisation. A mentor or mentee who has none becomes its member; coordinators
    create organisations for others. With no actor (sign-up) the caller links the new user."""
    member = actor if actor is not None and actor.role != Role.COORDINATOR else None
    if member is not None and member.organisation_id is not None:
        raise PermissionDenied(
            "You already belong to an organisation; edit it instead of creating another."
        )
    organisation = Organisation()
    sectors = _organisation_apply(organisation, fields)
    if member is not None:
        _organisation_check_stage(organisation, [member.role])
    organisation.save()
    organisation.sectors.set(sectors or [])
    if member is not None:
        member.organisation = organisation
        member.save(update_fields=["organisation"])
    _organisation_stage_record(organisation, from_stage=None, actor=actor)
    logger.info("Organisation %s created by %s", organisation.pk, actor.pk if actor else "sign-up")
    return organisation


@transaction.atomic
def organisation_update(*, organisation: Organisation, actor: User, **fields: Any) -> Organisation:
    """Members edit their own organisation; coordinators may edit any."""
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if not (actor.role == Role.COORDINATOR or actor.organisation_id == organisation.pk):
        raise PermissionDenied("Only the organisation's own people can change its details.")
    from_stage = organisation.stage
    before = {name: getattr(organisation, name) for name in ORGANISATION_FIELDS - {"sectors"}}
    # Read only when sectors are being set: most saves leave them alone.
    sectors_before = (
        set(organisation.sectors.values_list("pk", flat=True)) if "sectors" in fields else set()
    )
    sectors = _organisation_apply(organisation, fields)
    # The stage must stay true to everyone in it: a mentor's mutual cannot slide back to
    # stage 4, nor a fledgling one jump to "established", whoever makes the edit.
    _organisation_check_stage(
        organisation, organisation.members.filter(is_active=True).values_list("role", flat=True)
    )
    organisation.save()
    if sectors is not None:
        organisation.sectors.set(sectors)
    _organisation_stage_record(organisation, from_stage=from_stage, actor=actor)
    changed = {name for name, value in before.items() if getattr(organisation, name) != value}
    if sectors is not None and {s.pk for s in sectors} != sectors_before:
        changed.add("sectors")
    if changed:
        organisation_changed.send(
            sender=Organisation, organisation=organisation, changed=frozenset(changed)
        )
    logger.info(
        "Organisation %s updated by %s: %s", organisation.pk, actor.pk, ", ".join(sorted(fields))
    )
    return organisation


@transaction.atomic
def sector_priorities_set(*, actor: User, priority_slugs: Iterable[str]) -> list[str]:
    """Coordinators choose the programme's priority service areas; returns them, sorted."""
    if not actor.is_coordinator:
        raise PermissionDenied("Only coordinators can choose the priority service areas.")
    wanted = set(priority_slugs)
    unknown = wanted - set(Sector.objects.values_list("slug", flat=True))
    if unknown:
        raise ValidationError({"priority": [f"Unknown sectors: {', '.join(sorted(unknown))}."]})
    Sector.objects.filter(slug__in=wanted).exclude(priority=True).update(priority=True)
    Sector.objects.exclude(slug__in=wanted).exclude(priority=False).update(priority=False)
    logger.info("Priority sectors set by %s: %s", actor.pk, ", ".join(sorted(wanted)))
    return sorted(wanted)


@transaction.atomic
def coordinator_create(*, email: str, full_name: str, actor: User | None = None) -> User:
    """A coordinator with a verified address and no password yet; they set one from a link."""
    email = User.objects.normalize_email(email).lower()
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        if existing.role != Role.COORDINATOR:
            raise Conflict(
                f"{email} belongs to a {existing.get_role_display().lower()}; "
                "a mentor or mentee account is never turned into a coordinator.",
                code="account_exists",
            )
        raise Conflict(
            f"{email} is already a coordinator; they can reset their password.",
            code="account_exists",
        )
    # No password: create_user stores an unusable one, so the only way in is the one-time link.
    user = User.objects.create_user(
        email=email, password=None, full_name=full_name, role=Role.COORDINATOR
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    audit_event_record(actor=actor, verb="coordinator.created", target=user, to_status="active")
    return user


def set_password_path(user: User) -> str:
    """A path to allauth's reset-from-key page for this user.

    The key hashes the current password and last login, so it stops working the moment a
    password is set, and after PASSWORD_RESET_TIMEOUT in any case.
    """
    key = default_token_generator.make_token(user)
    return reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": key},
    )


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_accept_path(token: str) -> str:
    return reverse("invitation-accept", kwargs={"token": token})


@transaction.atomic
def invitation_send(*, invited_by: User, email: str, site_url: str) -> Invitation:
    """Invite `email` to become a coordinator; a newer invitation replaces any pending one."""
    if not invited_by.is_coordinator:
        raise PermissionDenied("Only coordinators can invite coordinators.")
    email = email.strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise Conflict(f"{email} already has an account.", code="account_exists")
    # Lock earlier pending invitations for this address so two coordinators inviting the same
    # person at once leave exactly one usable link.
    for older in Invitation.objects.select_for_update().filter(
        email=email, status=Invitation.Status.PENDING
    ):
        older.status = Invitation.Status.REVOKED
        older.save(update_fields=["status"])
        audit_event_record(
            actor=invited_by,
            verb="invitation.revoked",
            target=older,
            from_status=Invitation.Status.PENDING,
            to_status=Invitation.Status.REVOKED,
            reason="A newer invitation was sent.",
        )
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        email=email,
        token_hash=_token_hash(token),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    audit_event_record(
        actor=invited_by,
        verb="invitation.sent",
        target=invitation,
        to_status=Invitation.Status.PENDING,
    )
    context = {
        "invitation": invitation,
        "invited_by": invited_by,
        "accept_url": f"{site_url.rstrip('/')}{invitation_accept_path(token)}",
    }
    subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(
        render_to_string("accounts/email/invitation_subject.txt", context).split()
    )
    body = render_to_string("accounts/email/invitation_message.txt", context)
    # The token exists only in this e-mail; send it once the invitation row is committed.
    transaction.on_commit(lambda: send_mail(subject, body, None, [email]))
    return invitation


def invitation_get_usable(token: str) -> Invitation:
    """The pending, unexpired invitation for `token`; Invitation.DoesNotExist or Conflict if not."""
    invitation = Invitation.objects.get(token_hash=_token_hash(token))
    _ensure_usable(invitation)
    return invitation


def _ensure_usable(invitation: Invitation) -> None:
    if invitation.status == Invitation.Status.ACCEPTED:
        raise Conflict("This invitation has already been used. Sign in instead.", code="used")
    if invitation.status == Invitation.Status.REVOKED:
        raise Conflict("A newer invitation replaced this one; use the latest e-mail.", code="used")
    if invitation.is_expired:
        raise Conflict(
            "This invitation has expired. Ask a coordinator to send a new one.", code="expired"
        )


@transaction.atomic
def invitation_accept(*, token: str, full_name: str, password: str) -> User:
    """Turn a usable invitation into a verified coordinator account, exactly once."""
    # The row lock makes a double submit (or two tabs) create one account, not two.
    invitation = Invitation.objects.select_for_update().get(token_hash=_token_hash(token))
    _ensure_usable(invitation)
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email=invitation.email,
                password=password,
                full_name=full_name,
                role=Role.COORDINATOR,
            )
    except IntegrityError as error:
        raise Conflict(
            f"{invitation.email} already has an account. Sign in instead.", code="account_exists"
        ) from error
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    invitation.status = Invitation.Status.ACCEPTED
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["status", "accepted_at", "user"])
    audit_event_record(
        actor=user,
        verb="invitation.accepted",
        target=invitation,
        from_status=Invitation.Status.PENDING,
        to_status=Invitation.Status.ACCEPTED,
    )
    return user
