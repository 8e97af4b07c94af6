"""Development only: the e-mails this machine has sent, as kept by core.mail.DevMailBackend.

`make run` prints one line per e-mail; these pages show the messages themselves. They exist
only with DEBUG on (a 404 otherwise), and only for coordinators and staff, because a message
can hold someone's one-time sign-in or password link.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import dateformat
from django.utils.timezone import localtime

from accounts.models import User
from core.mail import kept_mail, kept_message, mail_dir

View = Callable[..., HttpResponse]


def development_only(view: View) -> View:
    """404 unless DEBUG is on (checked first, so production does not even ask for a login),
    then sign-in, then coordinators or staff only."""

    @login_required
    def allowed(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not (isinstance(user, User) and (user.is_coordinator or user.is_staff)):
            raise PermissionDenied("Only coordinators and staff can read the development mail.")
        return view(request, *args, **kwargs)

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.DEBUG:
            raise Http404("Development only.")
        return allowed(request, *args, **kwargs)

    return wrapped


@development_only
def mail_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "frontend/devmail/list.html",
        {"messages_kept": kept_mail(), "folder": mail_dir(), "nav": "dev-mail"},
    )


@development_only
def mail_detail(request: HttpRequest, name: str) -> HttpResponse:
    message = kept_message(name)
    if message is None:
        raise Http404("No such message.")
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    date = message.get("Date")
    sent = getattr(date, "datetime", None)
    if sent is not None and sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)  # Django writes "-0000": UTC, which parses as naive
    context = {
        "name": name,
        "headers": [
            *((h, str(message.get(h, ""))) for h in ("From", "To", "Subject")),
            # UK style, in the site's time zone, rather than the header's RFC 5322 form.
            ("Sent", dateformat.format(localtime(sent), "j F Y, H:i") if sent else str(date or "")),
        ],
        "text": text.get_content() if text is not None else "",
        "has_html": html is not None,
    }
    return render(request, "frontend/devmail/detail.html", context)


@development_only
def mail_raw(request: HttpRequest, name: str) -> HttpResponse:
    message = kept_message(name)
    if message is None:
        raise Http404("No such message.")
    response = HttpResponse(message.as_bytes(), content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
