"""The admin signs in through the site's login: one form, one set of limits, two-step sign-in."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def admin_login(request: HttpRequest, extra_context: Any = None) -> HttpResponse:
    """Replaces `admin.site.login`: sends people to the web login, which then returns here."""
    if request.user.is_authenticated:
        # Signed in but not staff: the admin is not for them (and a redirect would loop).
        raise PermissionDenied("The admin is for programme staff.")
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = ""
    return redirect_to_login(target or reverse("admin:index"), login_url=reverse("account_login"))
