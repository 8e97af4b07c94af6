"""Pages for the guide, the resource library and case studies; coordinators edit through the API."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import ensure_csrf_cookie

from accounts.models import Role, Sector, Stage, User
from frontend.views import role_required
from matching.models import Topic
from resources import guide, uploads
from resources import selectors as sel
from resources.models import CaseStudy, Resource


def _resources_by_id(ids: list[int]) -> list[Resource]:
    found = {r.pk: r for r in Resource.objects.filter(pk__in=ids).prefetch_related("sectors")}
    return [found[i] for i in ids if i in found]


def _areas_of(user: Any) -> dict[str, str]:
    """The service areas of the reader's organisation, slug to name (none when signed out)."""
    if not isinstance(user, User) or user.organisation_id is None:
        return {}
    return dict(
        Sector.objects.filter(organisations=user.organisation_id)
        .order_by("name")
        .values_list("slug", "name")
    )


def _theirs_first(resources: list[Resource], areas: dict[str, str]) -> list[Resource]:
    """Guidance written for the reader's service areas first, then guidance for everyone, then
    guidance written for other areas; each group keeps its order."""
    if not areas:
        return resources

    def group(resource: Resource) -> int:
        slugs = {s.slug for s in resource.sectors.all()}
        return 0 if slugs & areas.keys() else 1 if not slugs else 2

    return sorted(resources, key=group)


def guide_index(request: HttpRequest) -> HttpResponse:
    return render(request, "frontend/guide/index.html", {"nav": "guide", "stages": guide.GUIDE})


@ensure_csrf_cookie
def guide_stage(request: HttpRequest, slug: str) -> HttpResponse:
    stage = guide.BY_SLUG.get(slug)
    if stage is None:
        raise Http404("No such stage.")
    user = request.user
    can_tick = isinstance(user, User) and user.is_mentee and user.organisation_id is not None
    index = guide.GUIDE.index(stage)
    areas = _areas_of(user)
    topics = dict(Topic.objects.values_list("slug", "name"))
    context = {
        "nav": "guide",
        "stage": stage,
        "checklist": [
            {"item": item, "topic_names": [topics.get(t, t) for t in item.topics]}
            for item in stage.checklist
        ],
        "resources": _theirs_first(_resources_by_id(sel.guide_resource_ids()[stage.stage]), areas),
        "areas": areas,
        "previous": guide.GUIDE[index - 1] if index > 0 else None,
        "next": guide.GUIDE[index + 1] if index + 1 < len(guide.GUIDE) else None,
        "can_tick": can_tick,
        "done": set(sel.checklist_done(user.organisation_id))
        if can_tick and isinstance(user, User) and user.organisation_id
        else set(),
    }
    return render(request, "frontend/guide/stage.html", context)


def resource_list(request: HttpRequest) -> HttpResponse:
    """The public library: a GET form, so filters work without script and links can be shared."""
    params = request.GET

    def param(name: str) -> str:
        # PostgreSQL refuses NUL in text: drop it rather than let a crafted link cause a 500.
        return params.get(name, "").replace("\x00", "")[:200]

    stage, topic, kind, q = param("stage"), param("topic"), param("kind"), param("q")
    sector = param("sector")
    topics = list(Topic.objects.order_by("name"))
    sectors = list(Sector.objects.order_by("name"))
    queryset = sel.resource_filter(
        sel.resources_visible_to(None),
        # Compared as text: "²".isdigit() is true, but int() of it fails.
        stage=int(stage) if stage in {str(v) for v in Stage.values} else None,
        topic=topic if topic in {t.slug for t in topics} else None,
        sector=sector if sector in {s.slug for s in sectors} else None,
        kind=kind if kind in Resource.Kind.values else None,
        q=q,
    )
    page = Paginator(queryset, 20).get_page(params.get("page"))
    query = params.copy()
    query.pop("page", None)
    context = {
        "nav": "resources",
        "page": page,
        "query": query.urlencode(),
        "filters": {"stage": stage, "topic": topic, "sector": sector, "kind": kind, "q": q},
        "stages": [(s.value, s.label) for s in Stage],
        "topics": topics,
        "sectors": sectors,
        "kinds": Resource.Kind.choices,
    }
    return render(request, "frontend/resources/list.html", context)


@ensure_csrf_cookie
def resource_detail(request: HttpRequest, pk: int) -> HttpResponse:
    resource = get_object_or_404(sel.resources_visible_to(request.user), pk=pk)
    stages = [Stage(row.stage).label for row in resource.stage_rows.all()]
    file_label = uploads.TYPES[resource.file_type].label if resource.file_type else ""
    # Their own earlier answer, so the page says what they said (None: not answered yet).
    my_useful = sel.useful_answer(resource=resource, user=request.user)
    context = {
        "nav": "resources",
        "resource": resource,
        "stages": stages,
        "file_label": file_label,
        "my_useful": my_useful,
    }
    return render(request, "frontend/resources/detail.html", context)


def resource_download(request: HttpRequest, pk: int) -> FileResponse:
    """The stored file, always as an attachment with its checked type, never shown inline."""
    resource = get_object_or_404(sel.resources_visible_to(request.user), pk=pk)
    if not resource.file or resource.file_type not in uploads.TYPES:
        raise Http404("This resource has no file.")
    response = FileResponse(
        resource.file.open("rb"),
        as_attachment=True,
        filename=resource.file_name or f"resource.{resource.file_type}",
        content_type=uploads.TYPES[resource.file_type].content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@role_required(Role.COORDINATOR)
def coordinator_resources(request: HttpRequest) -> HttpResponse:
    resources = sel.resources_visible_to(request.user).order_by("status", "title")
    return render(
        request,
        "frontend/resources/manage.html",
        {"nav": "coordinator-resources", "resources": resources},
    )


@role_required(Role.COORDINATOR)
def coordinator_resource_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    if pk is not None:
        get_object_or_404(Resource, pk=pk)
    context = {
        "nav": "coordinator-resources",
        "resource_id": pk or "",
        "stages": [(s.value, s.label) for s in Stage],
        "kinds": Resource.Kind.choices,
    }
    return render(request, "frontend/resources/edit.html", context)


def case_study_list(request: HttpRequest) -> HttpResponse:
    studies = sel.case_studies_visible_to(None)
    return render(
        request, "frontend/resources/case_studies.html", {"nav": "resources", "studies": studies}
    )


def case_study_detail(request: HttpRequest, pk: int) -> HttpResponse:
    study = get_object_or_404(sel.case_studies_visible_to(request.user), pk=pk)
    stages = [Stage(s).label for s in study.stages if s in Stage.values]
    return render(
        request,
        "frontend/resources/case_study.html",
        {"nav": "resources", "study": study, "stages": stages},
    )


@role_required(Role.COORDINATOR)
def coordinator_case_studies(request: HttpRequest) -> HttpResponse:
    studies = CaseStudy.objects.order_by("status", "-updated_at")
    return render(
        request,
        "frontend/resources/manage_case_studies.html",
        {"nav": "coordinator-resources", "studies": studies},
    )


@role_required(Role.COORDINATOR)
def coordinator_case_study_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    if pk is not None:
        get_object_or_404(CaseStudy, pk=pk)
    context = {
        "nav": "coordinator-resources",
        "case_study_id": pk or "",
        "stages": [(s.value, s.label) for s in Stage],
        "mentorship": request.GET.get("mentorship", "") if pk is None else "",
    }
    return render(request, "frontend/resources/edit_case_study.html", context)
