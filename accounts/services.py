"""Every write in accounts: organisations from sign-up, coordinators, and their invitations."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import timedelta

from allauth.account.adapter import get_adapter
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, Organisation, Role, Sector, User
from matching.services.audit import audit_event_record
from matching.services.errors import Conflict

INVITATION_LIFETIME = timedelta(days=7)


@transaction.atomic
def organisation_create(
    *,
    name: str,
    sectors: Iterable[Sector],
    stage: int,
    region: str,
    employees: int | None,
    parent_body: str,
    legal_form: str,
) -> Organisation:
    organisation = Organisation.objects.create(
        name=name,
        stage=stage,
        region=region,
        employees=employees,
        parent_body=parent_body,
        legal_form=legal_form,
    )
    organisation.sectors.set(list(sectors))
    return organisation


@transaction.atomic
def coordinator_create(*, email: str, full_name: str, actor: User | None = None) -> User:
    """A coordinator with a verified address and no password yet; they set one from a link."""
    email = User.objects.normalize_email(email).lower()
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        if existing.role != Role.COORDINATOR:
            raise Conflict(
                f"{email} belongs to a {existing.get_role_display().lower()}; "
                "a mentor or mentee account is never turned into a coordinator."
            )
        raise Conflict(f"{email} is already a coordinator; they can reset their password.")
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
        raise Conflict(f"{email} already has an account.")
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
    # The token exists only in this e-mail; send it once the invitation row is committed.
    transaction.on_commit(
        lambda: get_adapter().send_mail("accounts/email/invitation", email, context)
    )
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
        raise Conflict(f"{invitation.email} already has an account. Sign in instead.") from error
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
