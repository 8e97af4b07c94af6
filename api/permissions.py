"""Role gates for whole endpoints; per-object rules live in matching.visibility and the services."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from accounts.mfa import mfa_missing
from accounts.models import User

MFA_REQUIRED = "Set up two-step sign-in (an authenticator app) before using this account."


class MFAEnrolled(BasePermission):
    """A coordinator without two-step sign-in gets nothing but 403 `mfa_required`."""

    message = MFA_REQUIRED
    code = "mfa_required"

    def has_permission(self, request: Request, view: Any) -> bool:
        return not mfa_missing(request.user)


class IsCoordinator(BasePermission):
    message = "Only coordinators can use this endpoint."

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (isinstance(request.user, User) and request.user.is_coordinator):
            return False
        if mfa_missing(request.user):
            self.message, self.code = MFA_REQUIRED, "mfa_required"
            return False
        return True
