"""Coordinator pages for the programme as a whole: requests, mentorships, mentors, the pipeline
and reports. Rendered on the server from programme.selectors; filters are plain GET forms, so
every view of a list has its own address that can be bookmarked or shared."""

from __future__ import annotations

from datetime import date
from typing import Any, cast
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accounts import services as account_services
from accounts.models import Organisation, ParentBody, Region, Role, Sector, Stage, User
from enquiries import selectors as enquiry_selectors
from frontend import charts
from frontend.views import role_required
from matching import policies
from matching.models import MentoringRequest, MentorProfile, Mentorship, Proposal, Topic
from programme import selectors

PAGE_SIZE = 25
ANY: list[tuple[Any, str]] = [("", "Any")]


def _sector_choices() -> list[tuple[str, str]]:
    return [(s.slug, s.name) for s in Sector.objects.order_by("name")]


class RequestFilterForm(forms.Form):
    q = forms.CharField(label="Organisation name", required=False, max_length=100)
    status = forms.ChoiceField(
        label="Status", required=False, choices=ANY + list(MentoringRequest.Status.choices)
    )
    stage = forms.TypedChoiceField(
        label="Stage", required=False, coerce=int, empty_value=None, choices=ANY + Stage.choices
    )
    sector = forms.ChoiceField(label="Sector", required=False)
    region = forms.ChoiceField(label="Region", required=False, choices=ANY + Region.choices)
    ordering = forms.ChoiceField(
        label="Sort by",
        required=False,
        choices=[
            ("-created_at", "Newest first"),
            ("created_at", "Oldest first"),
            ("waiting", "Longest waiting"),
        ],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["sector"]).choices = ANY + _sector_choices()


ATTENTION_CHOICES = [("any", "Any flag"), *selectors.ATTENTION_LABELS.items()]


class MentorshipFilterForm(forms.Form):
    q = forms.CharField(label="Organisation or mentor", required=False, max_length=100)
    status = forms.ChoiceField(
        label="Status", required=False, choices=ANY + list(Mentorship.Status.choices)
    )
    attention = forms.ChoiceField(
        label="Needs attention", required=False, choices=ANY + ATTENTION_CHOICES
    )


class MentorFilterForm(forms.Form):
    q = forms.CharField(label="Name, e-mail or organisation", required=False, max_length=100)
    availability = forms.ChoiceField(
        label="Places",
        required=False,
        choices=ANY + list(selectors.MENTOR_AVAILABILITY.items()),
    )
    sector = forms.ChoiceField(label="Sector", required=False)
    topic = forms.ChoiceField(label="Expertise", required=False)
    ordering = forms.ChoiceField(
        label="Sort by", required=False, choices=list(selectors.MENTOR_ORDERINGS.items())
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["sector"]).choices = ANY + _sector_choices()
        topics = [(t.slug, t.name) for t in Topic.objects.order_by("name")]
        cast(forms.ChoiceField, self.fields["topic"]).choices = ANY + topics


class PipelineFilterForm(forms.Form):
    priority = forms.NullBooleanField(
        label="Priority service areas",
        required=False,
        widget=forms.Select(
            choices=[
                ("", "All service areas"),
                ("true", "Priority areas only"),
                ("false", "Other areas only"),
            ]
        ),
    )
    sector = forms.ChoiceField(label="Sector", required=False)
    region = forms.ChoiceField(label="Region", required=False, choices=ANY + Region.choices)
    parent_body = forms.ChoiceField(
        label="Spun out of", required=False, choices=ANY + ParentBody.choices
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["sector"]).choices = ANY + _sector_choices()


class ReportPeriodForm(forms.Form):
    start = forms.DateField(label="From", required=False, widget=forms.DateInput({"type": "date"}))
    end = forms.DateField(label="To", required=False, widget=forms.DateInput({"type": "date"}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        period = selectors.chosen_period(start, end)  # the API's rule for dates left out
        if period.start > timezone.localdate():
            if start:
                self.add_error(
                    "start", "The first day is after today; choose a period that has begun."
                )
            else:  # a last day alone reports from the first of its month
                self.add_error(
                    "end",
                    "The month of this last day has not begun yet; choose a period that has begun.",
                )
        elif period.start > period.end:
            self.add_error("end", "The last day must be on or after the first day.")
        else:
            data["period"] = period
        return data


def _cleaned(form: forms.Form) -> dict[str, Any]:
    """Valid filters only: a bad value is shown beside its field and otherwise ignored."""
    form.is_valid()
    return {k: v for k, v in getattr(form, "cleaned_data", {}).items() if v not in ("", None)}


def _page(request: HttpRequest, items: Any) -> tuple[Page[Any], str]:
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    # Links to other pages keep the filters.
    keep = urlencode([(k, v) for k, v in request.GET.items() if k != "page"])
    return page, keep


# --- requests ---------------------------------------------------------------------------------
@role_required(Role.COORDINATOR)
def requests_list(request: HttpRequest) -> HttpResponse:
    form = RequestFilterForm(request.GET or None)
    filters = _cleaned(form)
    qs = selectors.requests_filtered(
        MentoringRequest.objects.select_related("organisation").prefetch_related(
            "organisation__sectors"
        ),
        **filters,
    )
    page, keep = _page(request, qs)
    context = {"nav": "requests", "form": form, "page": page, "keep": keep, "now": timezone.now()}
    return render(request, "frontend/programme/requests.html", context)


def _organisation_context(organisation: Organisation) -> dict[str, Any]:
    return {
        "organisation": organisation,
        "history": selectors.organisation_stage_history(organisation=organisation),
    }


@role_required(Role.COORDINATOR)
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(
        MentoringRequest.objects.select_related("organisation", "created_by").prefetch_related(
            "needs", "organisation__sectors"
        ),
        pk=pk,
    )
    proposals = (
        Proposal.objects.filter(request=item)
        .select_related("mentor__user")
        .order_by("-score", "rank", "id")
    )
    mentorships = Mentorship.objects.filter(request=item).select_related("mentor__user")
    context = {
        "nav": "requests",
        "item": item,
        "proposals": proposals,
        "mentorships": mentorships,
        "timeline": selectors.request_timeline(request=item),
        **_organisation_context(item.organisation),
    }
    return render(request, "frontend/programme/request.html", context)


@role_required(Role.COORDINATOR)
def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.prefetch_related("sectors", "members"), pk=pk
    )
    requests = MentoringRequest.objects.filter(organisation=organisation).order_by("-created_at")
    context = {"nav": "pipeline", "requests": requests, **_organisation_context(organisation)}
    return render(request, "frontend/programme/organisation.html", context)


# --- mentorships ------------------------------------------------------------------------------
def _mentorships() -> Any:
    return selectors.mentorships_with_progress(
        Mentorship.objects.select_related("mentor__user", "request__organisation"),
        include_concerns=True,
    )


@role_required(Role.COORDINATOR)
def mentorships_list(request: HttpRequest) -> HttpResponse:
    form = MentorshipFilterForm(request.GET or None)
    qs = selectors.mentorships_filtered(_mentorships(), **_cleaned(form)).order_by(
        "-started_at", "-id"
    )
    page, keep = _page(request, qs)
    for mentorship in page:
        mentorship.attention = [
            selectors.ATTENTION_LABELS[f] for f in selectors.attention_of(mentorship)
        ]
    context = {"nav": "mentorships", "form": form, "page": page, "keep": keep}
    return render(request, "frontend/programme/mentorships.html", context)


@role_required(Role.COORDINATOR)
def mentorship_detail(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = get_object_or_404(_mentorships(), pk=pk)
    context = {
        "nav": "mentorships",
        "mentorship": mentorship,
        "attention": [selectors.ATTENTION_LABELS[f] for f in selectors.attention_of(mentorship)],
        "meetings": mentorship.meetings.order_by("-held_on", "-id"),
        "goals": mentorship.goals.all(),
        "feedback": mentorship.feedback.select_related("author"),
        "live": mentorship.status in Mentorship.LIVE_STATUSES,
        # "Concern raised" in the attention note leads to the concerns themselves.
        "concerns": enquiry_selectors.concerns_about(mentorship_id=mentorship.pk),
    }
    return render(request, "frontend/programme/mentorship.html", context)


# --- mentors ----------------------------------------------------------------------------------
@role_required(Role.COORDINATOR)
def mentors_list(request: HttpRequest) -> HttpResponse:
    """Every active mentor with their load against capacity, fullest first by default."""
    user = request.user
    assert isinstance(user, User)
    form = MentorFilterForm(request.GET or None)
    visible = policies.mentors_visible_to(user).filter(user__is_active=True)
    page, keep = _page(request, selectors.mentors_filtered(visible, **_cleaned(form)))
    context = {"nav": "mentors", "form": form, "page": page, "keep": keep}
    return render(request, "frontend/programme/mentors.html", context)


@role_required(Role.COORDINATOR)
def mentor_detail(request: HttpRequest, pk: int) -> HttpResponse:
    mentor = get_object_or_404(
        MentorProfile.objects.select_related("user__organisation").prefetch_related(
            "expertise", "sectors"
        ),
        pk=pk,
    )
    history = selectors.mentor_history(mentor=mentor)
    context = {
        "nav": "mentors",
        "mentor": mentor,
        "summary": selectors.mentor_summary(mentor=mentor),
        **history,
    }
    return render(request, "frontend/programme/mentor.html", context)


# --- pipeline ---------------------------------------------------------------------------------
@role_required(Role.COORDINATOR)
def pipeline(request: HttpRequest) -> HttpResponse:
    form = PipelineFilterForm(request.GET or None)
    filters = selectors.PipelineFilters(**_cleaned(form))
    data = selectors.pipeline(filters, organisations=False)
    qs = selectors.pipeline_organisations(filters)
    page, keep = _page(request, selectors.pipeline_ordered(qs))
    rows = selectors.pipeline_rows(cast(QuerySet[Organisation], page.object_list))
    labels = {s.value: s.label for s in Stage}
    sectors = dict(_sector_choices())
    # The stage x sector table: one row per sector that has anyone, one column per stage.
    stages = [row["stage"] for row in data["by_stage"]]
    grid: dict[str, dict[int, int]] = {}
    for cell in data["by_stage_sector"]:
        grid.setdefault(cell["sector"], {})[cell["stage"]] = cell["count"]
    stage_sector = [
        {"sector": sectors.get(slug, slug), "counts": [grid[slug].get(s, 0) for s in stages]}
        for slug in sorted(grid, key=lambda slug: sectors.get(slug, slug))
    ]
    regions = dict(Region.choices)
    for row in rows:
        row["region_label"] = regions.get(row["region"], "Not given")
    funnel_alt = "Organisations by stage: " + "; ".join(
        f"{row['label']}: {row['count']}" for row in data["by_stage"]
    )
    csv_query = urlencode(
        [("format", "csv")] + [(k, v) for k, v in request.GET.items() if v and k in form.fields]
    )
    context = {
        "nav": "pipeline",
        "form": form,
        "data": data,
        "rows": rows,
        "page": page,
        "keep": keep,
        "stages": [(s, labels[s]) for s in stages],
        "stage_labels": labels,
        "stage_sector": stage_sector,
        "regions": [
            {"name": regions.get(row["region"], "Not given"), "count": row["count"]}
            for row in data["by_region"]
        ],
        "moved": selectors.pipeline_moved(filters)[:50],
        "funnel": charts.funnel(
            [f"Stage {r['stage']}" for r in data["by_stage"]],
            [r["count"] for r in data["by_stage"]],
            funnel_alt,
        ),
        "csv_query": csv_query,
    }
    return render(request, "frontend/programme/pipeline.html", context)


class PriorityForm(forms.Form):
    priority = forms.MultipleChoiceField(
        label="Priority service areas",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="The programme's funder asks for these to be reported on their own.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["priority"]).choices = _sector_choices()


@role_required(Role.COORDINATOR)
def priorities(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    if request.method == "POST":
        form = PriorityForm(request.POST)
        if form.is_valid():
            account_services.sector_priorities_set(
                actor=user, priority_slugs=form.cleaned_data["priority"]
            )
            messages.success(request, "The priority service areas are saved.")
            return redirect("coordinator-pipeline")
    else:
        current = list(Sector.objects.filter(priority=True).values_list("slug", flat=True))
        form = PriorityForm(initial={"priority": current})
    return render(request, "frontend/programme/priorities.html", {"nav": "pipeline", "form": form})


# --- reports ----------------------------------------------------------------------------------
def _format_month(month: str) -> str:
    year, number = month.split("-")
    return date(int(year), int(number), 1).strftime("%b %Y")


@role_required(Role.COORDINATOR)
def reports(request: HttpRequest) -> HttpResponse:
    form = ReportPeriodForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        # No figures beside an error: they would be for a period nobody asked for.
        context = {"nav": "reports", "form": form}
        return render(request, "frontend/programme/reports.html", context)
    period = form.cleaned_data["period"] if form.is_bound else selectors.default_period()
    start, end = period.start, period.end
    data = selectors.report(period)
    today = timezone.localdate()
    # The months still to come have nothing in them yet, and a last day years ahead would draw
    # thousands of empty months: the chart and the table stop at this month, as the page says.
    # (The API and its CSV keep every month of the period.)
    monthly = [m for m in data["monthly"] if m["month"] <= f"{today:%Y-%m}"]
    months = [_format_month(m["month"]) for m in monthly]
    series = {
        "Requests received": [m["requests"] for m in monthly],
        "Matches confirmed": [m["matches"] for m in monthly],
        "Mentorships completed": [m["completed"] for m in monthly],
    }
    alt = (
        f"Monthly requests, matches and completions from {months[0]} to {months[-1]}; "
        "the figures are in the table below."
    )
    query = urlencode({"from": start.isoformat(), "to": end.isoformat()})
    context = {
        "nav": "reports",
        "form": form,
        "period": period,
        "data": data,
        "trend": charts.trend(months, series, alt),
        "monthly": list(zip(months, monthly, strict=True)),
        "query": query,
        "unfinished": end > today,
        "tables": [
            ("by_sector", "By sector", data["by_sector"]),
            ("by_stage", "By stage", data["by_stage"]),
            ("by_region", "By region", data["by_region"]),
        ],
    }
    return render(request, "frontend/programme/reports.html", context)
