"""Account pages of our own: a coordinator invites coordinators, and the invitee accepts."""

from __future__ import annotations

from allauth.account.internal.flows.login import record_authentication
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from accounts import services
from accounts.forms import InvitationAcceptForm, InvitationForm
from accounts.models import Invitation, User
from core.errors import Conflict


def _coordinator(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User) or not user.is_coordinator:
        raise PermissionDenied("Only coordinators can invite coordinators.")
    return user


@login_required
def invitations(request: HttpRequest) -> HttpResponse:
    coordinator = _coordinator(request)
    form = InvitationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                invitation = services.invitation_send(
                    invited_by=coordinator,
                    email=form.cleaned_data["email"],
                    site_url=request.build_absolute_uri("/"),
                )
            except Conflict as error:
                form.add_error("email", error.message)
            else:
                messages.success(request, f"Invitation sent to {invitation.email}.")
                return redirect("coordinator-invitations")
        status = 400
    recent = Invitation.objects.select_related("invited_by", "user")[:50]
    return render(
        request,
        "accounts/invitations.html",
        {"form": form, "invitations": recent, "nav": "invitations"},
        status=status,
    )


@never_cache
@sensitive_post_parameters("password1", "password2")
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = services.invitation_get_usable(token)
    except Invitation.DoesNotExist as error:
        raise Http404("No such invitation.") from error
    except Conflict as error:
        return _invitation_unusable(request, error)
    form = InvitationAcceptForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.invitation_accept(
                token=token,
                full_name=form.cleaned_data["full_name"],
                password=form.cleaned_data["password1"],
            )
        except Conflict as error:
            return _invitation_unusable(request, error)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        # They typed their new password a moment ago: allauth counts that as a fresh sign-in,
        # so the two-step setup that follows does not ask for the password again.
        record_authentication(
            request, user, method="password", email=user.email, reauthenticated=True
        )
        messages.success(request, "Welcome: you are now a coordinator.")
        return redirect("home")
    return render(
        request,
        "accounts/invitation_accept.html",
        {"form": form, "invitation": invitation},
        status=400 if form.errors else 200,
    )


def _invitation_unusable(request: HttpRequest, error: Conflict) -> HttpResponse:
    # 410 Gone: the link was real once, and will never work again.
    return render(
        request, "accounts/invitation_unusable.html", {"message": error.message}, status=410
    )
