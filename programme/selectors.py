"""Read-only views of the whole programme: pipeline, reports, stage history and list annotations.

Every figure is aggregated in the database, one grouped or windowed pass per table, so the
number of queries does not grow with the size of the programme, and no Python loop runs over
its rows except to hand them out. Where one answer needs several passes (the pipeline's rows,
the report's breakdowns), the ORM writes each pass and one statement joins them.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import connection, connections
from django.db.models import (
    Aggregate,
    Avg,
    Case,
    CharField,
    Count,
    DateField,
    DateTimeField,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    IntegerField,
    ManyToManyField,
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
from django.db.models.functions import (
    Coalesce,
    Extract,
    RowNumber,
    TruncDate,
    TruncMonth,
)
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
# Regions in their vocabulary order (the pipeline lists them so, as the report and the forms do).
REGION_ORDER = {region.value: place for place, region in enumerate(Region)}


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


# The pipeline's organisations are listed by stage, then name.
PIPELINE_ORDER = ("stage", "name", "id")
# A pipeline row: the API's and the CSV's columns, in their order (docs/programme.md), then
# the newest request's id, which the coordinator's page links to.
PIPELINE_COLUMNS = (
    "id",
    "name",
    "stage",
    "sectors",
    "region",
    "parent_body",
    "employees",
    "entered_stage_on",
    "request_status",
    "mentorship_status",
)
PIPELINE_ROW_KEYS = (*PIPELINE_COLUMNS, "request_id")
# The organisation's own columns among them; the sectors come between stage and region.
ORGANISATION_COLUMNS = ("id", "name", "stage", "region", "parent_body", "employees")


class _SortedSlugs(Aggregate):
    """A group's slugs in order: an array on PostgreSQL. SQLite (development only) has no
    arrays, so there they come as one comma-joined string that `pipeline_table` splits."""

    function = "ARRAY_AGG"
    template = "%(function)s(%(expressions)s ORDER BY %(expressions)s)"
    output_field = CharField()

    def as_sqlite(self, compiler: Any, connection: Any, **extra_context: Any) -> Any:
        return super().as_sql(
            compiler,
            connection,
            function="GROUP_CONCAT",
            template="%(function)s(%(expressions)s)",
            **extra_context,
        )


class _IsoDay(Func):
    """A date as ISO text (YYYY-MM-DD), the form the API and the CSV give it, so nothing
    converts each row's date on the way out. SQLite's dates are that text already."""

    function = "TO_CHAR"
    template = "%(function)s(%(expressions)s, 'YYYY-MM-DD')"
    output_field = CharField()

    def as_sqlite(self, compiler: Any, connection: Any, **extra_context: Any) -> Any:
        return compiler.compile(self.source_expressions[0])


def _newest_per_organisation(qs: QuerySet[Any], organisation: str, *order: str) -> QuerySet[Any]:
    """The newest row per organisation, by a window function: one sorted scan of the table
    instead of one correlated subquery per organisation. Unordered: the model's default order
    would add a sort of every row after the window's own."""
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


def _compiled(qs: QuerySet[Any]) -> tuple[str, tuple[Any, ...]]:
    sql, params = qs.query.sql_with_params()
    return sql, tuple(params)


def pipeline_table(qs: QuerySet[Organisation]) -> list[tuple[Any, ...]]:
    """One row per organisation of `qs`, in the pipeline's order: a tuple of the
    `PIPELINE_ROW_KEYS`, with its sorted sectors, the day it entered its current stage (ISO
    text), the status of its newest request and of its newest mentorship, and the newest
    request's id. One query for a whole list, two for a page, whatever the number of rows.

    Each figure comes from one grouped or windowed pass over its table, and the database
    joins the passes to the organisations. The ORM writes each pass, so each database gets
    its own SQL for time zones and windows; only the joins are written here.

    A whole list (`qs` not sliced) joins passes over whole tables: restricting each pass to
    the organisations first would repeat the organisation filter five times, which costs
    more than the rows it saves. A page (`qs` sliced) reads its ids first, one sort, and each
    pass then reads only that page's rows, through the organisation indexes."""
    connection = connections[qs.db]
    quote = connection.ops.quote_name
    page: list[int] | None = None
    if qs.query.is_sliced:
        page = list(qs.values_list("pk", flat=True))
        if not page:
            return []
        qs = Organisation.objects.filter(pk__in=page)
    qs = qs.order_by()  # the outer query orders

    def only_chosen(rows: QuerySet[Any], organisation: str) -> QuerySet[Any]:
        return rows if page is None else rows.filter(**{f"{organisation}__in": page})

    organisations = _compiled(qs.values(*ORGANISATION_COLUMNS))
    sectors = _compiled(
        only_chosen(Organisation.sectors.through.objects.all(), "organisation_id")
        .order_by()
        .values("organisation_id")
        .annotate(slugs=_SortedSlugs("sector__slug"))
    )
    # Per organisation and stage, joined on both: the latest move into the current stage.
    entered = _compiled(
        only_chosen(OrganisationStageChange.objects.all(), "organisation_id")
        .order_by()
        .values("organisation_id", "stage")
        # The calendar day in the programme's time zone, worked out by the database.
        .annotate(entered_on=_IsoDay(TruncDate(Max("at"))))
    )
    requests = _compiled(
        _newest_per_organisation(
            only_chosen(MentoringRequest.objects.all(), "organisation_id"),
            "organisation_id",
            "-created_at",
            "-id",
        ).values("organisation_key", "pk", "status")
    )
    mentorships = _compiled(
        _newest_per_organisation(
            only_chosen(Mentorship.objects.all(), "request__organisation_id"),
            "request__organisation_id",
            "-started_at",
            "-id",
        ).values("organisation_key", "status")
    )
    o, s, e, r, m = (quote(alias) for alias in ("o", "s", "e", "r", "m"))
    org_id, org_stage = f"{o}.{quote('id')}", f"{o}.{quote('stage')}"
    columns = ", ".join(f"{o}.{quote(c)}" for c in ORGANISATION_COLUMNS[:3])
    more_columns = ", ".join(f"{o}.{quote(c)}" for c in ORGANISATION_COLUMNS[3:])
    order = ", ".join(f"{o}.{quote(c)}" for c in PIPELINE_ORDER)
    no_slugs = "'{}'" if connection.vendor == "postgresql" else "''"  # an empty array or text
    sql = (  # in the order of PIPELINE_ROW_KEYS
        f"SELECT {columns}, COALESCE({s}.{quote('slugs')}, {no_slugs}), {more_columns}, "
        f"{e}.{quote('entered_on')}, {r}.{quote('status')}, {m}.{quote('status')}, "
        f"{r}.{quote('pk')} "
        f"FROM ({organisations[0]}) {o} "
        f"LEFT JOIN ({sectors[0]}) {s} ON {s}.{quote('organisation_id')} = {org_id} "
        f"LEFT JOIN ({entered[0]}) {e} ON {e}.{quote('organisation_id')} = {org_id} "
        f"AND {e}.{quote('stage')} = {org_stage} "
        f"LEFT JOIN ({requests[0]}) {r} ON {r}.{quote('organisation_key')} = {org_id} "
        f"LEFT JOIN ({mentorships[0]}) {m} ON {m}.{quote('organisation_key')} = {org_id} "
        f"ORDER BY {order}"
    )
    params = organisations[1] + sectors[1] + entered[1] + requests[1] + mentorships[1]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
    if connection.vendor != "postgresql":
        # SQLite (development only) has no arrays: its sectors come as comma-joined text.
        at = PIPELINE_ROW_KEYS.index("sectors")
        rows = [
            (*row[:at], sorted(row[at].split(",")) if row[at] else [], *row[at + 1 :])
            for row in rows
        ]
    return rows


def pipeline_rows(qs: QuerySet[Organisation]) -> list[dict[str, Any]]:
    """`pipeline_table` as dicts keyed by `PIPELINE_ROW_KEYS`, with the day as a `date`, for
    a page of the pipeline."""
    rows = [dict(zip(PIPELINE_ROW_KEYS, row, strict=True)) for row in pipeline_table(qs)]
    for row in rows:
        if row["entered_stage_on"]:
            row["entered_stage_on"] = date.fromisoformat(row["entered_stage_on"])
    return rows


def pipeline(
    filters: PipelineFilters = PipelineFilters(), *, organisations: bool = True
) -> dict[str, Any]:
    """The answer of `GET programme/pipeline/` (docs/programme.md).

    Pages that show the organisations a page at a time pass `organisations=False` and ask
    `pipeline_rows` for each page."""
    qs = pipeline_organisations(filters).order_by()
    # Stage moves (not a first stage) in the last 90 days: one uncorrelated subquery, which
    # the database hashes once, rather than one probe per organisation.
    recent_movers = OrganisationStageChange.objects.filter(
        from_stage__isnull=False, at__gte=timezone.now() - MOVED_WINDOW
    ).values("organisation_id")
    # One grouped pass gives every count but the sectors': at most 5 stages x 13 regions.
    stage_counts: dict[int, int] = {}
    region_counts: dict[str, int] = {}
    moved = 0
    for stage, region, n, n_moved in qs.values_list("stage", "region").annotate(
        n=Count("pk"), moved=Count("pk", filter=Q(pk__in=recent_movers))
    ):
        stage_counts[stage] = stage_counts.get(stage, 0) + n
        region_counts[region] = region_counts.get(region, 0) + n
        moved += n_moved
    # An organisation has each sector at most once (a unique pair), so a plain count.
    by_stage_sector = [
        {"stage": stage, "sector": sector, "count": n}
        for stage, sector, n in qs.filter(sectors__isnull=False)
        .order_by("stage", "sectors__slug")
        .values_list("stage", "sectors__slug")
        .annotate(n=Count("pk"))
    ]
    return {
        "total": sum(stage_counts.values()),
        "by_stage": [
            {"stage": s.value, "label": s.label, "count": stage_counts.get(s.value, 0)}
            for s in Stage
            if s in MENTEE_STAGES
        ],
        "by_stage_sector": by_stage_sector,
        # "Not given" last.
        "by_region": [
            {"region": region, "count": n}
            for region, n in sorted(
                region_counts.items(), key=lambda kv: REGION_ORDER.get(kv[0], len(REGION_ORDER))
            )
        ],
        "moved_last_90_days": moved,
        # The API's rows: its columns only (zip stops before the request id at the end).
        "organisations": [
            dict(zip(PIPELINE_COLUMNS, row, strict=False))
            for row in pipeline_table(pipeline_ordered(qs))
        ]
        if organisations
        else [],
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
        """The first instant after the period (its last day counts whole). A period that ends
        on the calendar's last day (9999-12-31) has no next day: it runs to the last instant."""
        if self.end == date.max:
            return timezone.make_aware(datetime.combine(self.end, time.max))
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


def chosen_period(start: date | None, end: date | None, today: date | None = None) -> Period:
    """The period a report is asked for, by the API and the page alike: with no dates, the last
    12 months; a last day alone starts on the first of its month; a first day alone runs to
    today (or is that one day, if it comes later). The period may end before it starts: callers
    refuse that, naming the last day."""
    default = default_period(today)
    first = start or (end.replace(day=1) if end else default.start)
    return Period(start=first, end=end or max(default.end, first))


def _days(duration: Any) -> float | None:
    if duration is None:
        return None
    if isinstance(duration, timedelta):
        return duration.total_seconds() / 86400
    return float(duration) / 86400  # PostgreSQL's epoch seconds


def _median_days_to_match_in_python(matches: QuerySet[Mentorship]) -> float | None:
    """SQLite (development only) has no percentile function: one column comes back instead.
    PostgreSQL takes the median inside the report's mentorship aggregate."""
    wait = ExpressionWrapper(
        F("started_at") - F("request__created_at"), output_field=DurationField()
    )
    waits = [w.total_seconds() for w in matches.annotate(w=wait).values_list("w", flat=True)]
    return statistics.median(waits) / 86400 if waits else None


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def report(period: Period) -> dict[str, Any]:
    """The answer of `GET programme/reports/` for one period (both days inclusive).

    Seven queries whatever the size of the programme (eight on SQLite, for the median): each
    table is read once for the headline figures, with one conditional count per figure, once
    for the breakdowns and once for the months."""
    since, until = period.since, period.until
    received = MentoringRequest.objects.filter(created_at__gte=since, created_at__lt=until)
    matches = Mentorship.objects.filter(started_at__gte=since, started_at__lt=until)
    wait = ExpressionWrapper(
        F("started_at") - F("request__created_at"), output_field=DurationField()
    )
    started = Q(started_at__gte=since, started_at__lt=until)
    closed = Q(ended_at__gte=since, ended_at__lt=until)
    aggregates: dict[str, Any] = {
        "matches": Count("pk", filter=started),
        "within_30": Count("pk", filter=started & Q(wait__lte=timedelta(days=30))),
        "running": Count(
            "pk",
            filter=Q(started_at__lt=until) & (Q(ended_at__isnull=True) | Q(ended_at__gte=since)),
        ),
        "completed": Count("pk", filter=closed & Q(status=Mentorship.Status.COMPLETED)),
        "ended": Count("pk", filter=closed & Q(status=Mentorship.Status.ENDED)),
        "live": Count("pk", filter=Q(status__in=Mentorship.LIVE_STATUSES)),
    }
    postgresql = connection.vendor == "postgresql"
    if postgresql:
        aggregates["median"] = Median(Extract(wait, "epoch"), filter=started)
    figures = Mentorship.objects.annotate(wait=wait).aggregate(**aggregates)
    median = _days(figures["median"]) if postgresql else _median_days_to_match_in_python(matches)
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
    monthly = _monthly(
        period, received, matches, Mentorship.objects.filter(closed, status="completed")
    )
    n_completed, n_ended = figures["completed"], figures["ended"]
    result: dict[str, Any] = {
        "from": period.start,
        "to": period.end,
        # Every request of the period falls in one of its months.
        "requests_received": sum(month["requests"] for month in monthly),
        "matches_confirmed": figures["matches"],
        "median_days_to_match": median,
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
    by_stage, by_region, by_sector = _breakdowns(since, until)
    zero = dict.fromkeys(BREAKDOWN_COLUMNS, 0)
    result["by_sector"] = [
        {"sector": slug, "label": name, "priority": priority, **by_sector.get(pk, zero)}
        for pk, slug, name, priority in Sector.objects.order_by("name").values_list(
            "pk", "slug", "name", "priority"
        )
    ]
    result["by_stage"] = [
        {"stage": st.value, "label": st.label, **by_stage.get(st.value, zero)} for st in Stage
    ]
    regions = [(r.value, r.label) for r in Region]
    if any(by_region.get("", zero).values()):
        regions.append(("", "Not given"))
    result["by_region"] = [
        {"region": value, "label": label, **by_region.get(value, zero)} for value, label in regions
    ]
    result["monthly"] = monthly
    return result


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


BREAKDOWN_COLUMNS = ("requests", "matches", "completed", "ended_early")
Breakdown = dict[Any, dict[str, int]]


def _breakdowns(since: datetime, until: datetime) -> tuple[Breakdown, Breakdown, Breakdown]:
    """Requests received, matches, completions and early ends in the period, grouped by the
    requesting organisation's stage, region (keyed by value) and sectors (keyed by sector id).

    One query. The database first counts per organisation, in a UNION of one pass over the
    period's requests and one over its mentorships (so nothing is counted twice and nothing
    needs COUNT(DISTINCT)); then it sums those counts by stage and region (at most 6 x 13
    groups, added up here each way) and by sector. The ORM writes the counting passes; only
    the sums over them are written here."""
    received = Q(created_at__gte=since, created_at__lt=until)
    started = Q(started_at__gte=since, started_at__lt=until)
    closed = Q(ended_at__gte=since, ended_at__lt=until)
    none = Value(0, output_field=IntegerField())
    per_organisation = (
        MentoringRequest.objects.filter(received)
        .order_by()
        .values("organisation_id")
        .annotate(requests=Count("pk"), matches=none, completed=none, ended_early=none)
        .union(
            Mentorship.objects.filter(started | closed)
            .order_by()
            .values(organisation_id=F("request__organisation_id"))
            .annotate(
                requests=none,
                matches=Count("pk", filter=started),
                completed=Count("pk", filter=closed & Q(status=Mentorship.Status.COMPLETED)),
                ended_early=Count("pk", filter=closed & Q(status=Mentorship.Status.ENDED)),
            ),
            all=True,
        )
    )
    counts_sql, params = per_organisation.query.sql_with_params()
    connection = connections[per_organisation.db]
    q = connection.ops.quote_name
    m2m = Organisation._meta.get_field("sectors")
    assert isinstance(m2m, ManyToManyField)
    organisations, sectors = q(Organisation._meta.db_table), q(m2m.m2m_db_table())
    c, o, s = q("c"), q("o"), q("s")
    organisation_id = f"{c}.{q('organisation_id')}"
    stage, region = f"{o}.{q('stage')}", f"{o}.{q('region')}"
    sector_id = f"{s}.{q(m2m.m2m_reverse_name())}"
    sector_organisation = f"{s}.{q(m2m.m2m_column_name())}"
    sums = ", ".join(f"SUM({c}.{q(column)})" for column in BREAKDOWN_COLUMNS)
    sql = (
        f"WITH {c} AS ({counts_sql}) "
        f"SELECT {stage}, {region}, NULL, {sums} FROM {c} "
        f"INNER JOIN {organisations} {o} ON {o}.{q('id')} = {organisation_id} "
        f"GROUP BY {stage}, {region} "
        "UNION ALL "
        f"SELECT NULL, NULL, {sector_id}, {sums} FROM {c} "
        f"INNER JOIN {sectors} {s} ON {sector_organisation} = {organisation_id} "
        f"GROUP BY {sector_id}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        grouped = cursor.fetchall()

    def add(table: Breakdown, key: Any, counts: list[Any]) -> None:
        row = table.setdefault(key, dict.fromkeys(BREAKDOWN_COLUMNS, 0))
        for column, n in zip(BREAKDOWN_COLUMNS, counts, strict=True):
            row[column] += int(n)  # PostgreSQL sums counts as numeric

    by_stage: Breakdown = {}
    by_region: Breakdown = {}
    by_sector: Breakdown = {}
    for stage_value, region_value, sector, *counts in grouped:
        if sector is None:
            add(by_stage, stage_value, counts)
            add(by_region, region_value, counts)
        else:
            add(by_sector, sector, counts)
    return by_stage, by_region, by_sector


def _monthly(
    period: Period,
    received: QuerySet[MentoringRequest],
    matches: QuerySet[Mentorship],
    completed: QuerySet[Mentorship],
) -> list[dict[str, Any]]:
    """Requests, matches and completions per calendar month: one query, a UNION of three
    grouped passes (each reads only its period by its own date)."""

    def by_month(qs: QuerySet[Any], field: str, kind: str) -> QuerySet[Any]:
        return (
            qs.order_by()
            .annotate(
                kind=Value(kind, output_field=CharField()),
                month=TruncMonth(field, output_field=DateTimeField()),
            )
            .values_list("kind", "month")
            .annotate(n=Count("pk"))
        )

    counts: dict[str, dict[str, int]] = {"requests": {}, "matches": {}, "completed": {}}
    grouped = by_month(received, "created_at", "requests").union(
        by_month(matches, "started_at", "matches"),
        by_month(completed, "ended_at", "completed"),
        all=True,
    )
    for kind, m, n in grouped:
        month = (
            timezone.localtime(m).strftime("%Y-%m")
            if isinstance(m, datetime)
            else m.strftime("%Y-%m")
        )
        counts[kind][month] = n
    return [
        {
            "month": month,
            "requests": counts["requests"].get(month, 0),
            "matches": counts["matches"].get(month, 0),
            "completed": counts["completed"].get(month, 0),
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


# --- mentors, for coordinators ----------------------------------------------------------------
MENTOR_AVAILABILITY = {
    "places": "Accepting, with places free",
    "full": "Full",
    "paused": "Not accepting new mentees",
}
MENTOR_ORDERINGS = {
    "fullest": "Fullest first",
    "roomiest": "Most places free first",
    "name": "Name",
    "newest": "Newest first",
}


def mentors_filtered(
    qs: QuerySet[MentorProfile],
    *,
    q: str | None = None,
    sector: str | None = None,
    topic: str | None = None,
    availability: str | None = None,
    ordering: str | None = None,
) -> QuerySet[MentorProfile]:
    """The coordinator's mentor list; `qs` must carry `active_mentorships` and `load`
    (`matching.policies.mentors_visible_to`). Full means live mentorships at or above capacity,
    whether or not the mentor is accepting; paused means not accepting."""
    if q:
        term = q.strip()
        qs = qs.filter(
            Q(user__full_name__icontains=term)
            | Q(user__email__icontains=term)
            | Q(user__organisation__name__icontains=term)
        )
    if sector:
        qs = qs.filter(
            Exists(
                MentorProfile.sectors.through.objects.filter(
                    mentorprofile=OuterRef("pk"), sector__slug=sector
                )
            )
        )
    if topic:
        qs = qs.filter(
            Exists(
                MentorProfile.expertise.through.objects.filter(
                    mentorprofile=OuterRef("pk"), topic__slug=topic
                )
            )
        )
    # As Q objects: the annotations come from the caller, where the type checker cannot see them.
    if availability == "places":
        qs = qs.filter(Q(accepting=True) & Q(active_mentorships__lt=F("capacity")))
    elif availability == "full":
        qs = qs.filter(Q(active_mentorships__gte=F("capacity")))
    elif availability == "paused":
        qs = qs.filter(accepting=False)
    if ordering == "roomiest":
        return qs.order_by(F("load").asc(), "user__full_name", "id")
    if ordering == "name":
        return qs.order_by("user__full_name", "id")
    if ordering == "newest":
        return qs.order_by("-created_at", "-id")
    return qs.order_by(F("load").desc(), "user__full_name", "id")


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
    actor: str  # empty when nobody is on record (a stage set before history was kept)
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
                actor=str(change.actor) if change.actor else "",
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
