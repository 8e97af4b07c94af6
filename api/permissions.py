"""Role gates for whole endpoints; per-object rules live in matching.visibility and the services."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from accounts.models import User


class IsCoordinator(BasePermission):
    message = "Only coordinators can use this endpoint."

    def has_permission(self, request: Request, view: Any) -> bool:
        return isinstance(request.user, User) and request.user.is_coordinator
