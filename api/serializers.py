"""Shapes of the API: slugs in and out for vocabulary, contact details only where the privacy
rules allow (docs/api.md).

Input serializers validate only; views hand `validated_data` to one service and serialize what
it returns. Nothing here saves.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import Organisation, Sector, User
from api.explaining import ExplainedProposalMixin, ProposalListSerializer
from api.fields import (
    ModelSerializer,
    RelatedIdField,
    Serializer,
    VocabularySlugField,
    read_only_slugs,
)
from api.mentorship_news import MentorshipListSerializer, MentorshipNewsMixin
from api.messages import PlainErrorsMixin
from api.programme import PROGRESS_FIELDS, MentorshipProgressMixin
from matching import policies
from matching.models import (
    Feedback,
    Goal,
    MatchRun,
    Meeting,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Proposal,
    ScoringModel,
    Topic,
)


def _slugs(queryset: Any = None, *, required: bool = True, allow_empty: bool = True) -> Any:
    """Vocabulary as a list of slugs; an unknown slug is a 400 naming the field."""
    if queryset is None:
        return read_only_slugs()
    return VocabularySlugField(
        many=True,
        slug_field="slug",
        queryset=queryset,
        required=required,
        allow_empty=allow_empty,
    )


# --- errors (documented on every operation by api.schema) ----------------------------------
class ErrorSerializer(Serializer[Any]):
    detail = serializers.CharField()


class ConflictSerializer(Serializer[Any]):
    detail = serializers.CharField()
    code = serializers.CharField()


# --- me, taxonomy, token --------------------------------------------------------------------
class MeSerializer(ModelSerializer[User]):
    class Meta:
        model = User
        fields = ["id", "email", "full_name", "role", "organisation"]
        read_only_fields = fields


class NamedSlugSerializer(Serializer[Any]):
    slug = serializers.CharField()
    name = serializers.CharField()


class StageItemSerializer(Serializer[Any]):
    value = serializers.IntegerField()
    slug = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # the API contract names it `label`


class RegionItemSerializer(Serializer[Any]):
    slug = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # the API contract names it `label`


class ChoiceItemSerializer(Serializer[Any]):
    slug = serializers.CharField(help_text="The value the API sends and accepts.")
    label = serializers.CharField(help_text="The words pages show for it.")  # type: ignore[assignment]


class TaxonomySerializer(Serializer[Any]):
    """Every vocabulary a page needs, so scripts never keep their own copy of a label."""

    sectors = NamedSlugSerializer(many=True)
    topics = NamedSlugSerializer(many=True)
    stages = StageItemSerializer(many=True)
    regions = RegionItemSerializer(many=True)
    parent_bodies = ChoiceItemSerializer(many=True, help_text="Organisation.parent_body")
    legal_forms = ChoiceItemSerializer(many=True, help_text="Organisation.legal_form")
    preferred_formats = ChoiceItemSerializer(
        many=True, help_text="MentoringRequest.preferred_format"
    )
    request_statuses = ChoiceItemSerializer(many=True, help_text="MentoringRequest.status")
    proposal_statuses = ChoiceItemSerializer(many=True, help_text="Proposal.status")
    mentorship_statuses = ChoiceItemSerializer(many=True, help_text="Mentorship.status")
    enquiry_kinds = ChoiceItemSerializer(many=True, help_text="Enquiry.kind")
    enquiry_statuses = ChoiceItemSerializer(many=True, help_text="Enquiry.status")
    match_run_statuses = ChoiceItemSerializer(many=True, help_text="MatchRun.status")
    resource_statuses = ChoiceItemSerializer(many=True, help_text="Resource.status")
    case_study_statuses = ChoiceItemSerializer(many=True, help_text="CaseStudy.status")
    roles = ChoiceItemSerializer(many=True, help_text="User.role")
    mentorship_changes = ChoiceItemSerializer(
        many=True,
        help_text="The verbs of a mentorship's `latest_change`, labelled as in its audit trail.",
    )


class TokenRequestSerializer(Serializer[Any]):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=128, trim_whitespace=False)


class TokenSerializer(Serializer[Any]):
    token = serializers.CharField()


# --- organisations --------------------------------------------------------------------------
class OrganisationSerializer(PlainErrorsMixin, ModelSerializer[Organisation]):
    sectors = _slugs(Sector.objects.all(), required=False)

    class Meta:
        model = Organisation
        fields = ["id", *Organisation.PROFILE_FIELDS, "created_at", "updated_at"]
        read_only_fields = ["id", "created_at", "updated_at"]


# --- mentors --------------------------------------------------------------------------------
class MentorSerializer(PlainErrorsMixin, ModelSerializer[MentorProfile]):
    expertise = _slugs(Topic.objects.all(), required=False)
    sectors = _slugs(Sector.objects.all(), required=False)
    full_name = serializers.CharField(source="user.full_name", read_only=True)
    organisation = serializers.SerializerMethodField()
    active_mentorships = serializers.SerializerMethodField()
    email = serializers.SerializerMethodField()
    phone = serializers.SerializerMethodField()

    class Meta:
        model = MentorProfile
        fields = [
            "id",
            "user",
            "full_name",
            "organisation",
            "expertise",
            "sectors",
            "capacity",
            "accepting",
            "remote_ok",
            "bio",
            "active_mentorships",
            "email",
            "phone",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "user", "created_at", "updated_at"]

    @extend_schema_field(OpenApiTypes.INT)
    def get_organisation(self, obj: MentorProfile) -> int | None:
        return obj.user.organisation_id

    @extend_schema_field(OpenApiTypes.INT)
    def get_active_mentorships(self, obj: MentorProfile) -> int:
        return int(getattr(obj, "active_mentorships", 0))

    # Contact details appear only once a mentorship exists (matching.visibility decides), and
    # never for a closed account (its address is a placeholder).
    def _contactable(self, obj: MentorProfile) -> bool:
        return getattr(obj, "contact_visible", False) and not policies.account_closed(obj.user)

    @extend_schema_field({"type": "string", "format": "email", "nullable": True})
    def get_email(self, obj: MentorProfile) -> str | None:
        return obj.user.email if self._contactable(obj) else None

    @extend_schema_field({"type": "string", "nullable": True})
    def get_phone(self, obj: MentorProfile) -> str | None:
        return obj.user.phone if self._contactable(obj) else None


# --- requests -------------------------------------------------------------------------------
class MentoringRequestSerializer(PlainErrorsMixin, ModelSerializer[MentoringRequest]):
    needs = _slugs(Topic.objects.all(), allow_empty=False)
    scoring = serializers.SerializerMethodField()

    class Meta:
        model = MentoringRequest
        fields = [
            "id",
            "organisation",
            "created_by",
            "needs",
            "summary",
            "goals",
            "preferred_format",
            "status",
            "scoring",
            "created_at",
            "updated_at",
        ]
        read_only_fields = [
            "id",
            "organisation",
            "created_by",
            "status",
            "created_at",
            "updated_at",
        ]

    # The match runs' own status enum (named once in the schema), or null before any run.
    @extend_schema_field(serializers.ChoiceField(choices=MatchRun.Status.choices, allow_null=True))
    def get_scoring(self, obj: MentoringRequest) -> str | None:
        """Where scoring stands: the status of the latest run that covers this request (its
        own, a round queued after it was filed, or a mentor run for a mentor among its
        suggestions); null before the first. Poll until `succeeded` or `failed`."""
        return getattr(obj, "scoring", None)


class WithdrawSerializer(PlainErrorsMixin, Serializer[Any]):
    reason = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")


class ReasonSerializer(PlainErrorsMixin, Serializer[Any]):
    reason = serializers.CharField(max_length=2000)


# --- proposals ------------------------------------------------------------------------------
class ProposalRequestSerializer(ModelSerializer[MentoringRequest]):
    """What a proposed mentor needs to know about the request to decide."""

    needs = _slugs()
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    stage = serializers.IntegerField(source="organisation.stage", read_only=True)
    region = serializers.CharField(source="organisation.region", read_only=True)

    class Meta:
        model = MentoringRequest
        fields = [
            "id",
            "organisation",
            "organisation_name",
            "stage",
            "region",
            "needs",
            "summary",
            "goals",
            "preferred_format",
            "status",
            "created_at",
        ]
        read_only_fields = fields


class ProposalMentorSerializer(ModelSerializer[MentorProfile]):
    """The mentor as an introduction shows them: no contact details."""

    full_name = serializers.CharField(source="user.full_name", read_only=True)
    organisation_name = serializers.SerializerMethodField()
    expertise = _slugs()
    sectors = _slugs()

    class Meta:
        model = MentorProfile
        fields = [
            "id",
            "full_name",
            "organisation_name",
            "expertise",
            "sectors",
            "remote_ok",
            "bio",
        ]
        read_only_fields = fields

    @extend_schema_field({"type": "string", "nullable": True})
    def get_organisation_name(self, obj: MentorProfile) -> str | None:
        org = obj.user.organisation
        return org.name if org else None


class ProposalSerializer(ExplainedProposalMixin, ModelSerializer[Proposal]):
    # `explanation` (with a sentence per factor) and `mentor_load` come from the mixin.
    request_detail = ProposalRequestSerializer(source="request", read_only=True)
    mentor_detail = ProposalMentorSerializer(source="mentor", read_only=True)
    stale = serializers.BooleanField(
        read_only=True,
        default=False,
        help_text="True while a newer match run re-scores this suggestion's request: its score "
        "and explanation will be replaced when that run finishes. Only `suggested` proposals "
        "are ever re-scored.",
    )

    class Meta:
        model = Proposal
        fields = [
            "id",
            "request",
            "mentor",
            "score",
            "rank",
            "recommended",
            "explanation",
            "status",
            "reason",
            "run",
            "decided_by",
            "request_detail",
            "mentor_detail",
            "mentor_load",
            "on_hold_for",
            "stale",
            "created_at",
            "updated_at",
            "status_changed_at",
        ]
        read_only_fields = fields
        list_serializer_class = ProposalListSerializer


# --- mentorships ----------------------------------------------------------------------------
class ContactSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    full_name = serializers.CharField(
        allow_blank=True, help_text="Empty once the person has closed their account."
    )
    email = serializers.EmailField(
        allow_null=True, help_text="Null once the person has closed their account."
    )
    phone = serializers.CharField(allow_blank=True)
    account_closed = serializers.SerializerMethodField(
        help_text="True once the person has closed their account: there is nobody to contact."
    )

    def get_account_closed(self, user: User) -> bool:
        return policies.account_closed(user)

    def to_representation(self, instance: Any) -> Any:
        data = super().to_representation(instance)
        if data["account_closed"]:
            # Their row stays for the records, anonymised; its placeholders are nobody's.
            data.update(full_name="", email=None, phone="")
        return data


class MentorshipSerializer(
    MentorshipProgressMixin, MentorshipNewsMixin, ModelSerializer[Mentorship]
):
    # `latest_change`, `my_feedback_given` and `reopen_until` come from the mixin; meetings,
    # goals and attention flags from MentorshipProgressMixin (programme oversight).
    # Both parties' contact details: a mentorship is what makes them visible.
    mentor_contact = ContactSerializer(source="mentor.user", read_only=True)
    mentee_contact = ContactSerializer(source="request.created_by", read_only=True)
    organisation = serializers.IntegerField(source="request.organisation_id", read_only=True)
    organisation_name = serializers.CharField(source="request.organisation.name", read_only=True)

    class Meta:
        model = Mentorship
        fields = [
            "id",
            "proposal",
            "mentor",
            "request",
            "organisation",
            "organisation_name",
            "status",
            "started_at",
            "ended_at",
            "end_reason",
            "mentor_contact",
            "mentee_contact",
            "latest_change",
            "my_feedback_given",
            "reopen_until",
            *PROGRESS_FIELDS,
        ]
        read_only_fields = fields
        list_serializer_class = MentorshipListSerializer


class MeetingSerializer(PlainErrorsMixin, ModelSerializer[Meeting]):
    topics = _slugs(Topic.objects.all(), required=False)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "mentorship",
            "held_on",
            "minutes",
            "topics",
            "notes",
            "created_by",
            "created_at",
        ]
        read_only_fields = ["id", "mentorship", "created_by", "created_at"]


class GoalSerializer(PlainErrorsMixin, ModelSerializer[Goal]):
    done = serializers.SerializerMethodField()

    class Meta:
        model = Goal
        fields = [
            "id",
            "mentorship",
            "title",
            "due_on",
            "done",
            "done_at",
            "created_by",
            "created_at",
        ]
        read_only_fields = ["id", "mentorship", "done_at", "created_by", "created_at"]

    @extend_schema_field(OpenApiTypes.BOOL)
    def get_done(self, obj: Goal) -> bool:
        return obj.done_at is not None


class GoalDoneSerializer(PlainErrorsMixin, Serializer[Any]):
    done = serializers.BooleanField()


class FeedbackSerializer(PlainErrorsMixin, ModelSerializer[Feedback]):
    class Meta:
        model = Feedback
        fields = ["id", "mentorship", "author", "side", "rating", "comment", "created_at"]
        read_only_fields = ["id", "mentorship", "author", "side", "created_at"]


# --- engine ---------------------------------------------------------------------------------
class MatchRunSerializer(ModelSerializer[MatchRun]):
    class Meta:
        model = MatchRun
        fields = [
            "id",
            "kind",
            "status",
            "progress",
            "counts",
            "error",
            "model",
            "request",
            "mentor",
            "requested_by",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields


# The kinds a coordinator may start: a mentor run is queued by the mentor's own edit only.
# Named in SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"] (MatchRunCreateKindEnum).
MATCH_RUN_CREATE_KINDS = [
    (kind.value, kind.label) for kind in (MatchRun.Kind.REQUEST, MatchRun.Kind.ROUND)
]


class MatchRunCreateSerializer(Serializer[Any]):
    kind = serializers.ChoiceField(choices=MATCH_RUN_CREATE_KINDS, default=MatchRun.Kind.ROUND)
    request = RelatedIdField(
        queryset=MentoringRequest.objects.all(), required=False, allow_null=True, default=None
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["kind"] == MatchRun.Kind.REQUEST and attrs.get("request") is None:
            raise serializers.ValidationError({"request": "A request run needs a request id."})
        if attrs["kind"] == MatchRun.Kind.ROUND and attrs.get("request") is not None:
            raise serializers.ValidationError({"request": "A round scores every open request."})
        return attrs


class MatchRunQueuedSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=MatchRun.Status.choices)


class ScoringModelSerializer(ModelSerializer[ScoringModel]):
    class Meta:
        model = ScoringModel
        fields = [
            "id",
            "version",
            "weights",
            "trained_on",
            "metrics",
            "active",
            "library_version",
            "format_version",
            "created_at",
        ]
        read_only_fields = fields
