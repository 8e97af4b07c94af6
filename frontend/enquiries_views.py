"""Pages for contacting the programme and for the coordinators' inbox (both talk to the API)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import ensure_csrf_cookie

from accounts.models import Role, User
from enquiries.models import PUBLIC_KINDS, Enquiry
from frontend.views import role_required


@ensure_csrf_cookie
def contact(request: HttpRequest) -> HttpResponse:
    user = request.user
    prefill = {}
    if isinstance(user, User):
        prefill = {
            "name": user.full_name,
            "email": user.email,
            "organisation_name": user.organisation.name if user.organisation else "",
        }
    kind = request.GET.get("kind", "")
    context = {
        "nav": "contact",
        "kinds": PUBLIC_KINDS,
        "prefill": prefill,
        "kind": kind if kind in dict(PUBLIC_KINDS) else "",
    }
    return render(request, "frontend/enquiries/contact.html", context)


@role_required(Role.COORDINATOR)
def inbox(request: HttpRequest) -> HttpResponse:
    context = {
        "nav": "inbox",
        "statuses": Enquiry.Status.choices,
        "kinds": Enquiry.Kind.choices,
    }
    return render(request, "frontend/enquiries/inbox.html", context)


@role_required(Role.COORDINATOR)
def enquiry_detail(request: HttpRequest, pk: int) -> HttpResponse:
    enquiry = get_object_or_404(Enquiry, pk=pk)
    context = {
        "nav": "inbox",
        "enquiry_id": enquiry.pk,
        "statuses": Enquiry.Status.choices,
        "invitable": enquiry.kind in Enquiry.INVITABLE,
    }
    return render(request, "frontend/enquiries/detail.html", context)
