"""The person's own account: how they sign in (allauth's pages), download their data, or close
the account (both through the API)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import ensure_csrf_cookie

from accounts.models import User
from matching.services.erasure import erasure_preview


@login_required
@ensure_csrf_cookie
def account(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    context = {
        "nav": "account",
        "role_label": user.get_role_display(),
        "organisation": user.organisation,
        "effects": erasure_preview(user=user),
    }
    return render(request, "frontend/account/account.html", context)


def account_closed(request: HttpRequest) -> HttpResponse:
    """Where the page lands once the account is closed (and the session with it)."""
    if request.user.is_authenticated:
        return redirect("account")
    return render(request, "frontend/account/closed.html")
