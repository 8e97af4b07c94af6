"""API for the programme's inbox: anyone may write in; coordinators read, assign, reply, close.

Concerns about a mentorship come in through `mentorships/{id}/concern/` and land in the same
inbox; the other side of the mentorship can never read them.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny, BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import User
from api.base import ApiView, ContractMixin
from api.fields import SEARCH_MAX_LENGTH, ModelSerializer, RelatedIdField, Serializer
from api.messages import PlainErrorsMixin
from api.pagination import Pagination
from api.parsers import JSONParser
from api.permissions import IsCoordinator
from api.resources import _mentorship_for
from core.net import client_ip
from enquiries import selectors as sel
from enquiries import services
from enquiries.models import CONCERN_ELSEWHERE, PUBLIC_KINDS, Enquiry, EnquiryMessage

ID_REGEX = r"[0-9]+"


def client_address(request: HttpRequest) -> str:
    """The one place the inbox learns who is writing (trusted proxies handled by core.net)."""
    return client_ip(request)


def _user(request: Request) -> User:
    assert isinstance(request.user, User)
    return request.user


class SpamSuspected(exceptions.APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "spam_suspected"
    default_detail = "This message looks automated, so we did not send it."


# --- serializers ------------------------------------------------------------------------------
class PublicKindField(serializers.ChoiceField):
    """The kinds anyone may write in about (the schema lists those alone); a concern is
    refused with where to raise it instead, not as an unknown choice."""

    def to_internal_value(self, data: Any) -> Any:
        if data == Enquiry.Kind.CONCERN:
            raise serializers.ValidationError(CONCERN_ELSEWHERE)
        return super().to_internal_value(data)


@extend_schema_field(
    {
        "type": "string",
        "maxLength": 0,
        "writeOnly": True,
        "description": "Leave empty. The contact page hides this field from people, so a "
        "value means an automated sender: the message is refused (400 `spam_suspected`).",
    }
)
class HoneypotField(serializers.CharField):
    """The schema says what a client must send (nothing); the view refuses anything else as
    spam, with its own code, rather than as a too-long value."""


class EnquiryCreateSerializer(PlainErrorsMixin, ModelSerializer[Enquiry]):
    missing_messages: ClassVar[dict[str, str]] = {
        "kind": "Choose what your message is about",
        "name": "Enter your name",
        "email": "Enter your e-mail address",
        "message": "Enter your message",
    }
    invalid_messages: ClassVar[dict[str, str]] = {
        "kind": "Choose what your message is about",
        "email": "Enter an e-mail address like name@example.org",
    }
    kind = PublicKindField(choices=PUBLIC_KINDS)
    # The honeypot: hidden from people, so only a robot fills it in.
    website = HoneypotField(required=False, allow_blank=True, max_length=200, write_only=True)

    class Meta:
        model = Enquiry
        fields = ["kind", "name", "email", "organisation_name", "message", "website"]


class EnquiryCreatedSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    reference = serializers.CharField()


class AssigneeSerializer(ModelSerializer[User]):
    class Meta:
        model = User
        fields = ["id", "full_name"]


class EnquirySerializer(ModelSerializer[Enquiry]):
    assignee = RelatedIdField(
        noun="coordinator",
        queryset=User.objects.coordinators(),
        allow_null=True,
        required=False,
    )
    assignee_name = serializers.SerializerMethodField()
    mentorship_title = serializers.SerializerMethodField(
        help_text="A concern's mentorship as the inbox names it: the fledgling mutual with its "
        "mentor. Null for enquiries that are not about a mentorship."
    )
    days_waiting = serializers.SerializerMethodField()
    messages_count = serializers.IntegerField(read_only=True)
    status = serializers.ChoiceField(choices=Enquiry.Status.choices, required=False)

    class Meta:
        model = Enquiry
        fields = [
            "id",
            "reference",
            "kind",
            "name",
            "email",
            "organisation_name",
            "message",
            "status",
            "assignee",
            "assignee_name",
            "mentorship",
            "mentorship_title",
            "created_at",
            "closed_at",
            "invited_at",
            "anonymised_at",
            "days_waiting",
            "messages_count",
        ]
        read_only_fields = [
            "reference",
            "kind",
            "name",
            "email",
            "organisation_name",
            "message",
            "mentorship",
            "created_at",
            "closed_at",
            "invited_at",
            "anonymised_at",
        ]

    def get_assignee_name(self, obj: Enquiry) -> str:
        return obj.assignee.full_name if obj.assignee else ""

    def get_mentorship_title(self, obj: Enquiry) -> str | None:
        mentorship = obj.mentorship
        if mentorship is None:
            return None
        return f"{mentorship.request.organisation.name} with {mentorship.mentor.user.full_name}"

    def get_days_waiting(self, obj: Enquiry) -> int:
        """Whole days since it arrived, up to now or to when it was closed."""
        end = obj.closed_at or timezone.now()
        return max(0, (end - obj.created_at).days)


class EnquiryMessageSerializer(PlainErrorsMixin, ModelSerializer[EnquiryMessage]):
    missing_messages: ClassVar[dict[str, str]] = {"body": "Enter your reply or note"}

    author_name = serializers.SerializerMethodField()
    internal = serializers.BooleanField(default=False)

    class Meta:
        model = EnquiryMessage
        fields = ["id", "body", "internal", "author_name", "created_at", "sent_at"]
        read_only_fields = ["created_at", "sent_at"]

    def get_author_name(self, obj: EnquiryMessage) -> str:
        return obj.author.full_name if obj.author else ""


# A coordinator's id, "me" or "none": the same pattern in the schema and in the check.
ASSIGNEE_PATTERN = r"^(me|none|[0-9]{1,18})$"


class EnquiryFilterSerializer(Serializer[Any]):
    status = serializers.ChoiceField(choices=Enquiry.Status.choices, required=False)
    kind = serializers.ChoiceField(choices=Enquiry.Kind.choices, required=False)
    assignee = serializers.RegexField(ASSIGNEE_PATTERN, required=False)
    q = serializers.CharField(max_length=SEARCH_MAX_LENGTH, required=False, allow_blank=True)
    page = serializers.IntegerField(required=False, min_value=1)
    page_size = serializers.IntegerField(required=False, min_value=1, max_value=100)


class ConcernSerializer(PlainErrorsMixin, Serializer[Any]):
    missing_messages: ClassVar[dict[str, str]] = {"message": "Enter what is worrying you"}

    message = serializers.CharField(max_length=5000)


# --- views ------------------------------------------------------------------------------------
@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter("status", str, enum=Enquiry.Status.values),
            OpenApiParameter("kind", str, enum=Enquiry.Kind.values),
            OpenApiParameter(
                "assignee",
                str,
                description="A coordinator's id, me, or none.",
                pattern=ASSIGNEE_PATTERN,
            ),
            OpenApiParameter("q", str, description="Reference, name, e-mail or words."),
        ]
    ),
    # GET only: for the whole action it would also replace the POST's 201.
    messages=extend_schema(methods=["GET"], responses=EnquiryMessageSerializer(many=True)),
)
class EnquiryViewSet(
    ContractMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[Any],
):
    # Read by filter_queryset through EnquiryFilterSerializer; anything else is a 400.
    extra_query_params = ("status", "kind", "assignee", "q")
    paginated_actions = frozenset({"list", "messages"})
    queryset = Enquiry.objects.none()
    serializer_class = EnquirySerializer
    pagination_class = Pagination
    lookup_value_regex = ID_REGEX
    filter_backends: list[Any] = []
    parser_classes = [JSONParser]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_permissions(self) -> list[BasePermission]:
        if self.action == "create":
            return [AllowAny()]
        return [IsAuthenticated(), IsCoordinator()]

    def get_serializer_class(self) -> Any:
        return EnquiryMessageSerializer if self.action == "messages" else EnquirySerializer

    def get_queryset(self) -> QuerySet[Enquiry]:
        return sel.enquiries_visible_to(self.request.user)

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.action != "list":
            return queryset
        form = EnquiryFilterSerializer(data=self.request.query_params)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        return sel.enquiry_filter(
            queryset,
            status=data.get("status"),
            kind=data.get("kind"),
            assignee=data.get("assignee"),
            me=_user(self.request),
            q=data.get("q", ""),
        )

    def _respond(self, enquiry: Enquiry) -> Response:
        return Response(EnquirySerializer(self.get_queryset().get(pk=enquiry.pk)).data)

    @extend_schema(
        request=EnquiryCreateSerializer,
        responses={
            201: EnquiryCreatedSerializer,
            429: OpenApiResponse(description="More than 5 messages an hour from one address."),
        },
    )
    def create(self, request: Request) -> Response:
        form = EnquiryCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = dict(form.validated_data)
        if data.pop("website", ""):
            raise SpamSuspected()
        user = request.user if isinstance(request.user, User) else None
        try:
            enquiry = services.enquiry_create(
                author=user, client_address=client_address(request._request), **data
            )
        except services.RateLimited as exc:
            raise exceptions.Throttled(wait=exc.retry_after, detail=str(exc)) from exc
        return Response(
            {"id": enquiry.pk, "reference": enquiry.reference}, status=status.HTTP_201_CREATED
        )

    @extend_schema(request=EnquirySerializer, responses={200: EnquirySerializer})
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        enquiry = self.get_object()
        form = EnquirySerializer(enquiry, data=request.data, partial=True)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        actor = _user(request)
        if "assignee" in data:
            enquiry = services.enquiry_assign(
                enquiry=enquiry, actor=actor, assignee=data["assignee"]
            )
        if "status" in data:
            enquiry = services.enquiry_status_change(
                enquiry=enquiry, actor=actor, status=data["status"]
            )
        return self._respond(enquiry)

    @extend_schema(
        methods=["POST"],
        request=EnquiryMessageSerializer,
        responses={201: EnquiryMessageSerializer},
    )
    @action(detail=True, methods=["get", "post"])
    def messages(self, request: Request, pk: str | None = None) -> Response:
        enquiry = self.get_object()
        if request.method == "GET":
            page = self.paginate_queryset(sel.messages_of(enquiry))
            return self.get_paginated_response(EnquiryMessageSerializer(page, many=True).data)
        form = EnquiryMessageSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        message = services.enquiry_message_create(
            enquiry=enquiry,
            actor=_user(request),
            body=form.validated_data["body"],
            internal=form.validated_data["internal"],
        )
        return Response(EnquiryMessageSerializer(message).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses={200: EnquirySerializer})
    @action(detail=True, methods=["post"])
    def invite(self, request: Request, pk: str | None = None) -> Response:
        enquiry = services.enquiry_invite(enquiry=self.get_object(), actor=_user(request))
        return self._respond(enquiry)


class ConcernView(ApiView):
    """A participant raises a concern about their mentorship; only coordinators see it."""

    parser_classes = [JSONParser]

    @extend_schema(
        request=ConcernSerializer,
        responses={201: EnquiryCreatedSerializer},
        operation_id="mentorships_concern_create",
    )
    def post(self, request: Request, pk: str) -> Response:
        user = _user(request)
        mentorship = _mentorship_for(user, pk)
        form = ConcernSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        enquiry = services.enquiry_concern_raise(
            mentorship=mentorship, actor=user, message=form.validated_data["message"]
        )
        return Response(
            {"id": enquiry.pk, "reference": enquiry.reference}, status=status.HTTP_201_CREATED
        )
