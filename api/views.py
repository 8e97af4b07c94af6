"""Thin REST views: validate with a serializer, call one service, serialize what it returns.

Querysets come from matching.policies, so an object a user may not see is a 404. Services
decide who may act (403) and when (409); api.exceptions turns their errors into JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from django.db.models import Model, QuerySet, TextChoices
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.settings import api_settings

from accounts import services as account_services
from accounts.models import (
    LegalForm,
    Organisation,
    ParentBody,
    Region,
    Role,
    Sector,
    Stage,
    User,
)
from api import serializers as s
from api.base import ApiView, ContractMixin, filters_apply
from api.filters import MentoringRequestFilter, MentorshipFilter, ProposalFilter
from api.mentorship_news import CHANGE_VERBS
from api.pagination import Pagination
from api.permissions import ActionPolicy, IsCoordinator
from api.records import GoalChangeSerializer
from core.models import AuditEvent
from enquiries.models import Enquiry
from matching import policies
from matching.models import (
    Goal,
    MatchRun,
    Meeting,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    PreferredFormat,
    Proposal,
    Topic,
)
from matching.services import (
    match_runs,
    mentorships,
    profiles,
    proposals,
    records,
    requests,
    retraining,
)
from programme import selectors as programme_selectors
from resources.models import CaseStudy, Resource

M = TypeVar("M", bound=Model)

ID_REGEX = r"[0-9]+"


def _actor(request: Request) -> User:
    user = request.user
    # Every view below except taxonomy and token requires authentication first.
    assert isinstance(user, User)
    return user


def _refetch(queryset: QuerySet[M], obj: M) -> M:
    """Reload through the policies queryset so annotations (counts, contact rules) apply."""
    return queryset.filter(pk=obj.pk).first() or obj


class BaseViewSet(ContractMixin, viewsets.GenericViewSet[M]):
    lookup_value_regex = ID_REGEX
    pagination_class = Pagination
    # matching.policies is asked before a write reads its body (see api.permissions).
    permission_classes = [*api_settings.DEFAULT_PERMISSION_CLASSES, ActionPolicy]  # type: ignore[list-item]
    # PUT is not part of the contract: every update is a PATCH of the fields you send.
    http_method_names = ["get", "post", "patch", "head", "options"]

    @property
    def actor(self) -> User:
        return _actor(self.request)

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        # get_object() filters too: a nested list's query must not narrow its parent.
        return super().filter_queryset(queryset) if filters_apply(self) else queryset


class ServiceWriteViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, BaseViewSet[M], Generic[M]
):
    """POST and PATCH validate with the viewset's serializer, then call ONE service."""

    def service_create(self, data: dict[str, Any]) -> M:
        raise NotImplementedError

    def service_update(self, obj: M, data: dict[str, Any]) -> M:
        raise NotImplementedError

    def create(self, request: Request) -> Response:
        form = self.get_serializer(data=request.data)
        form.is_valid(raise_exception=True)
        obj = _refetch(self.get_queryset(), self.service_create(form.validated_data))
        return Response(self.get_serializer(obj).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        obj = self.get_object()
        form = self.get_serializer(obj, data=request.data, partial=True)
        form.is_valid(raise_exception=True)
        obj = self.service_update(obj, form.validated_data)
        return Response(self.get_serializer(_refetch(self.get_queryset(), obj)).data)


# --- me, taxonomy --------------------------------------------------------------------------
class MeView(ApiView):
    @extend_schema(responses=s.MeSerializer, operation_id="me_retrieve")
    def get(self, request: Request) -> Response:
        return Response(s.MeSerializer(_actor(request)).data)


def _choices(choices: Iterable[TextChoices]) -> list[dict[str, str]]:
    return [{"slug": c.value, "label": c.label} for c in choices]


class TaxonomyView(ApiView):
    # Public vocabulary for sign-up forms; no credentials, so a stale token cannot make it fail.
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]

    @extend_schema(responses=s.TaxonomySerializer, operation_id="taxonomy_retrieve")
    def get(self, request: Request) -> Response:
        data = {
            "sectors": list(Sector.objects.order_by("name").values("slug", "name")),
            "topics": list(Topic.objects.order_by("name").values("slug", "name")),
            "stages": [{"value": st.value, "slug": st.slug, "label": st.label} for st in Stage],
            "regions": [{"slug": r.value, "label": r.label} for r in Region],
            "parent_bodies": _choices(ParentBody),
            "legal_forms": _choices(LegalForm),
            "preferred_formats": _choices(PreferredFormat),
            "request_statuses": _choices(MentoringRequest.Status),
            "proposal_statuses": _choices(Proposal.Status),
            "mentorship_statuses": _choices(Mentorship.Status),
            "enquiry_kinds": _choices(Enquiry.Kind),
            "enquiry_statuses": _choices(Enquiry.Status),
            "match_run_statuses": _choices(MatchRun.Status),
            "resource_statuses": _choices(Resource.Status),
            "case_study_statuses": _choices(CaseStudy.Status),
            "roles": _choices(Role),
            "mentorship_changes": _choices(AuditEvent.Verb(verb) for verb in CHANGE_VERBS),
        }
        return Response(s.TaxonomySerializer(data).data)


# --- organisations --------------------------------------------------------------------------
class OrganisationViewSet(ServiceWriteViewSet[Organisation]):
    queryset = Organisation.objects.none()
    serializer_class = s.OrganisationSerializer

    def get_queryset(self) -> QuerySet[Any]:
        return policies.organisations_visible_to(self.actor)

    def service_create(self, data: dict[str, Any]) -> Organisation:
        return account_services.organisation_create(actor=self.actor, **data)

    def service_update(self, obj: Organisation, data: dict[str, Any]) -> Organisation:
        return account_services.organisation_update(organisation=obj, actor=self.actor, **data)


# --- mentors --------------------------------------------------------------------------------
class MentorViewSet(ServiceWriteViewSet[MentorProfile]):
    queryset = MentorProfile.objects.none()
    serializer_class = s.MentorSerializer
    view_rules = {
        "create": (policies.can_mentor_profile_create, "Only mentors keep a mentor profile.")
    }
    object_rules = {
        "partial_update": (
            policies.can_mentor_profile_change,
            "Only the mentor can change their own profile.",
        )
    }

    # `fullest`: the most live mentorships for their capacity first (the coordinator's
    # dashboard); `-fullest` the most room first.
    ordering_fields = {"fullest": "-load", "name": "user__full_name", "created_at": "created_at"}

    def get_queryset(self) -> QuerySet[Any]:
        return policies.mentors_visible_to(self.actor)

    def service_create(self, data: dict[str, Any]) -> MentorProfile:
        return profiles.mentor_profile_create(actor=self.actor, **data)

    def service_update(self, obj: MentorProfile, data: dict[str, Any]) -> MentorProfile:
        return profiles.mentor_profile_update(profile=obj, actor=self.actor, **data)


# --- requests -------------------------------------------------------------------------------
class MentoringRequestViewSet(ServiceWriteViewSet[MentoringRequest]):
    queryset = MentoringRequest.objects.none()
    serializer_class = s.MentoringRequestSerializer
    view_rules = {
        "create": (
            policies.can_request_create,
            "Only people from a fledgling mutual can ask for mentoring.",
        )
    }
    object_rules = dict.fromkeys(
        ("partial_update", "withdraw"),
        (
            policies.can_request_change,
            "Only people from the organisation that asked can change or withdraw it.",
        ),
    )
    filterset_class = MentoringRequestFilter
    # `waiting`: the longest-waiting first (pair it with status=open for the queue).
    ordering_fields = {"created_at": "created_at", "waiting": "created_at"}

    def get_queryset(self) -> QuerySet[Any]:
        return policies.requests_visible_to(self.actor)

    def service_create(self, data: dict[str, Any]) -> MentoringRequest:
        return requests.request_create(actor=self.actor, **data)

    def service_update(self, obj: MentoringRequest, data: dict[str, Any]) -> MentoringRequest:
        return requests.request_update(request=obj, actor=self.actor, **data)

    @extend_schema(request=s.WithdrawSerializer, responses={200: s.MentoringRequestSerializer})
    @action(detail=True, methods=["post"])
    def withdraw(self, request: Request, pk: str | None = None) -> Response:
        obj: MentoringRequest = self.get_object()
        form = s.WithdrawSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        obj = requests.request_withdraw(
            request=obj, actor=self.actor, reason=form.validated_data["reason"]
        )
        return Response(s.MentoringRequestSerializer(_refetch(self.get_queryset(), obj)).data)


# --- proposals ------------------------------------------------------------------------------
class ProposalViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, BaseViewSet[Any]):
    queryset = Proposal.objects.none()
    serializer_class = s.ProposalSerializer
    filterset_class = ProposalFilter
    view_rules = dict.fromkeys(
        ("approve", "reject"),
        (
            policies.can_proposal_review,
            "Only the programme team can approve or reject an introduction.",
        ),
    )
    object_rules = {
        "accept": (
            policies.can_proposal_accept,
            "Only the proposed mentor can accept this introduction.",
        ),
        "decline": (
            policies.can_proposal_decline,
            "Only the proposed mentor or the organisation can decline.",
        ),
        "confirm": (
            policies.can_proposal_confirm,
            "Only people from the organisation that asked can confirm.",
        ),
    }

    def get_queryset(self) -> QuerySet[Any]:
        return policies.proposals_visible_to(self.actor)

    def _respond(self, proposal: Proposal) -> Response:
        return Response(s.ProposalSerializer(_refetch(self.get_queryset(), proposal)).data)

    def _reason(self, request: Request) -> str:
        form = s.ReasonSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        return str(form.validated_data["reason"])

    @extend_schema(request=None, responses={200: s.ProposalSerializer})
    @action(detail=True, methods=["post"])
    def approve(self, request: Request, pk: str | None = None) -> Response:
        proposal = proposals.proposal_approve(proposal=self.get_object(), actor=self.actor)
        return self._respond(proposal)

    @extend_schema(request=s.ReasonSerializer, responses={200: s.ProposalSerializer})
    @action(detail=True, methods=["post"])
    def reject(self, request: Request, pk: str | None = None) -> Response:
        proposal = self.get_object()
        reason = self._reason(request)
        return self._respond(
            proposals.proposal_reject(proposal=proposal, actor=self.actor, reason=reason)
        )

    @extend_schema(request=None, responses={200: s.ProposalSerializer})
    @action(detail=True, methods=["post"])
    def accept(self, request: Request, pk: str | None = None) -> Response:
        proposal = proposals.proposal_accept(proposal=self.get_object(), actor=self.actor)
        return self._respond(proposal)

    @extend_schema(request=s.ReasonSerializer, responses={200: s.ProposalSerializer})
    @action(detail=True, methods=["post"])
    def decline(self, request: Request, pk: str | None = None) -> Response:
        proposal = self.get_object()
        reason = self._reason(request)
        return self._respond(
            proposals.proposal_decline(proposal=proposal, actor=self.actor, reason=reason)
        )

    @extend_schema(request=None, responses={201: s.MentorshipSerializer})
    @action(detail=True, methods=["post"])
    def confirm(self, request: Request, pk: str | None = None) -> Response:
        mentorship = proposals.proposal_confirm(proposal=self.get_object(), actor=self.actor)
        mentorship = _refetch(policies.mentorships_visible_to(self.actor), mentorship)
        return Response(s.MentorshipSerializer(mentorship).data, status=status.HTTP_201_CREATED)


# --- mentorships ----------------------------------------------------------------------------
# GET only: a class-level schema for the whole action would also replace the POST's 201.
@extend_schema_view(
    meetings=extend_schema(methods=["GET"], responses=s.MeetingSerializer(many=True)),
    goals=extend_schema(methods=["GET"], responses=s.GoalSerializer(many=True)),
    feedback=extend_schema(methods=["GET"], responses=s.FeedbackSerializer(many=True)),
)
class MentorshipViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, BaseViewSet[Any]):
    queryset = Mentorship.objects.none()
    serializer_class = s.MentorshipSerializer
    # DELETE only where an action allows it: a goal or meeting removed by its author.
    http_method_names = [*BaseViewSet.http_method_names, "delete"]
    # Their GETs page through the mentorship's records, so they take page and page_size.
    paginated_actions = frozenset({"list", "meetings", "goals", "feedback"})
    view_rules = {
        "reopen": (
            policies.can_mentorship_reopen,
            "Only the programme team can reopen a mentorship.",
        )
    }
    object_rules = dict.fromkeys(
        ("pause", "resume", "complete", "end"),
        (
            policies.can_mentorship_steer,
            "Only the mentor and the organisation can change a mentorship.",
        ),
    ) | dict.fromkeys(
        ("meetings", "goals", "feedback"),
        (
            policies.can_mentorship_keep_records,
            "Only the mentor and the organisation keep this mentorship's records.",
        ),
    )

    filterset_class = MentorshipFilter

    def get_queryset(self) -> QuerySet[Any]:
        # Meetings, goals and attention flags as annotations: a list page stays one query.
        return programme_selectors.mentorships_with_progress(
            policies.mentorships_visible_to(self.actor),
            include_concerns=self.actor.is_coordinator,
        )

    def get_serializer_class(self) -> Any:
        # Nested collections paginate with their own item serializer.
        return {
            "meetings": s.MeetingSerializer,
            "goals": s.GoalSerializer,
            "goal": s.GoalSerializer,
            "meeting": s.MeetingSerializer,
            "feedback": s.FeedbackSerializer,
        }.get(self.action, s.MentorshipSerializer)

    def _respond(self, mentorship: Mentorship) -> Response:
        # With the request in its context, so `my_feedback_given` and `reopen_until` are the
        # caller's.
        fresh = _refetch(self.get_queryset(), mentorship)
        return Response(s.MentorshipSerializer(fresh, context=self.get_serializer_context()).data)

    def _page(self, queryset: QuerySet[Any]) -> Response:
        page = self.paginate_queryset(queryset)
        serializer = self.get_serializer(page, many=True)
        return self.get_paginated_response(serializer.data)

    @extend_schema(request=None, responses={200: s.MentorshipSerializer})
    @action(detail=True, methods=["post"])
    def pause(self, request: Request, pk: str | None = None) -> Response:
        return self._respond(
            mentorships.mentorship_pause(mentorship=self.get_object(), actor=self.actor)
        )

    @extend_schema(request=None, responses={200: s.MentorshipSerializer})
    @action(detail=True, methods=["post"])
    def resume(self, request: Request, pk: str | None = None) -> Response:
        return self._respond(
            mentorships.mentorship_resume(mentorship=self.get_object(), actor=self.actor)
        )

    @extend_schema(request=None, responses={200: s.MentorshipSerializer})
    @action(detail=True, methods=["post"])
    def complete(self, request: Request, pk: str | None = None) -> Response:
        return self._respond(
            mentorships.mentorship_complete(mentorship=self.get_object(), actor=self.actor)
        )

    @extend_schema(request=s.ReasonSerializer, responses={200: s.MentorshipSerializer})
    @action(detail=True, methods=["post"])
    def end(self, request: Request, pk: str | None = None) -> Response:
        mentorship = self.get_object()
        form = s.ReasonSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        return self._respond(
            mentorships.mentorship_end(
                mentorship=mentorship, actor=self.actor, reason=form.validated_data["reason"]
            )
        )

    @extend_schema(request=s.ReasonSerializer, responses={200: s.MentorshipSerializer})
    @action(detail=True, methods=["post"])
    def reopen(self, request: Request, pk: str | None = None) -> Response:
        """A coordinator reopens a mentorship completed by mistake, within 14 days."""
        mentorship = self.get_object()
        policies.require(
            policies.can_mentorship_reopen(self.actor),
            "Only the programme team can reopen a mentorship.",
        )
        form = s.ReasonSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        return self._respond(
            mentorships.mentorship_reopen(
                mentorship=mentorship, actor=self.actor, reason=form.validated_data["reason"]
            )
        )

    @extend_schema(
        methods=["POST"], request=s.MeetingSerializer, responses={201: s.MeetingSerializer}
    )
    @action(detail=True, methods=["get", "post"])
    def meetings(self, request: Request, pk: str | None = None) -> Response:
        mentorship: Mentorship = self.get_object()
        if request.method == "GET":
            return self._page(policies.meetings_of(mentorship))
        form = s.MeetingSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = dict(form.validated_data)
        meeting = records.meeting_create(
            mentorship=mentorship,
            actor=self.actor,
            held_on=data["held_on"],
            minutes=data["minutes"],
            topics=list(data.get("topics", [])),
            notes=data.get("notes", ""),
        )
        return Response(s.MeetingSerializer(meeting).data, status=status.HTTP_201_CREATED)

    @extend_schema(methods=["POST"], request=s.GoalSerializer, responses={201: s.GoalSerializer})
    @action(detail=True, methods=["get", "post"])
    def goals(self, request: Request, pk: str | None = None) -> Response:
        mentorship: Mentorship = self.get_object()
        if request.method == "GET":
            return self._page(policies.goals_of(mentorship))
        form = s.GoalSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        goal = records.goal_create(
            mentorship=mentorship,
            actor=self.actor,
            title=form.validated_data["title"],
            due_on=form.validated_data.get("due_on"),
        )
        return Response(s.GoalSerializer(goal).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        methods=["PATCH"], request=GoalChangeSerializer, responses={200: s.GoalSerializer}
    )
    @extend_schema(methods=["DELETE"], request=None, responses={204: None})
    @action(detail=True, methods=["patch", "delete"], url_path=rf"goals/(?P<goal_id>{ID_REGEX})")
    def goal(self, request: Request, pk: str | None = None, goal_id: str = "") -> Response:
        """Tick a goal done (either participant); change or remove it (its author only)."""
        goal: Goal = get_object_or_404(policies.goals_of(self.get_object()), pk=goal_id)
        if request.method == "DELETE":
            records.goal_delete(goal=goal, actor=self.actor)
            return Response(status=status.HTTP_204_NO_CONTENT)
        form = GoalChangeSerializer(goal, data=request.data, partial=True)
        form.is_valid(raise_exception=True)
        changes = dict(form.validated_data)
        done = changes.pop("done", None)
        if changes:
            goal = records.goal_update(goal=goal, actor=self.actor, **changes)
        if done is not None:
            goal = records.goal_set_done(goal=goal, actor=self.actor, done=done)
        return Response(s.GoalSerializer(goal).data)

    @extend_schema(
        methods=["PATCH"], request=s.MeetingSerializer, responses={200: s.MeetingSerializer}
    )
    @extend_schema(methods=["DELETE"], request=None, responses={204: None})
    @action(
        detail=True,
        methods=["patch", "delete"],
        url_path=rf"meetings/(?P<meeting_id>{ID_REGEX})",
    )
    def meeting(self, request: Request, pk: str | None = None, meeting_id: str = "") -> Response:
        """Change or remove a meeting: its author only, while the mentorship is live."""
        meeting: Meeting = get_object_or_404(policies.meetings_of(self.get_object()), pk=meeting_id)
        if request.method == "DELETE":
            records.meeting_delete(meeting=meeting, actor=self.actor)
            return Response(status=status.HTTP_204_NO_CONTENT)
        form = s.MeetingSerializer(meeting, data=request.data, partial=True)
        form.is_valid(raise_exception=True)
        changes = dict(form.validated_data)
        if "topics" in changes:
            changes["topics"] = list(changes["topics"])
        meeting = records.meeting_update(meeting=meeting, actor=self.actor, **changes)
        return Response(
            s.MeetingSerializer(policies.meetings_of(meeting.mentorship).get(pk=meeting.pk)).data
        )

    @extend_schema(
        methods=["POST"], request=s.FeedbackSerializer, responses={201: s.FeedbackSerializer}
    )
    @action(detail=True, methods=["get", "post"])
    def feedback(self, request: Request, pk: str | None = None) -> Response:
        mentorship: Mentorship = self.get_object()
        if request.method == "GET":
            # Private: each participant reads only their own side's feedback.
            return self._page(policies.feedback_visible_to(self.actor, mentorship))
        form = s.FeedbackSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        item = records.feedback_create(
            mentorship=mentorship,
            actor=self.actor,
            rating=form.validated_data["rating"],
            comment=form.validated_data.get("comment", ""),
        )
        return Response(s.FeedbackSerializer(item).data, status=status.HTTP_201_CREATED)


# --- engine ---------------------------------------------------------------------------------
class MatchRunViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, BaseViewSet[Any]):
    queryset = MatchRun.objects.none()
    serializer_class = s.MatchRunSerializer
    permission_classes = [IsCoordinator]

    def get_queryset(self) -> QuerySet[Any]:
        return policies.match_runs_visible_to(self.actor)

    @extend_schema(request=s.MatchRunCreateSerializer, responses={202: s.MatchRunQueuedSerializer})
    def create(self, request: Request) -> Response:
        form = s.MatchRunCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        run = match_runs.match_run_create(
            actor=self.actor,
            kind=form.validated_data["kind"],
            request=form.validated_data["request"],
        )
        return Response({"id": run.pk, "status": run.status}, status=status.HTTP_202_ACCEPTED)


class ScoringModelView(ApiView):
    permission_classes = [IsCoordinator]

    @extend_schema(responses=s.ScoringModelSerializer, operation_id="scoring_model_retrieve")
    def get(self, request: Request) -> Response:
        active = get_object_or_404(policies.scoring_models_visible_to(_actor(request)), active=True)
        return Response(s.ScoringModelSerializer(active).data)


class ScoringModelRetrainView(ApiView):
    permission_classes = [IsCoordinator]

    @extend_schema(
        request=None,
        responses={202: s.MatchRunQueuedSerializer},
        operation_id="scoring_model_retrain_create",
    )
    def post(self, request: Request) -> Response:
        queued = retraining.scoring_model_retrain_enqueue(actor=_actor(request))
        return Response(queued, status=status.HTTP_202_ACCEPTED)
