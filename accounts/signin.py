"""Signing in with a password (and a code once two-step sign-in is on), with brute-force limits.

One mechanism guards every way in: allauth's rate limits. The web login, the admin (which sends
people to the web login) and the API token endpoint all pass through `AccountAdapter.
pre_authenticate`, which counts failures per address and per account *at that address*, so a
stranger elsewhere cannot lock a person out. Failures for one account from all addresses have a
higher limit; past it only a person with an authenticator app gets in, since their password is
still not enough without the code.
"""

from __future__ import annotations

from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django import forms
from django.contrib.auth import authenticate
from django.http import HttpRequest

from accounts.mfa import mfa_missing
from accounts.models import User

LOCKOUT_SECONDS = 5 * 60


@dataclass
class SignInRefused(Exception):
    """Why a sign-in failed: `field` is the input to blame (None for the whole request)."""

    code: str
    message: str
    field: str | None = None
    status: int = 400
    retry_after: int | None = None


def _code_valid(user: User, code: str) -> bool:
    """An authenticator app code, or one of the unused recovery codes (each works once)."""
    code = code.strip().replace(" ", "")
    for authenticator in Authenticator.objects.filter(user=user):
        if authenticator.type == Authenticator.Type.TOTP:
            valid = TOTP(authenticator).validate_code(code)
        elif authenticator.type == Authenticator.Type.RECOVERY_CODES:
            valid = RecoveryCodes(authenticator).validate_code(code)
        else:
            continue
        if valid:
            authenticator.record_usage()
            return True
    return False


def has_authenticator(user: User) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def password_sign_in(*, request: HttpRequest, email: str, password: str, code: str = "") -> User:
    """The user these credentials belong to, or SignInRefused; every failure is counted."""
    adapter = get_adapter(request)
    try:
        adapter.pre_authenticate(request, email=email, password=password)
    except forms.ValidationError as exc:
        raise SignInRefused(
            "too_many_attempts",
            "Too many failed sign-in attempts. Wait a few minutes, then try again.",
            status=429,
            retry_after=LOCKOUT_SECONDS,
        ) from exc
    user = authenticate(request, email=email, password=password)
    if not isinstance(user, User) or not user.is_active:
        raise SignInRefused(
            "invalid_credentials", "Unable to sign in with this e-mail and password.", "password"
        )
    if has_authenticator(user):
        if not code:
            raise SignInRefused(
                "mfa_code_required",
                "Enter the 6-digit code from your authenticator app, or a recovery code.",
                "code",
            )
        if not _code_valid(user, code):
            raise SignInRefused(
                "mfa_code_invalid", "This code is wrong or has been used already.", "code"
            )
    # The secret is right: this attempt no longer counts against the person.
    adapter._rollback_login_failed_rl_usage()
    if not EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True):
        raise SignInRefused(
            "email_not_verified",
            "Verify this e-mail address first (see the link we sent you).",
            "email",
        )
    if mfa_missing(user):
        raise SignInRefused(
            "mfa_required",
            "Coordinators must set up two-step sign-in on the website before using the API.",
            status=403,
        )
    return user
