"""Gates for endpoints and actions; the rules themselves live in matching.policies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
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


Rule = Callable[..., bool]


class ActionPolicy(BasePermission):
    """Asks matching.policies before a write reads its body, so the wrong person hears 403 first.

    A viewset lists, per action, `view_rules` (`rule(user)`) and `object_rules`
    (`rule(user, obj)`), each with the message a refused person reads. Rules run before the
    body is read: on a collection at once, on one object once `get_object()` has found it.
    Only writes are gated here: who may read is decided by the `*_visible_to` querysets (404).
    Services check the same rules again.
    """

    message = "You may not do this."

    def has_permission(self, request: Request, view: Any) -> bool:
        # On one object, visibility comes first: an object you cannot see is a 404, not a 403.
        if getattr(view, "detail", False):
            return True
        return self._check_user(request, view)

    def _check_user(self, request: Request, view: Any) -> bool:
        rule = self._rule(request, view, "view_rules")
        if rule is None or not isinstance(request.user, User):
            return True
        allowed, self.message = rule[0](request.user), rule[1]
        return bool(allowed)

    def has_object_permission(self, request: Request, view: Any, obj: Any) -> bool:
        if not self._check_user(request, view):
            return False
        rule = self._rule(request, view, "object_rules")
        if rule is None or not isinstance(request.user, User):
            return True
        allowed, self.message = rule[0](request.user, obj), rule[1]
        return bool(allowed)

    @staticmethod
    def _rule(request: Request, view: Any, kind: str) -> tuple[Rule, str] | None:
        if request.method in SAFE_METHODS:
            return None
        rules: dict[str, tuple[Rule, str]] = getattr(view, kind, {})
        return rules.get(getattr(view, "action", None) or "")
