"""Programme oversight over the API: the pipeline, reports (JSON or CSV) and stage history.

Views are thin: they read the query string with a serializer, ask `programme.selectors` for the
figures and shape them. CSV is chosen with `?format=csv` or `Accept: text/csv`; errors stay JSON.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import OrganisationStageChange, ParentBody, Region, Sector, Stage, User
from api.base import ApiView
from api.fields import ModelSerializer, QueryBooleanField, Serializer, VocabularySlugField
from api.permissions import IsCoordinator
from matching import policies
from matching.models import Mentorship
from programme import selectors

# Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"); tab
# and carriage return can smuggle one in after leading whitespace is stripped.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value a spreadsheet shows as written: formula-looking text gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()


class CSVRenderer(BaseRenderer):
    """Renders `{"header": [...], "rows": [[...]]}`, which the views build for CSV requests."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: Mapping[str, Any] | None = None,
    ) -> bytes:
        return csv_text(data["header"], data["rows"]).encode("utf-8")


class CsvCapableView(ApiView):
    """Coordinators only; answers JSON, or CSV when asked, and always JSON for an error."""

    permission_classes = [IsCoordinator]
    renderer_classes = [JSONRenderer, CSVRenderer]
    filename = "export"

    def handle_exception(self, exc: Exception) -> Response:
        # A 403 or a 400 is read by whoever asked, not opened in a spreadsheet.
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)

    def wants_csv(self, request: Request) -> bool:
        return getattr(request.accepted_renderer, "format", None) == "csv"

    def csv_response(self, header: Sequence[str], rows: list[list[Any]], name: str) -> Response:
        return Response(
            {"header": list(header), "rows": rows},
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )


# --- pipeline ---------------------------------------------------------------------------------
class PipelineQuerySerializer(Serializer[Any]):
    # Shape-checked before the lookup: a NUL byte in the slug was a 500 from PostgreSQL.
    sector = VocabularySlugField(slug_field="slug", queryset=Sector.objects.all(), required=False)
    region = serializers.ChoiceField(choices=Region.choices, required=False)
    parent_body = serializers.ChoiceField(choices=ParentBody.choices, required=False)
    priority = QueryBooleanField(required=False)


class StageCountSerializer(Serializer[Any]):
    stage = serializers.IntegerField()
    # A JSON key of the API contract (docs/programme.md); the stubs expect Field.label to be
    # the field's own label.
    label = serializers.CharField()  # type: ignore[assignment]
    count = serializers.IntegerField()


class StageSectorCountSerializer(Serializer[Any]):
    stage = serializers.IntegerField()
    sector = serializers.CharField()
    count = serializers.IntegerField()


class RegionCountSerializer(Serializer[Any]):
    region = serializers.CharField(help_text="A region slug, or empty when not given.")
    count = serializers.IntegerField()


class PipelineOrganisationSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    stage = serializers.IntegerField()
    sectors = serializers.ListField(child=serializers.CharField())
    region = serializers.CharField()
    parent_body = serializers.CharField()
    employees = serializers.IntegerField(allow_null=True)
    entered_stage_on = serializers.DateField(allow_null=True)
    request_status = serializers.CharField(allow_null=True)
    mentorship_status = serializers.CharField(allow_null=True)


class PipelineSerializer(Serializer[Any]):
    total = serializers.IntegerField()
    by_stage = StageCountSerializer(many=True)
    by_stage_sector = StageSectorCountSerializer(many=True)
    by_region = RegionCountSerializer(many=True)
    moved_last_90_days = serializers.IntegerField(
        help_text="Organisations whose stage changed in the last 90 days."
    )
    organisations = PipelineOrganisationSerializer(many=True)


# The pipeline's columns, each code followed by the words people read on the page, so the file
# sorts and filters on codes and still reads as the page does.
PIPELINE_LABELS = {
    "stage": "stage_label",
    "sectors": "sector_names",
    "region": "region_label",
    "parent_body": "parent_body_label",
}
PIPELINE_CSV = [
    name
    for column in selectors.PIPELINE_COLUMNS
    for name in (column, PIPELINE_LABELS.get(column))
    if name is not None
]


def pipeline_csv_rows(organisations: list[dict[str, Any]]) -> list[list[Any]]:
    sector_names = dict(Sector.objects.values_list("slug", "name"))
    stages, regions, bodies = dict(Stage.choices), dict(Region.choices), dict(ParentBody.choices)

    def labelled(org: dict[str, Any]) -> dict[str, Any]:
        return org | {
            "stage_label": stages.get(org["stage"], ""),
            "sector_names": [sector_names.get(s, s) for s in org["sectors"] or []],
            "region_label": regions.get(org["region"], ""),
            "parent_body_label": bodies.get(org["parent_body"], ""),
        }

    return [[row[key] for key in PIPELINE_CSV] for row in map(labelled, organisations)]


def pipeline_filters(params: Any) -> selectors.PipelineFilters:
    form = PipelineQuerySerializer(data=params)
    form.is_valid(raise_exception=True)
    data = form.validated_data
    sector = data.get("sector")
    return selectors.PipelineFilters(
        sector=sector.slug if sector else None,
        region=data.get("region") or None,
        parent_body=data.get("parent_body") or None,
        priority=data.get("priority"),
    )


class PipelineView(CsvCapableView):
    extra_query_params = ("sector", "region", "parent_body", "priority")

    @extend_schema(
        operation_id="programme_pipeline_retrieve",
        parameters=[PipelineQuerySerializer],
        responses={
            (200, "application/json"): PipelineSerializer,
            (200, "text/csv"): OpenApiTypes.STR,
        },
    )
    def get(self, request: Request) -> Response:
        data = selectors.pipeline(pipeline_filters(request.query_params))
        organisations = data.pop("organisations")
        if self.wants_csv(request):
            rows = pipeline_csv_rows(organisations)
            return self.csv_response(PIPELINE_CSV, rows, f"pipeline-{timezone.localdate()}")
        # The rows are already plain values in the documented shape (the day as ISO text);
        # running thousands of them through a serializer took longer than every query of
        # this view together.
        body = dict(PipelineSerializer(data | {"organisations": []}).data)
        body["organisations"] = organisations
        return Response(body)


# --- reports ----------------------------------------------------------------------------------
REPORT_TABLES = ("monthly", "by_sector", "by_stage", "by_region", "summary")


class ReportQuerySerializer(Serializer[Any]):
    from_ = serializers.DateField(required=False, help_text="First day, YYYY-MM-DD.")
    to = serializers.DateField(required=False, help_text="Last day (inclusive), YYYY-MM-DD.")
    table = serializers.ChoiceField(
        choices=REPORT_TABLES,
        required=False,
        default="monthly",
        help_text="Which table the CSV holds (JSON always has them all).",
    )

    def get_fields(self) -> dict[str, Any]:
        fields = super().get_fields()
        # `from` is a Python keyword; the query string uses it as the API contract names it
        # (docs/programme.md).
        fields["from"] = fields.pop("from_")
        return fields

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        period = selectors.chosen_period(attrs.get("from"), attrs.get("to"))
        if period.start > period.end:
            raise serializers.ValidationError(
                {"to": ["The last day must not be before the first."]}
            )
        return {"period": period, "table": attrs["table"]}


class BreakdownSerializer(Serializer[Any]):
    label = serializers.CharField()  # type: ignore[assignment]
    requests = serializers.IntegerField()
    matches = serializers.IntegerField()
    completed = serializers.IntegerField()
    ended_early = serializers.IntegerField()


class SectorBreakdownSerializer(BreakdownSerializer):
    sector = serializers.CharField()
    priority = serializers.BooleanField()


class StageBreakdownSerializer(BreakdownSerializer):
    stage = serializers.IntegerField()


class RegionBreakdownSerializer(BreakdownSerializer):
    region = serializers.CharField()


class MonthSerializer(Serializer[Any]):
    month = serializers.CharField(help_text="YYYY-MM")
    requests = serializers.IntegerField()
    matches = serializers.IntegerField()
    completed = serializers.IntegerField()


class RatingsSerializer(Serializer[Any]):
    mentor = serializers.FloatField(allow_null=True, help_text="Mean rating given by mentors.")
    mentee = serializers.FloatField(allow_null=True, help_text="Mean rating given by mentees.")


class ReportSerializer(Serializer[Any]):
    from_ = serializers.DateField()
    to = serializers.DateField()
    requests_received = serializers.IntegerField()
    matches_confirmed = serializers.IntegerField()
    median_days_to_match = serializers.FloatField(allow_null=True)
    matched_within_30_days = serializers.IntegerField()
    active_mentorships = serializers.IntegerField()
    completed = serializers.IntegerField()
    ended_early = serializers.IntegerField()
    completion_rate = serializers.FloatField(allow_null=True)
    meeting_hours = serializers.FloatField()
    average_rating = RatingsSerializer()
    mentor_utilisation = serializers.FloatField(allow_null=True)
    by_sector = SectorBreakdownSerializer(many=True)
    by_stage = StageBreakdownSerializer(many=True)
    by_region = RegionBreakdownSerializer(many=True)
    monthly = MonthSerializer(many=True)

    def get_fields(self) -> dict[str, Any]:
        fields = super().get_fields()
        fields["from"] = fields.pop("from_")
        return fields


SUMMARY_FIGURES = (
    "requests_received",
    "matches_confirmed",
    "median_days_to_match",
    "matched_within_30_days",
    "active_mentorships",
    "completed",
    "ended_early",
    "completion_rate",
    "meeting_hours",
    "mentor_utilisation",
)
BREAKDOWN_COLUMNS = ["label", "requests", "matches", "completed", "ended_early"]


# The summary's figures as the report page words and shows them: (label, how the value reads).
SUMMARY_WORDS: dict[str, tuple[str, str]] = {
    "requests_received": ("Requests received", "{:d}"),
    "matches_confirmed": ("Matches confirmed", "{:d}"),
    "median_days_to_match": ("Median time to a match", "{:.1f} days"),
    "matched_within_30_days": ("Matched within 30 days", "{:d}"),
    "active_mentorships": ("Mentorships running in the period", "{:d}"),
    "completed": ("Completed", "{:d}"),
    "ended_early": ("Ended early", "{:d}"),
    "completion_rate": ("Completion rate", "{:.0%}"),
    "meeting_hours": ("Hours of meetings", "{:.1f}"),
    "mentor_utilisation": ("Mentor capacity in use today", "{:.0%}"),
    "average_rating_mentor": ("Average rating from mentors", "{:.1f} out of 5"),
    "average_rating_mentee": ("Average rating from organisations", "{:.1f} out of 5"),
}


def _summary_row(name: str, value: Any) -> list[Any]:
    """figure, label, value (rounded to 4 places), shown (as on the page; empty when none)."""
    label, shape = SUMMARY_WORDS[name]
    if value is None:
        return [name, label, None, ""]
    shown = shape.format(round(value) if shape == "{:d}" else value)
    return [name, label, round(value, 4) if isinstance(value, float) else value, shown]


def report_table(data: dict[str, Any], table: str) -> tuple[list[str], list[list[Any]]]:
    """One table of a report as a header and rows, for CSV."""
    if table == "summary":
        figures = [(name, data[name]) for name in SUMMARY_FIGURES] + [
            ("average_rating_mentor", data["average_rating"]["mentor"]),
            ("average_rating_mentee", data["average_rating"]["mentee"]),
        ]
        rows = [_summary_row(name, value) for name, value in figures]
        return ["figure", "label", "value", "shown"], rows
    if table == "monthly":
        header = ["month", "requests", "matches", "completed"]
    else:
        key = {"by_sector": "sector", "by_stage": "stage", "by_region": "region"}[table]
        header = [key, *BREAKDOWN_COLUMNS]
    return header, [[item[h] for h in header] for item in data[table]]


class ReportsView(CsvCapableView):
    extra_query_params = ("from", "to", "table")

    @extend_schema(
        operation_id="programme_reports_retrieve",
        parameters=[ReportQuerySerializer],
        responses={
            (200, "application/json"): ReportSerializer,
            (200, "text/csv"): OpenApiTypes.STR,
        },
    )
    def get(self, request: Request) -> Response:
        form = ReportQuerySerializer(data=request.query_params)
        form.is_valid(raise_exception=True)
        period: selectors.Period = form.validated_data["period"]
        data = selectors.report(period)
        if self.wants_csv(request):
            table = form.validated_data["table"]
            header, rows = report_table(data, table)
            name = f"report-{table.replace('_', '-')}-{period.start}-to-{period.end}"
            return self.csv_response(header, rows, name)
        return Response(ReportSerializer(data).data)


# --- stage history ----------------------------------------------------------------------------
class ActorSerializer(ModelSerializer[User]):
    class Meta:
        model = User
        fields = ["id", "full_name"]
        read_only_fields = fields


class StageChangeSerializer(ModelSerializer[OrganisationStageChange]):
    # Plain numbers (1-6), like `stage` on an organisation; labels come from taxonomy/.
    stage = serializers.IntegerField(read_only=True)
    from_stage = serializers.IntegerField(read_only=True, allow_null=True)
    actor = ActorSerializer(allow_null=True, read_only=True)

    class Meta:
        model = OrganisationStageChange
        fields = ["stage", "from_stage", "at", "actor"]
        read_only_fields = fields


class OrganisationHistoryView(ApiView):
    """Who moved the organisation along the journey, and when; newest first.

    Visible to whoever may see the organisation itself (its members and coordinators)."""

    @extend_schema(
        operation_id="organisations_history_list",
        responses=StageChangeSerializer(many=True),
        parameters=[OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)],
    )
    def get(self, request: Request, pk: int) -> Response:
        user = request.user
        assert isinstance(user, User)
        organisation = policies.visible_or_404(policies.organisations_visible_to(user), pk)
        history = selectors.organisation_stage_history(organisation=organisation)
        return Response(StageChangeSerializer(history, many=True).data)


# --- progress and attention on each mentorship ------------------------------------------------
PROGRESS_FIELDS = ("last_meeting_on", "meetings_count", "goals_done", "goals_total", "attention")


class MentorshipProgressMixin(Serializer[Any]):
    """A mentorship, with how it is going: `last_meeting_on`, `meetings_count`, `goals_done`,
    `goals_total`, and `attention`, the flags that may need a coordinator (`concern_raised`
    is shown to coordinators only)."""

    # Lists read these from the annotations of programme.selectors.mentorships_with_progress;
    # a mentorship loaded without them (one just confirmed) is annotated on the spot.

    last_meeting_on = serializers.SerializerMethodField()
    meetings_count = serializers.SerializerMethodField()
    goals_done = serializers.SerializerMethodField()
    goals_total = serializers.SerializerMethodField()
    attention = serializers.SerializerMethodField()

    def _progress(self, obj: Mentorship) -> Any:
        if hasattr(obj, "meetings_count"):
            return obj
        cache = self.__dict__.setdefault("_progress_cache", {})
        if obj.pk not in cache:
            request = self.context.get("request")
            user = getattr(request, "user", None)
            coordinator = isinstance(user, User) and user.is_coordinator
            cache[obj.pk] = selectors.mentorships_with_progress(
                Mentorship.objects.filter(pk=obj.pk), include_concerns=coordinator
            ).first()
        return cache[obj.pk] or obj

    # Null until the first meeting is logged.
    @extend_schema_field({"type": "string", "format": "date", "nullable": True})
    def get_last_meeting_on(self, obj: Mentorship) -> date | None:
        return getattr(self._progress(obj), "last_meeting_on", None)

    def get_meetings_count(self, obj: Mentorship) -> int:
        return int(getattr(self._progress(obj), "meetings_count", 0))

    def get_goals_done(self, obj: Mentorship) -> int:
        return int(getattr(self._progress(obj), "goals_done", 0))

    def get_goals_total(self, obj: Mentorship) -> int:
        return int(getattr(self._progress(obj), "goals_total", 0))

    @extend_schema_field(
        {"type": "array", "items": {"type": "string", "enum": list(selectors.ATTENTION_FLAGS)}}
    )
    def get_attention(self, obj: Mentorship) -> list[str]:
        return selectors.attention_of(self._progress(obj))
