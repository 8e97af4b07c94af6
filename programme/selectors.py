"""Read-only views of the whole programme: pipeline, reports, stage history and list annotations.

Every figure is aggregated in the database, one grouped query per table, so the number of
queries does not grow with the size of the programme.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.models import (
    Aggregate,
    Avg,
    Case,
    Count,
    DateField,
    DateTimeField,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber, TruncDate, TruncMonth
from django.utils import timezone

from accounts.models import (
    MENTEE_STAGES,
    Organisation,
    OrganisationStageChange,
    Region,
    Role,
    Sector,
    Stage,
    User,
)
from core.models import AuditEvent
from matching.models import (
    Feedback,
    Goal,
    Meeting,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Proposal,
)

ATTENTION_FLAGS = ("no_recent_meeting", "long_pause", "ended_early", "concern_raised")
ATTENTION_LABELS = {
    "no_recent_meeting": "No recent meeting",
    "long_pause": "Paused for a long time",
    "ended_early": "Ended early",
    "concern_raised": "Concern raised",
}
MOVED_WINDOW = timedelta(days=90)


# --- stage history ----------------------------------------------------------------------------
def organisation_stage_history(*, organisation: Organisation) -> QuerySet[OrganisationStageChange]:
    """Newest first, with the actor loaded in the same query."""
    return OrganisationStageChange.objects.filter(organisation=organisation).select_related("actor")


# --- pipeline ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PipelineFilters:
    sector: str | None = None
    region: str | None = None
    parent_body: str | None = None
    priority: bool | None = None


def pipeline_organisations(filters: PipelineFilters = PipelineFilters()) -> QuerySet[Organisation]:
    """Emerging mutuals: stage 1-5 with at least one mentee, narrowed by the filters."""
    has_mentee = Exists(User.objects.filter(organisation=OuterRef("pk"), role=Role.MENTEE))
    qs = Organisation.objects.filter(has_mentee, stage__in=sorted(MENTEE_STAGES))
    through = Organisation.sectors.through
    if filters.sector:
        qs = qs.filter(
            Exists(through.objects.filter(organisation=OuterRef("pk"), sector__slug=filters.sector))
        )
    if filters.region:
        qs = qs.filter(region=filters.region)
    if filters.parent_body:
        qs = qs.filter(parent_body=filters.parent_body)
    if filters.priority is not None:
        in_priority = Exists(
            through.objects.filter(organisation=OuterRef("pk"), sector__priority=True)
        )
        qs = qs.filter(in_priority if filters.priority else ~in_priority)
    return qs


def _newest_per_organisation(qs: QuerySet[Any], organisation: str, *order: str) -> QuerySet[Any]:
    """The newest row per organisation, by a window function: one sorted scan of the table
    instead of one correlated subquery per organisation. Unordered: the rows go into a dict,
    and the model's default order would add a sort of every row after the window's own."""
    return (
        qs.order_by()
        .annotate(
            organisation_key=F(organisation),
            newest=Window(
                RowNumber(),
                partition_by=[F(organisation)],
                order_by=[
                    F(name[1:]).desc() if name.startswith("-") else F(name) for name in order
                ],
            ),
        )
        .filter(newest=1)
    )


def pipeline_rows(qs: QuerySet[Organisation]) -> list[dict[str, Any]]:
    """One row per organisation of `qs` (in its order), with its latest request and mentorship
    status and the day it entered its current stage. Five queries whatever the number of rows."""
    rows: list[dict[str, Any]] = [
        dict(row) for row in qs.values("id", "name", "stage", "region", "parent_body", "employees")
    ]
    # A subquery, not a list of ids: thousands of bound parameters cost more than the join.
    ids = qs.values("pk")
    requests = {
        key: (pk, status)
        for key, pk, status in _newest_per_organisation(
            MentoringRequest.objects.filter(organisation_id__in=ids),
            "organisation_id",
            "-created_at",
            "-id",
        ).values_list("organisation_key", "pk", "status")
    }
    mentorships = dict(
        _newest_per_organisation(
            Mentorship.objects.filter(request__organisation_id__in=ids),
            "request__organisation_id",
            "-started_at",
            "-id",
        ).values_list("organisation_key", "status")
    )
    entered = dict(
        OrganisationStageChange.objects.filter(
            organisation_id__in=ids, stage=F("organisation__stage")
        )
        .order_by()
        .values_list("organisation_id")
        # The calendar day in the programme's time zone, worked out by the database.
        .annotate(on=TruncDate(Max("at")))
    )
    sectors: dict[int, list[str]] = {}
    pairs = (
        Organisation.sectors.through.objects.filter(organisation_id__in=ids)
        .order_by("sector__slug")
        .values_list("organisation_id", "sector__slug")
    )
    for organisation_id, slug in pairs:
        sectors.setdefault(organisation_id, []).append(slug)
    for row in rows:
        key = row["id"]
        request_id, request_status = requests.get(key, (None, None))
        row.update(
            sectors=sectors.get(key, []),
            entered_stage_on=entered.get(key),
            request_status=request_status,
            request_id=request_id,
            mentorship_status=mentorships.get(key),
        )
    return rows


def pipeline(
    filters: PipelineFilters = PipelineFilters(), *, organisations: bool = True
) -> dict[str, Any]:
    """The answer of `GET programme/pipeline/` (DESIGN.md, "Programme oversight").

    Pages that show the organisations a page at a time pass `organisations=False` and ask
    `pipeline_rows` for each page."""
    qs = pipeline_organisations(filters)
    stage_counts = dict(qs.order_by().values_list("stage").annotate(n=Count("pk")))
    through = Organisation.sectors.through
    by_stage_sector = [
        {"stage": stage, "sector": sector, "count": n}
        for stage, sector, n in through.objects.filter(organisation__in=qs.values("pk"))
        .order_by("organisation__stage", "sector__slug")
        .values_list("organisation__stage", "sector__slug")
        .annotate(n=Count("organisation_id", distinct=True))
    ]
    region_counts = dict(qs.order_by().values_list("region").annotate(n=Count("pk")))
    moved = (
        OrganisationStageChange.objects.filter(
            organisation__in=qs.values("pk"),
            from_stage__isnull=False,
            at__gte=timezone.now() - MOVED_WINDOW,
        )
        .values("organisation_id")
        .distinct()
        .count()
    )
    return {
        "total": sum(stage_counts.values()),
        "by_stage": [
            {"stage": s.value, "label": s.label, "count": stage_counts.get(s.value, 0)}
            for s in Stage
            if s in MENTEE_STAGES
        ],
        "by_stage_sector": by_stage_sector,
        "by_region": [
            {"region": region, "count": n}
            for region, n in sorted(region_counts.items(), key=lambda kv: kv[0] or "~")
        ],
        "moved_last_90_days": moved,
        "organisations": pipeline_rows(pipeline_ordered(qs)) if organisations else [],
    }


def pipeline_ordered(qs: QuerySet[Organisation]) -> QuerySet[Organisation]:
    return qs.order_by("stage", "name", "id")


def pipeline_moved(
    filters: PipelineFilters = PipelineFilters(),
) -> QuerySet[OrganisationStageChange]:
    """Stage moves in the last 90 days among the pipeline's organisations, newest first."""
    return (
        OrganisationStageChange.objects.filter(
            organisation__in=pipeline_organisations(filters).values("pk"),
            from_stage__isnull=False,
            at__gte=timezone.now() - MOVED_WINDOW,
        )
        .select_related("organisation", "actor")
        .order_by("-at", "-id")
    )


# --- reports ----------------------------------------------------------------------------------
class Median(Aggregate):
    """PostgreSQL's percentile_cont(0.5): the median computed by the database."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def since(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def until(self) -> datetime:
        """The first instant after the period (its last day counts whole)."""
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))

    def months(self) -> list[str]:
        months: list[str] = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


def default_period(today: date | None = None) -> Period:
    """The last 12 months: from the day after this day a year ago, to today."""
    today = today or timezone.localdate()
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return Period(start=year_ago + timedelta(days=1), end=today)


def _days(duration: Any) -> float | None:
    if duration is None:
        return None
    if isinstance(duration, timedelta):
        return duration.total_seconds() / 86400
    return float(duration) / 86400  # PostgreSQL's epoch seconds


def _median_days_to_match(matches: QuerySet[Mentorship]) -> float | None:
    wait = ExpressionWrapper(
        F("started_at") - F("request__created_at"), output_field=DurationField()
    )
    if connection.vendor == "postgresql":
        from django.db.models.functions import Extract

        seconds = Extract(wait, "epoch")
        return _days(matches.aggregate(m=Median(seconds))["m"])
    # SQLite (development only) has no percentile function; one column comes back instead.
    waits = [w.total_seconds() for w in matches.annotate(w=wait).values_list("w", flat=True)]
    return statistics.median(waits) / 86400 if waits else None


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def report(period: Period) -> dict[str, Any]:
    """The answer of `GET programme/reports/` for one period (both days inclusive).

    Thirteen queries whatever the size of the programme: each table is read once, with one
    conditional count per figure."""
    since, until = period.since, period.until
    in_period = {"gte": since, "lt": until}
    received = MentoringRequest.objects.filter(created_at__gte=since, created_at__lt=until)
    matches = Mentorship.objects.filter(started_at__gte=since, started_at__lt=until)
    wait = ExpressionWrapper(
        F("started_at") - F("request__created_at"), output_field=DurationField()
    )
    started = Q(started_at__gte=since, started_at__lt=until)
    closed = Q(ended_at__gte=since, ended_at__lt=until)
    figures = Mentorship.objects.annotate(wait=wait).aggregate(
        matches=Count("pk", filter=started),
        within_30=Count("pk", filter=started & Q(wait__lte=timedelta(days=30))),
        running=Count(
            "pk",
            filter=Q(started_at__lt=until) & (Q(ended_at__isnull=True) | Q(ended_at__gte=since)),
        ),
        completed=Count("pk", filter=closed & Q(status=Mentorship.Status.COMPLETED)),
        ended=Count("pk", filter=closed & Q(status=Mentorship.Status.ENDED)),
        live=Count("pk", filter=Q(status__in=Mentorship.LIVE_STATUSES)),
    )
    minutes = Meeting.objects.filter(held_on__gte=period.start, held_on__lte=period.end).aggregate(
        m=Coalesce(Sum("minutes"), 0)
    )["m"]
    ratings = dict(
        Feedback.objects.filter(created_at__gte=since, created_at__lt=until)
        .order_by()
        .values_list("side")
        .annotate(avg=Avg("rating", output_field=FloatField()))
    )
    capacity = MentorProfile.objects.filter(accepting=True, user__is_active=True).aggregate(
        c=Coalesce(Sum("capacity"), 0)
    )["c"]
    n_completed, n_ended = figures["completed"], figures["ended"]
    result: dict[str, Any] = {
        "from": period.start,
        "to": period.end,
        "requests_received": received.count(),
        "matches_confirmed": figures["matches"],
        "median_days_to_match": _median_days_to_match(matches),
        "matched_within_30_days": figures["within_30"],
        "active_mentorships": figures["running"],
        "completed": n_completed,
        "ended_early": n_ended,
        "completion_rate": _ratio(n_completed, n_completed + n_ended),
        "meeting_hours": minutes / 60,
        "average_rating": {
            "mentor": _float(ratings.get(Feedback.Side.MENTOR)),
            "mentee": _float(ratings.get(Feedback.Side.MENTEE)),
        },
        "mentor_utilisation": _ratio(figures["live"], capacity),
    }
    counts = _breakdown_counts(in_period)
    result["by_sector"] = [
        {"sector": slug, "label": name, "priority": priority, **counts("sectors__slug", slug)}
        for slug, name, priority in Sector.objects.order_by("name").values_list(
            "slug", "name", "priority"
        )
    ]
    by_stage = counts.table("stage")
    result["by_stage"] = [
        {"stage": st.value, "label": st.label, **by_stage(st.value)} for st in Stage
    ]
    by_region = counts.table("region")
    regions = [(r.value, r.label) for r in Region]
    if any(by_region("").values()):
        regions.append(("", "Not given"))
    result["by_region"] = [
        {"region": value, "label": label, **by_region(value)} for value, label in regions
    ]
    result["monthly"] = _monthly(
        period, received, matches, Mentorship.objects.filter(closed, status="completed")
    )
    return result


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


class _BreakdownCounts:
    """Requests, matches, completions and early ends grouped by an organisation attribute:
    one query per attribute, counting requests and their mentorships in the same pass."""

    COLUMNS = ("requests", "matches", "completed", "ended_early")

    def __init__(self, in_period: dict[str, datetime]) -> None:
        self.in_period = in_period
        self.tables: dict[str, dict[Any, dict[str, int]]] = {}

    def _load(self, attribute: str) -> dict[Any, dict[str, int]]:
        window = self.in_period
        started = Q(
            mentorships__started_at__gte=window["gte"], mentorships__started_at__lt=window["lt"]
        )
        closed = Q(mentorships__ended_at__gte=window["gte"], mentorships__ended_at__lt=window["lt"])
        received = Q(created_at__gte=window["gte"], created_at__lt=window["lt"])
        rows = (
            # Only requests that count somewhere in the period: fewer rows to group.
            MentoringRequest.objects.filter(received | started | closed)
            .order_by()
            .values_list(f"organisation__{attribute}")
            .annotate(
                requests=Count("pk", filter=received, distinct=True),
                matches=Count("mentorships", filter=started, distinct=True),
                completed=Count(
                    "mentorships",
                    filter=closed & Q(mentorships__status=Mentorship.Status.COMPLETED),
                    distinct=True,
                ),
                ended_early=Count(
                    "mentorships",
                    filter=closed & Q(mentorships__status=Mentorship.Status.ENDED),
                    distinct=True,
                ),
            )
        )
        return {key: dict(zip(self.COLUMNS, values, strict=True)) for key, *values in rows}

    def table(self, attribute: str) -> Any:
        if attribute not in self.tables:
            self.tables[attribute] = self._load(attribute)
        zero = dict.fromkeys(self.COLUMNS, 0)
        return lambda key: self.tables[attribute].get(key, zero)

    def __call__(self, attribute: str, key: Any) -> dict[str, int]:
        return dict(self.table(attribute)(key))


def _breakdown_counts(in_period: dict[str, datetime]) -> _BreakdownCounts:
    return _BreakdownCounts(in_period)


def _monthly(
    period: Period,
    received: QuerySet[MentoringRequest],
    matches: QuerySet[Mentorship],
    completed: QuerySet[Mentorship],
) -> list[dict[str, Any]]:
    def by_month(qs: QuerySet[Any], field: str) -> dict[str, int]:
        grouped = (
            qs.order_by()
            .annotate(month=TruncMonth(field, output_field=DateTimeField()))
            .values_list("month")
            .annotate(n=Count("pk"))
        )
        return {
            timezone.localtime(m).strftime("%Y-%m")
            if isinstance(m, datetime)
            else m.strftime("%Y-%m"): n
            for m, n in grouped
        }

    requests = by_month(received, "created_at")
    matched = by_month(matches, "started_at")
    done = by_month(completed, "ended_at")
    return [
        {
            "month": month,
            "requests": requests.get(month, 0),
            "matches": matched.get(month, 0),
            "completed": done.get(month, 0),
        }
        for month in period.months()
    ]


# --- lists for coordinators -------------------------------------------------------------------
def _concerns_open() -> Exists | None:
    """Concerns live in the enquiries app when it is installed; programme must not import it."""
    if not apps.is_installed("enquiries"):
        return None
    try:
        enquiry = apps.get_model("enquiries", "Enquiry")
    except LookupError:
        return None
    return Exists(
        enquiry.objects.filter(mentorship=OuterRef("pk"), kind="concern").exclude(status="closed")
    )


def mentorships_with_progress(
    qs: QuerySet[Mentorship], *, include_concerns: bool
) -> QuerySet[Mentorship]:
    """Adds last_meeting_on, meetings_count, goals_done, goals_total and one boolean per
    attention flag (`attention_<flag>`); `concern_raised` only when the viewer may know it."""
    today = timezone.localdate()
    meeting_days = timedelta(days=settings.ATTENTION_MEETING_DAYS)
    pause_days = timedelta(days=settings.ATTENTION_PAUSE_DAYS)
    meetings = Meeting.objects.filter(mentorship=OuterRef("pk")).order_by().values("mentorship")
    goals = Goal.objects.filter(mentorship=OuterRef("pk")).order_by().values("mentorship")
    zero = Value(0)
    qs = qs.annotate(
        last_meeting_on=Subquery(
            meetings.annotate(last=Max("held_on")).values("last")[:1], output_field=DateField()
        ),
        meetings_count=Coalesce(Subquery(meetings.annotate(n=Count("pk")).values("n")[:1]), zero),
        goals_total=Coalesce(Subquery(goals.annotate(n=Count("pk")).values("n")[:1]), zero),
        goals_done=Coalesce(
            Subquery(goals.filter(done_at__isnull=False).annotate(n=Count("pk")).values("n")[:1]),
            zero,
        ),
        # The services keep paused_at on the row while a mentorship is paused.
        paused_since=Coalesce(F("paused_at"), F("started_at")),
    )
    quiet_since = timezone.make_aware(datetime.combine(today - meeting_days, time.min))
    qs = qs.annotate(
        attention_no_recent_meeting=Case(
            When(
                Q(status=Mentorship.Status.ACTIVE, started_at__lt=quiet_since)
                & (Q(last_meeting_on__isnull=True) | Q(last_meeting_on__lt=today - meeting_days)),
                then=Value(True),
            ),
            default=Value(False),
        ),
        attention_long_pause=Case(
            When(
                status=Mentorship.Status.PAUSED,
                paused_since__lt=timezone.now() - pause_days,
                then=Value(True),
            ),
            default=Value(False),
        ),
        attention_ended_early=Case(
            When(status=Mentorship.Status.ENDED, then=Value(True)), default=Value(False)
        ),
    )
    concerns = _concerns_open() if include_concerns else None
    if concerns is not None:
        qs = qs.annotate(attention_concern_raised=concerns)
    else:
        qs = qs.annotate(attention_concern_raised=Value(False))
    return qs


def attention_of(mentorship: Any) -> list[str]:
    return [flag for flag in ATTENTION_FLAGS if getattr(mentorship, f"attention_{flag}", False)]


def attention_filter(flag: str | None) -> Q:
    """A filter for mentorships with this flag, or with any flag when `flag` is "any"."""
    if flag in ATTENTION_FLAGS:
        return Q(**{f"attention_{flag}": True})
    if flag == "any":
        q = Q()
        for name in ATTENTION_FLAGS:
            q |= Q(**{f"attention_{name}": True})
        return q
    return Q()


def attention_counts(qs: QuerySet[Mentorship]) -> dict[str, int]:
    """How many mentorships carry each flag, and how many carry any, in one query."""
    aggregates = {
        flag: Count("pk", filter=Q(**{f"attention_{flag}": True})) for flag in ATTENTION_FLAGS
    }
    aggregates["any"] = Count("pk", filter=attention_filter("any"))
    return qs.aggregate(**aggregates)


def requests_filtered(
    qs: QuerySet[MentoringRequest],
    *,
    status: str | None = None,
    stage: int | None = None,
    sector: str | None = None,
    region: str | None = None,
    q: str | None = None,
    ordering: str | None = None,
) -> QuerySet[MentoringRequest]:
    """The coordinator's request list: filters, search by organisation name, and ordering."""
    if status:
        qs = qs.filter(status=status)
    if stage:
        qs = qs.filter(organisation__stage=stage)
    if sector:
        qs = qs.filter(
            Exists(
                Organisation.sectors.through.objects.filter(
                    organisation=OuterRef("organisation"), sector__slug=sector
                )
            )
        )
    if region:
        qs = qs.filter(organisation__region=region)
    if q:
        qs = qs.filter(organisation__name__icontains=q.strip())
    return request_ordering(qs, ordering)


def request_ordering(
    qs: QuerySet[MentoringRequest], ordering: str | None
) -> QuerySet[MentoringRequest]:
    if ordering == "created_at":
        return qs.order_by("created_at", "id")
    if ordering == "waiting":
        # Open requests first, the longest-waiting at the top; the rest after them, oldest first.
        still_open = Case(
            When(status=MentoringRequest.Status.OPEN, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return qs.annotate(still_open=still_open).order_by("still_open", "created_at", "id")
    return qs.order_by("-created_at", "-id")


def mentorships_filtered(
    qs: QuerySet[Mentorship],
    *,
    status: str | None = None,
    attention: str | None = None,
    q: str | None = None,
) -> QuerySet[Mentorship]:
    """Filters of the mentorship list; `qs` must come from `mentorships_with_progress`."""
    if status:
        qs = qs.filter(status=status)
    if attention:
        qs = qs.filter(attention_filter(attention))
    if q:
        term = q.strip()
        qs = qs.filter(
            Q(request__organisation__name__icontains=term)
            | Q(mentor__user__full_name__icontains=term)
        )
    return qs


# --- a mentor, for coordinators ---------------------------------------------------------------
def mentor_summary(*, mentor: MentorProfile) -> dict[str, Any]:
    """Load against capacity, proposal history counts and the mean rating mentees gave."""
    live = Mentorship.objects.filter(mentor=mentor, status__in=Mentorship.LIVE_STATUSES).count()
    rating = Feedback.objects.filter(
        mentorship__mentor=mentor, side=Feedback.Side.MENTEE
    ).aggregate(avg=Avg("rating", output_field=FloatField()), n=Count("pk"))
    return {
        "live": live,
        "capacity": mentor.capacity,
        "average_rating": _float(rating["avg"]) if rating["n"] else None,
        "ratings_count": rating["n"],
    }


# --- one request or organisation, for coordinators --------------------------------------------
@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    actor: str
    what: str
    reason: str


_THING = {"mentoringrequest": "Request", "proposal": "Introduction", "mentorship": "Mentorship"}


def _verb_label(verb: str) -> str:
    return AuditEvent.Verb(verb).label.lower() if verb in AuditEvent.Verb.values else verb


def request_timeline(*, request: MentoringRequest) -> list[TimelineEntry]:
    """Everything that happened to a request, its introductions and its mentorships, and to
    its organisation's stage, oldest first: two queries whatever the history's length."""
    from django.contrib.contenttypes.models import ContentType

    types = ContentType.objects.get_for_models(MentoringRequest, Proposal, Mentorship)
    proposal_ids = Proposal.objects.filter(request=request).values("pk")
    mentorship_ids = Mentorship.objects.filter(request=request).values("pk")
    events = AuditEvent.objects.filter(
        Q(content_type=types[MentoringRequest], object_id=request.pk)
        | Q(content_type=types[Proposal], object_id__in=proposal_ids)
        | Q(content_type=types[Mentorship], object_id__in=mentorship_ids)
    ).select_related("actor", "content_type")
    entries = [
        TimelineEntry(
            at=event.at,
            actor=str(event.actor) if event.actor else "The system",
            what=f"{_THING.get(event.content_type.model, 'Record')} {_verb_label(event.verb)}",
            reason=event.reason,
        )
        for event in events
    ]
    for change in organisation_stage_history(organisation=request.organisation):
        moved = (
            f"Stage set to {change.get_stage_display()}"
            if change.from_stage is None
            else f"Stage moved from {change.get_from_stage_display()} "
            f"to {change.get_stage_display()}"
        )
        entries.append(
            TimelineEntry(
                at=change.at,
                actor=str(change.actor) if change.actor else "Not recorded",
                what=moved,
                reason="",
            )
        )
    return sorted(entries, key=lambda e: e.at)


def mentor_history(*, mentor: MentorProfile) -> dict[str, Any]:
    """A mentor's introductions (proposals shown to them or beyond) and mentorships."""
    introductions = (
        Proposal.objects.filter(mentor=mentor)
        .exclude(status=Proposal.Status.SUGGESTED)
        .select_related("request__organisation")
        .order_by("-created_at", "-id")
    )
    mentorships = mentorships_with_progress(
        Mentorship.objects.filter(mentor=mentor).select_related("request__organisation"),
        include_concerns=True,
    ).order_by("-started_at", "-id")
    return {"introductions": introductions, "mentorships": mentorships}
