"""allauth adapter: self sign-up never grants more than a mentor or mentee role."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms import BaseForm
from django.http import HttpRequest

from accounts.models import Role, User
from accounts.services import organisation_create, organisation_stage_signup_actor_set
from core.audit import audit_event_record

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
