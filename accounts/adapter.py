"""allauth adapter: self sign-up never grants more than a mentor or mentee role; login limits."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal import ratelimit
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms import BaseForm
from django.http import HttpRequest

from accounts.models import Role, User
from accounts.services import organisation_create, organisation_stage_signup_actor_set
from core.audit import audit_event_record
from core.net import client_ip

SIGNUP_ROLES = frozenset({Role.MENTOR, Role.MENTEE})


class AccountAdapter(DefaultAccountAdapter):
    def save_user(
        self, request: HttpRequest, user: Any, form: BaseForm, commit: bool = True
    ) -> User:
        data = form.cleaned_data
        role = data.get("role")
        # The form already offers only these two; this guards any other form or caller.
        if role not in SIGNUP_ROLES:
            raise PermissionDenied("Self sign-up is for mentors and fledgling mutuals only.")
        saved: User = super().save_user(request, user, form, commit=False)
        saved.full_name = data["full_name"]
        saved.role = role
        saved.is_staff = False
        saved.is_superuser = False
        with transaction.atomic():
            saved.organisation = organisation_create(
                name=data["organisation_name"],
                sectors=data["sectors"],
                stage=data["stage"],
                region=data["region"],
                employees=data["employees"],
                parent_body=data["parent_body"],
                legal_form=data.get("legal_form", ""),
            )
            if commit:
                saved.save()
                organisation_stage_signup_actor_set(organisation=saved.organisation, user=saved)
                audit_event_record(actor=saved, verb="user.signed_up", target=saved, to_status=role)
        return saved

    def get_client_ip(self, request: HttpRequest) -> str:
        # One reading of the address for every limit: X-Forwarded-For only from our proxies.
        return client_ip(request)

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        # Failures count per account *at this address*: guessing from elsewhere cannot lock the
        # owner out (accounts.signin explains the account-wide limit).
        login = str(credentials.get("email", "")).lower()
        return f"{login}@{client_ip(request)}"

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        super().pre_authenticate(request, **credentials)
        login = str(credentials.get("email", "")).lower()
        action = "login_failed_account"
        usage = ratelimit.consume(
            request,
            app="allauth.account",
            action=action,
            config={action: settings.LOGIN_FAILED_ACCOUNT_RATE},
            key=login,
        )
        if usage is None:
            if _has_authenticator(login):
                return  # the password alone is not enough for this account anyway
            self._rollback_login_failed_rl_usage()
            raise self.validation_error("too_many_login_attempts")
        # A right password gives back every count this attempt took (allauth rolls this back).
        own = getattr(self, "_login_failed_rl_usage", None)
        if own is not None:
            own.usage.extend(usage.usage)


def _has_authenticator(email: str) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(
        user__email__iexact=email, type=Authenticator.Type.TOTP
    ).exists()
