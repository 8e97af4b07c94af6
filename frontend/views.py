"""Page views: each renders a shell whose dynamic parts talk to the REST API."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import ensure_csrf_cookie

from accounts.models import (
    MENTEE_STAGES,
    MENTOR_STAGES,
    LegalForm,
    ParentBody,
    Region,
    Role,
    Stage,
    User,
)
from enquiries import selectors as enquiry_selectors
from matching import policies
from matching.models import MentoringRequest, MentorProfile, PreferredFormat, Topic
from resources import selectors as resource_selectors

View = Callable[..., HttpResponse]

RATINGS = [(1, "Poor"), (2, "Fair"), (3, "Good"), (4, "Very good"), (5, "Excellent")]


def role_required(*roles: str) -> Callable[[View], View]:
    """Refuses people of another role on the server, whatever the page's script would do."""

    def decorator(view: View) -> View:
        @wraps(view)
        @login_required
        @ensure_csrf_cookie
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            assert isinstance(user, User)
            if user.role not in roles:
                raise PermissionDenied("This page is not for your role.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def onboarding_done(user: User) -> bool:
    """Whether someone has done the steps without which matching has nothing to work on."""
    if user.is_mentor:
        return MentorProfile.objects.filter(user=user, expertise__isnull=False).exists()
    if user.is_mentee:
        return (
            user.organisation_id is not None
            and MentoringRequest.objects.filter(organisation_id=user.organisation_id).exists()
        )
    return True


LANDING_CASE_STUDIES = 3


def home(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    # The newest published case studies: what mentoring led to, told by the mutuals themselves.
    stories = resource_selectors.case_studies_visible_to(request.user).order_by(
        "-published_at", "-id"
    )[:LANDING_CASE_STUDIES]
    return render(request, "frontend/home.html", {"case_studies": stories})


@role_required(Role.MENTOR, Role.MENTEE)
def onboarding(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    template = (
        "frontend/onboarding_mentor.html" if user.is_mentor else "frontend/onboarding_mentee.html"
    )
    context = {
        "nav": "onboarding",
        "first_time": not onboarding_done(user),
        # Fixed vocabularies from code; sectors and topics come from the taxonomy API.
        # Only the stages organisation_update accepts for the role: a mentor's mutual is at 5
        # or 6, a fledgling mutual at 1 to 5.
        "stages": [
            (v, label)
            for v, label in Stage.choices
            if v in (MENTOR_STAGES if user.is_mentor else MENTEE_STAGES)
        ],
        "regions": Region.choices,
        "parent_bodies": ParentBody.choices,
        "legal_forms": LegalForm.choices,
        "formats": PreferredFormat.choices,
    }
    return render(request, template, context)


@login_required
@ensure_csrf_cookie
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    if not onboarding_done(user):
        return redirect("onboarding")
    template = {
        Role.MENTOR: "frontend/dashboard_mentor.html",
        Role.MENTEE: "frontend/dashboard_mentee.html",
        Role.COORDINATOR: "frontend/dashboard_coordinator.html",
    }[Role(user.role)]
    context: dict[str, Any] = {"nav": "dashboard"}
    if user.is_mentee:
        context["signposts"] = _mentee_signposts(user)
    if user.is_mentor or user.is_mentee:
        context["consent_wanted"] = list(
            resource_selectors.case_studies_awaiting_consent(user).order_by("created_at")
        )
    return render(request, template, context)


def _mentee_signposts(user: User) -> list[resource_selectors.Signpost]:
    """Guidance for the organisation's stage and the needs of all its live requests, ranked once.
    With no live request (none yet, or the last one completed) the stage alone still signposts:
    the guide and its checklist go on.

    Rendered with the page: asking the API per request cost the dashboard one call per request.
    """
    organisation = user.organisation
    if organisation is None:
        return []
    live = (MentoringRequest.Status.OPEN, MentoringRequest.Status.MATCHED)
    needs = Topic.objects.filter(
        requests__organisation=organisation, requests__status__in=live
    ).values_list("slug", flat=True)
    slugs = list(needs.distinct())
    return resource_selectors.signposts(
        stage=organisation.stage,
        topic_slugs=slugs,
        sector_slugs=organisation.sectors.values_list("slug", flat=True),
    )


@role_required(Role.COORDINATOR)
def coordinator_queue(request: HttpRequest) -> HttpResponse:
    return render(request, "frontend/queue.html", {"nav": "queue"})


@login_required
@ensure_csrf_cookie
def mentorship(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    # Outsiders get 404 rather than 403, so they cannot tell which mentorships exist.
    found = policies.visible_or_404(
        policies.mentorships_visible_to(user).select_related("request__organisation"), pk
    )
    # Rendered with the page, so loading it asks the API only for what the script keeps fresh;
    # the consent section (and its call) appears only when a case study is about this pair.
    context = {
        "mentorship_id": pk,
        # Coordinators come from the mentorships list; the two sides from their dashboard.
        "nav": "mentorships" if user.is_coordinator else "dashboard",
        "ratings": RATINGS,
        "signposts": resource_selectors.signposts_for_mentorship(found),
        "concerns": enquiry_selectors.concerns_raised_by(user=user, mentorship_id=found.pk),
        "has_case_study": (user.is_mentor or user.is_mentee)
        and resource_selectors.case_studies_visible_to(user).filter(mentorship=found).exists(),
    }
    return render(request, "frontend/mentorship.html", context)
