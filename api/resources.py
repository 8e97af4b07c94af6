"""API for the guide, the resource library, signposts and case studies: thin views over services.

Lists and pages are open to anyone (published items only); writes are for coordinators, except
a person's own "was this useful?" answer, their organisation's checklist, and consent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404
from django.http.multipartparser import MultiPartParser as DjangoMultiPartParser
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ParseError
from rest_framework.parsers import DataAndFiles
from rest_framework.parsers import MultiPartParser as DRFMultiPartParser
from rest_framework.permissions import AllowAny, BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import Sector, Stage, User
from api.base import ApiView, ContractMixin
from api.fields import (
    MAX_ID,
    SEARCH_MAX_LENGTH,
    ModelSerializer,
    RelatedIdField,
    Serializer,
    VocabularySlugField,
)
from api.messages import PlainErrorsMixin
from api.pagination import Pagination
from api.parsers import JSONParser
from api.permissions import IsCoordinator
from matching.models import MentoringRequest, Mentorship, Topic
from resources import guide, services
from resources import selectors as sel
from resources.models import CaseStudy, Resource

ID_REGEX = r"[0-9]+"
GUIDE_STAGES = [g.stage for g in guide.GUIDE]


def _user(request: Request) -> User:
    assert isinstance(request.user, User)
    return request.user


def _stages_field(**kwargs: Any) -> serializers.ListField:
    return serializers.ListField(
        child=serializers.ChoiceField(choices=Stage.choices), max_length=6, **kwargs
    )


# --- serializers ------------------------------------------------------------------------------
_Row = TypeVar("_Row", Resource, CaseStudy)


def _patch_with_status(
    request: Request,
    instance: _Row,
    form_class: type[ModelSerializer[Any]],
    *,
    update: Callable[..., _Row],
    move: Callable[[_Row, str], _Row],
) -> _Row:
    """A PATCH whose fields go through one service and whose `status` goes through another."""
    form = form_class(instance, data=request.data, partial=True)
    form.is_valid(raise_exception=True)
    data = dict(form.validated_data)
    wanted = data.pop("status", None)
    if data:
        instance = update(instance, **data)
    if wanted is not None:
        instance = move(instance, wanted)
    return instance


class ChecklistItemSerializer(Serializer[Any]):
    id = serializers.CharField()
    text = serializers.CharField()
    topics = serializers.ListField(child=serializers.CharField())


class GuideStageSerializer(Serializer[Any]):
    stage = serializers.IntegerField()
    slug = serializers.CharField()
    title = serializers.CharField()
    summary = serializers.CharField()
    body = serializers.ListField(child=serializers.CharField())
    checklist = ChecklistItemSerializer(many=True)
    resources = serializers.ListField(child=serializers.IntegerField())


class OfferedNeedSerializer(Serializer[Any]):
    topic = serializers.CharField()
    because = serializers.CharField()


class GuideProgressSerializer(Serializer[Any]):
    stage = serializers.IntegerField(read_only=True)
    # The guide's item ids, so the schema lists them (resources.services checks them again).
    done = serializers.ListField(
        child=serializers.ChoiceField(choices=sorted(guide.ITEMS)), max_length=100
    )
    offered_needs = OfferedNeedSerializer(many=True, read_only=True)


class ResourceSerializer(PlainErrorsMixin, ModelSerializer[Resource]):
    missing_messages: ClassVar[dict[str, str]] = {
        "title": "Enter a title",
        "summary": "Enter a summary in our own words",
        "kind": "Choose the type of resource",
        "status": "Choose whether it is a draft, published or archived",
    }

    stages = _stages_field(required=False)
    topics = VocabularySlugField(
        many=True, slug_field="slug", queryset=Topic.objects.all(), required=False
    )
    sectors = VocabularySlugField(
        many=True,
        slug_field="slug",
        queryset=Sector.objects.all(),
        required=False,
        help_text="The service areas it was written for; empty when it is for every area.",
    )
    status = serializers.ChoiceField(choices=Resource.Status.choices, required=False)
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = Resource
        fields = [
            "id",
            "title",
            "summary",
            "kind",
            "url",
            "download_url",
            "file_name",
            "file_type",
            "file_size",
            "stages",
            "topics",
            "sectors",
            "publisher",
            "status",
            "updated_at",
        ]
        read_only_fields = ["file_name", "file_type", "file_size", "updated_at"]

    def to_representation(self, instance: Resource) -> dict[str, Any]:
        data = super().to_representation(instance)
        data["stages"] = [row.stage for row in instance.stage_rows.all()]
        return data

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_download_url(self, obj: Resource) -> str | None:
        return f"/resources/{obj.pk}/download/" if obj.file else None


class CoordinatorResourceSerializer(ResourceSerializer):
    """Coordinators also see how people answered "Was this useful?"."""

    useful_yes = serializers.IntegerField(read_only=True)
    useful_no = serializers.IntegerField(read_only=True)

    class Meta(ResourceSerializer.Meta):
        fields = [*ResourceSerializer.Meta.fields, "useful_yes", "useful_no"]


class ResourceFilterSerializer(Serializer[Any]):
    stage = serializers.ChoiceField(choices=Stage.choices, required=False)
    # An unknown topic is a 400 naming it, not an empty list that looks like "no resources".
    topic = VocabularySlugField(slug_field="slug", queryset=Topic.objects.all(), required=False)
    sector = VocabularySlugField(slug_field="slug", queryset=Sector.objects.all(), required=False)
    kind = serializers.ChoiceField(choices=Resource.Kind.choices, required=False)
    status = serializers.ChoiceField(choices=Resource.Status.choices, required=False)
    q = serializers.CharField(max_length=SEARCH_MAX_LENGTH, required=False, allow_blank=True)


class ResourceFileSerializer(Serializer[Any]):
    file = serializers.FileField(allow_empty_file=True)


class UsefulSerializer(Serializer[Any]):
    useful = serializers.BooleanField()


class UsefulAnswerSerializer(Serializer[Any]):
    resource = serializers.IntegerField()
    useful = serializers.BooleanField()


class WhySerializer(Serializer[Any]):
    stage = serializers.IntegerField(allow_null=True)
    topics = serializers.ListField(child=serializers.CharField())
    # The organisation's service areas a resource written for a few areas was written for.
    sectors = serializers.ListField(child=serializers.CharField())
    text = serializers.CharField()


class SignpostSerializer(Serializer[Any]):
    id = serializers.IntegerField(source="resource.id")
    title = serializers.CharField(source="resource.title")
    summary = serializers.CharField(source="resource.summary")
    kind = serializers.CharField(source="resource.kind")
    url = serializers.CharField(source="resource.url")
    download_url = serializers.SerializerMethodField()
    publisher = serializers.CharField(source="resource.publisher")
    why = WhySerializer()

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_download_url(self, obj: sel.Signpost) -> str | None:
        return f"/resources/{obj.resource.pk}/download/" if obj.resource.file else None


class CaseStudySerializer(PlainErrorsMixin, ModelSerializer[CaseStudy]):
    missing_messages: ClassVar[dict[str, str]] = {
        "title": "Enter a title",
        "summary": "Enter a summary",
        "body": "Enter the story",
        "status": "Choose whether it is a draft, published or archived",
    }

    sectors = VocabularySlugField(
        many=True, slug_field="slug", queryset=Sector.objects.all(), required=False
    )
    stages = _stages_field(required=False)
    mentorship = RelatedIdField(queryset=Mentorship.objects.all(), required=False, allow_null=True)
    status = serializers.ChoiceField(choices=CaseStudy.Status.choices, required=False)

    class Meta:
        model = CaseStudy
        fields = [
            "id",
            "title",
            "summary",
            "body",
            "sectors",
            "stages",
            "mentorship",
            "consent_mentor",
            "consent_mentee",
            "status",
            "published_at",
            "updated_at",
        ]
        read_only_fields = ["consent_mentor", "consent_mentee", "published_at", "updated_at"]


class ConsentSerializer(Serializer[Any]):
    consent = serializers.BooleanField()


# --- the guide --------------------------------------------------------------------------------
class GuideView(ApiView):
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]

    @extend_schema(responses=GuideStageSerializer(many=True), operation_id="guide_list")
    def get(self, request: Request) -> Response:
        resource_ids = sel.guide_resource_ids()
        stages = [
            {
                "stage": g.stage,
                "slug": g.slug,
                "title": g.title,
                "summary": g.summary,
                "body": list(g.body),
                "checklist": [
                    {"id": i.id, "text": i.text, "topics": list(i.topics)} for i in g.checklist
                ],
                "resources": resource_ids[g.stage],
            }
            for g in guide.GUIDE
        ]
        return Response(GuideStageSerializer(stages, many=True).data)


class IsMenteeWithOrganisation(BasePermission):
    message = "Only a member of a fledgling mutual has a guide checklist."

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        return isinstance(user, User) and user.is_mentee and user.organisation_id is not None


class GuideProgressView(ApiView):
    """The checklist of the caller's own organisation, and the needs it suggests."""

    permission_classes = [IsAuthenticated, IsMenteeWithOrganisation]

    def _answer(self, user: User) -> Response:
        organisation = user.organisation
        assert organisation is not None
        data = {
            "stage": organisation.stage,
            "done": sel.checklist_done(organisation.pk),
            "offered_needs": sel.offered_needs(
                organisation_id=organisation.pk, stage=organisation.stage
            ),
        }
        return Response(GuideProgressSerializer(data).data)

    @extend_schema(responses=GuideProgressSerializer, operation_id="guide_progress_retrieve")
    def get(self, request: Request) -> Response:
        return self._answer(_user(request))

    @extend_schema(
        request=GuideProgressSerializer,
        responses=GuideProgressSerializer,
        operation_id="guide_progress_update",
    )
    def put(self, request: Request) -> Response:
        user = _user(request)
        form = GuideProgressSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        assert user.organisation is not None
        services.checklist_update(
            organisation=user.organisation, actor=user, done=form.validated_data["done"]
        )
        return self._answer(user)


# --- the library ------------------------------------------------------------------------------
class _RecordingDjangoParser(DjangoMultiPartParser):
    """Django trims folders from upload names; remember what the client really sent."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.raw_names: list[str] = []

    def sanitize_file_name(self, file_name: str) -> str | None:
        self.raw_names.append(file_name)
        return super().sanitize_file_name(file_name)


class ResourceMultiPartParser(DRFMultiPartParser):
    """DRF's multipart parser, keeping each file's raw name so a path is refused, not trimmed."""

    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        request = (parser_context or {})["request"]
        meta = request.META.copy()
        meta["CONTENT_TYPE"] = media_type
        try:
            parser = _RecordingDjangoParser(
                meta,
                stream,
                request.upload_handlers,
                (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET),
            )
            data, files = parser.parse()
        except MultiPartParserError as exc:
            raise ParseError(f"Multipart form parse error - {exc}") from exc
        uploads = [f for _, found in files.lists() for f in found]
        for upload, raw in zip(uploads, parser.raw_names, strict=False):
            upload.raw_name = raw
        return DataAndFiles(data, files)


def _resource_params() -> list[OpenApiParameter]:
    return [
        OpenApiParameter("stage", int, enum=[s.value for s in Stage]),
        OpenApiParameter("topic", str),
        OpenApiParameter(
            "sector",
            str,
            description="Resources that fit this service area: those written for it, and "
            "those for every area.",
        ),
        OpenApiParameter("kind", str, enum=Resource.Kind.values),
        OpenApiParameter("status", str, enum=Resource.Status.values, description="Coordinators."),
        OpenApiParameter("q", str, description="Words to search for."),
    ]


@extend_schema_view(list=extend_schema(parameters=_resource_params()))
class ResourceViewSet(
    ContractMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[Resource],
):
    # Read by filter_queryset through ResourceFilterSerializer; anything else is a 400.
    extra_query_params = ("stage", "topic", "sector", "kind", "status", "q")
    queryset = Resource.objects.none()
    serializer_class = ResourceSerializer
    pagination_class = Pagination
    lookup_value_regex = ID_REGEX
    filter_backends: list[Any] = []
    http_method_names = ["get", "post", "patch", "put", "head", "options"]

    def get_permissions(self) -> list[BasePermission]:
        if self.action in {"list", "retrieve"}:
            return [AllowAny()]
        if self.action == "useful":
            return [IsAuthenticated()]
        return [IsAuthenticated(), IsCoordinator()]

    def get_parsers(self) -> list[Any]:
        # Files come as multipart to file/ only; every other body is JSON. Parsers are chosen
        # before the action is known, so look at the path.
        request = getattr(self, "request", None)
        path = str(getattr(request, "path", "") or "")
        if getattr(self, "action", None) == "file" or path.rstrip("/").endswith("/file"):
            return [ResourceMultiPartParser()]
        return [JSONParser()]

    def _coordinator(self) -> bool:
        user = self.request.user
        return isinstance(user, User) and user.is_coordinator

    def get_serializer_class(self) -> Any:
        return CoordinatorResourceSerializer if self._coordinator() else ResourceSerializer

    def get_queryset(self) -> QuerySet[Resource]:
        return sel.resources_visible_to(self.request.user)

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.action != "list":
            return queryset
        form = ResourceFilterSerializer(data=self.request.query_params)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        return sel.resource_filter(
            queryset,
            stage=data.get("stage"),
            topic=data["topic"].slug if data.get("topic") else None,
            sector=data["sector"].slug if data.get("sector") else None,
            kind=data.get("kind"),
            status=data.get("status") if self._coordinator() else None,
            q=data.get("q", ""),
        )

    def _respond(self, resource: Resource, code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=resource.pk)
        return Response(self.get_serializer(fresh).data, status=code)

    @extend_schema(request=ResourceSerializer, responses={201: CoordinatorResourceSerializer})
    def create(self, request: Request) -> Response:
        form = ResourceSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = dict(form.validated_data)
        wanted_status = data.pop("status", Resource.Status.DRAFT)
        resource = services.resource_create(actor=_user(request), **data)
        resource = self._status_change(resource, wanted_status)
        return self._respond(resource, status.HTTP_201_CREATED)

    def _status_change(self, resource: Resource, wanted: str) -> Resource:
        actor = _user(self.request)
        if wanted == Resource.Status.PUBLISHED:
            return services.resource_publish(resource=resource, actor=actor)
        if wanted == Resource.Status.ARCHIVED:
            return services.resource_archive(resource=resource, actor=actor)
        return services.resource_draft(resource=resource, actor=actor)

    @extend_schema(request=ResourceSerializer, responses={200: CoordinatorResourceSerializer})
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        resource = _patch_with_status(
            request,
            self.get_object(),
            ResourceSerializer,
            update=lambda row, **data: services.resource_update(
                resource=row, actor=_user(request), **data
            ),
            move=self._status_change,
        )
        return self._respond(resource)

    @extend_schema(
        request={"multipart/form-data": ResourceFileSerializer},
        responses={200: CoordinatorResourceSerializer},
    )
    @action(detail=True, methods=["put"])
    def file(self, request: Request, pk: str | None = None) -> Response:
        resource = self.get_object()
        form = ResourceFileSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        upload = form.validated_data["file"]
        resource = services.resource_file_attach(
            resource=resource,
            actor=_user(request),
            handle=upload,
            size=upload.size or 0,
            raw_name=getattr(upload, "raw_name", upload.name or ""),
        )
        return self._respond(resource)

    @extend_schema(request=UsefulSerializer, responses={200: UsefulAnswerSerializer})
    @action(detail=True, methods=["post"])
    def useful(self, request: Request, pk: str | None = None) -> Response:
        resource = self.get_object()
        form = UsefulSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        answer = services.resource_feedback_record(
            resource=resource, actor=_user(request), useful=form.validated_data["useful"]
        )
        return Response({"resource": resource.pk, "useful": answer.useful})


# --- signposts --------------------------------------------------------------------------------
def _signpost_page(signposts: list[sel.Signpost]) -> Response:
    return Response(SignpostSerializer(signposts, many=True).data)


class RequestSignpostsView(ApiView):
    """Resources for a request's organisation stage and its needs (its mentees, coordinators)."""

    @extend_schema(responses=SignpostSerializer(many=True), operation_id="requests_resources_list")
    def get(self, request: Request, pk: str) -> Response:
        user = _user(request)
        found = MentoringRequest.objects.select_related("organisation")
        if not user.is_coordinator:
            found = found.filter(
                organisation_id=(user.organisation_id or -1) if user.is_mentee else -1
            )
        return _signpost_page(sel.signposts_for_request(get_object_or_404(found, pk=pk)))


def _mentorship_for(user: User, pk: str) -> Mentorship:
    found = Mentorship.objects.select_related("request__organisation", "mentor")
    if user.is_mentor:
        found = found.filter(mentor__user=user)
    elif user.is_mentee:
        found = found.filter(request__organisation_id=user.organisation_id or -1)
    elif not user.is_coordinator:
        raise Http404
    return get_object_or_404(found, pk=pk)


class MentorshipSignpostsView(ApiView):
    """Resources for a mentorship: the request's needs plus the topics of its meetings."""

    @extend_schema(
        responses=SignpostSerializer(many=True), operation_id="mentorships_resources_list"
    )
    def get(self, request: Request, pk: str) -> Response:
        mentorship = _mentorship_for(_user(request), pk)
        return _signpost_page(sel.signposts_for_mentorship(mentorship))


# --- case studies -----------------------------------------------------------------------------
@extend_schema_view(
    list=extend_schema(parameters=[OpenApiParameter("mentorship", int)]),
)
class CaseStudyViewSet(
    ContractMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[CaseStudy],
):
    extra_query_params = ("mentorship",)
    queryset = CaseStudy.objects.none()
    serializer_class = CaseStudySerializer
    pagination_class = Pagination
    lookup_value_regex = ID_REGEX
    filter_backends: list[Any] = []
    parser_classes = [JSONParser]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_permissions(self) -> list[BasePermission]:
        if self.action in {"list", "retrieve"}:
            return [AllowAny()]
        if self.action == "consent":
            return [IsAuthenticated()]
        return [IsAuthenticated(), IsCoordinator()]

    def get_queryset(self) -> QuerySet[CaseStudy]:
        queryset = sel.case_studies_visible_to(self.request.user)
        if self.action == "list":
            mentorship = self.request.query_params.get("mentorship")
            if mentorship is not None:
                # isascii: "²".isdigit() is true, and int() of it would fail (a 500).
                valid = mentorship.isascii() and mentorship.isdigit()
                if not valid or not 1 <= int(mentorship) <= MAX_ID:
                    raise serializers.ValidationError({"mentorship": ["Give a mentorship id."]})
                queryset = queryset.filter(mentorship_id=int(mentorship))
        return queryset

    def _respond(self, study: CaseStudy, code: int = status.HTTP_200_OK) -> Response:
        return Response(CaseStudySerializer(self.get_queryset().get(pk=study.pk)).data, status=code)

    def _status_change(self, study: CaseStudy, wanted: str) -> CaseStudy:
        actor = _user(self.request)
        if wanted == CaseStudy.Status.PUBLISHED:
            return services.case_study_publish(case_study=study, actor=actor)
        if wanted == CaseStudy.Status.ARCHIVED:
            return services.case_study_archive(case_study=study, actor=actor)
        # Back to draft: a PATCH with status "draft" had answered 200 and changed nothing.
        return services.case_study_draft(case_study=study, actor=actor)

    @extend_schema(request=CaseStudySerializer, responses={201: CaseStudySerializer})
    def create(self, request: Request) -> Response:
        form = CaseStudySerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = dict(form.validated_data)
        wanted = data.pop("status", CaseStudy.Status.DRAFT)
        study = services.case_study_create(actor=_user(request), **data)
        study = self._status_change(study, wanted)
        return self._respond(study, status.HTTP_201_CREATED)

    @extend_schema(request=CaseStudySerializer, responses={200: CaseStudySerializer})
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        study = _patch_with_status(
            request,
            self.get_object(),
            CaseStudySerializer,
            update=lambda row, **data: services.case_study_update(
                case_study=row, actor=_user(request), **data
            ),
            move=self._status_change,
        )
        return self._respond(study)

    @extend_schema(request=ConsentSerializer, responses={200: CaseStudySerializer})
    @action(detail=True, methods=["post"])
    def consent(self, request: Request, pk: str | None = None) -> Response:
        study = self.get_object()
        form = ConsentSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        study = services.case_study_consent(
            case_study=study, actor=_user(request), consent=form.validated_data["consent"]
        )
        return self._respond(study)
