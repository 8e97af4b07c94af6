"""Two-factor sign-in: who has enrolled, and the rule that coordinators must before anything else.

Coordinators see every organisation and person in the programme, so a stolen password alone must
not be enough. A signed-in coordinator without an authenticator app is sent to set one up; pages
answer with a redirect, the API with 403 `mfa_required` (api.permissions). Everyone else may
enrol from their account pages.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from allauth.mfa.models import Authenticator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from accounts.models import User

# Pages an un-enrolled coordinator can still reach: enrolment itself, signing out, static files
# and the API (which answers 403 `mfa_required` on its own).
OPEN_PREFIXES = ("/accounts/", "/static/", "/api/", "/privacy/")


def mfa_enrolled(user: User) -> bool:
    """Whether the user has an authenticator app (TOTP); recovery codes alone do not count."""
    cached: bool | None = getattr(user, "_mfa_enrolled", None)
    if cached is None:
        cached = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        user._mfa_enrolled = cached  # type: ignore[attr-defined]
    return cached


def mfa_missing(user: object) -> bool:
    """A signed-in coordinator who has not enrolled yet: the one case that is refused."""
    return isinstance(user, User) and user.is_coordinator and not mfa_enrolled(user)


class CoordinatorMFAMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(OPEN_PREFIXES) and mfa_missing(request.user):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('mfa_activate_totp')}?{query}")
        return self.get_response(request)
