"""Who may see what: one queryset per resource per user, shaped so lists run constant queries.

An object outside these querysets is a 404 for that user, never a 403, so ids cannot be probed.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import BooleanField, Count, Exists, OuterRef, Q, QuerySet, Subquery, Value

from accounts.models import Organisation, User
from core.models import AuditEvent
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
)

Status = Proposal.Status

# Statuses that can only be reached through approval (mentor) or acceptance (mentee).
_SEEN_BY_MENTOR = (Status.APPROVED, Status.ACCEPTED, Status.CONFIRMED, Status.DECLINED)
_SEEN_BY_MENTEE = (Status.ACCEPTED, Status.CONFIRMED)
# Statuses any open proposal can fall into; whether it had been shown depends on its history.
_AFTER_ANY_OPEN = (Status.WITHDRAWN, Status.EXPIRED, Status.DECLINED)


def _passed_through(status: str) -> Exists:
    """True when the audit trail shows the proposal once entered `status`."""
    return Exists(
        AuditEvent.objects.filter(
            content_type=ContentType.objects.get_for_model(Proposal),
            object_id=OuterRef("pk"),
            to_status=status,
        )
    )


def organisations_visible_to(user: User) -> QuerySet[Organisation]:
    qs = Organisation.objects.prefetch_related("sectors").order_by("name", "id")
    if user.is_coordinator:
        return qs
    return qs.filter(pk=user.organisation_id) if user.organisation_id else qs.none()


def proposals_visible_to(user: User) -> QuerySet[Proposal]:
    qs = Proposal.objects.select_related(
        "request__organisation", "mentor__user__organisation"
    ).prefetch_related("request__needs", "mentor__expertise", "mentor__sectors")
    if user.is_coordinator:
        return qs
    if user.is_mentor:
        # A mentor hears of a proposal only once a coordinator has approved it.
        return qs.filter(mentor__user=user).filter(
            Q(status__in=_SEEN_BY_MENTOR)
            | (Q(status__in=_AFTER_ANY_OPEN) & _passed_through(Status.APPROVED))
        )
    if user.is_mentee and user.organisation_id:
        # A mentee never sees a mentor who has not said yes.
        return qs.filter(request__organisation_id=user.organisation_id).filter(
            Q(status__in=_SEEN_BY_MENTEE)
            | (Q(status__in=_AFTER_ANY_OPEN) & _passed_through(Status.ACCEPTED))
        )
    return qs.none()


def mentors_visible_to(user: User) -> QuerySet[MentorProfile]:
    qs = (
        MentorProfile.objects.select_related("user__organisation")
        .prefetch_related("expertise", "sectors")
        .annotate(
            active_mentorships=Count(
                "mentorships",
                filter=Q(mentorships__status__in=Mentorship.LIVE_STATUSES),
                distinct=True,
            )
        )
        .order_by("id")
    )
    if user.is_coordinator:
        return qs.annotate(contact_visible=Value(True, output_field=BooleanField()))
    if user.is_mentor:
        return qs.filter(user=user).annotate(
            contact_visible=Value(True, output_field=BooleanField())
        )
    if user.is_mentee and user.organisation_id:
        shown = Exists(proposals_visible_to(user).filter(mentor=OuterRef("pk")))
        # Contact details follow the mentorship, not the introduction.
        paired = Exists(
            Mentorship.objects.filter(
                mentor=OuterRef("pk"), request__organisation_id=user.organisation_id
            )
        )
        return qs.filter(shown).annotate(contact_visible=paired)
    return qs.none()


def requests_visible_to(user: User) -> QuerySet[MentoringRequest]:
    latest_run = MatchRun.objects.filter(request=OuterRef("pk")).order_by("-created_at", "-id")
    qs = (
        MentoringRequest.objects.select_related("organisation", "created_by")
        .prefetch_related("needs")
        .annotate(scoring=Subquery(latest_run.values("status")[:1]))
    )
    if user.is_coordinator:
        return qs
    if user.is_mentee and user.organisation_id:
        return qs.filter(organisation_id=user.organisation_id)
    return qs.none()


def mentorships_visible_to(user: User) -> QuerySet[Mentorship]:
    qs = Mentorship.objects.select_related(
        "mentor__user", "request__organisation", "request__created_by"
    )
    if user.is_coordinator:
        return qs
    if user.is_mentor:
        return qs.filter(mentor__user=user)
    if user.is_mentee and user.organisation_id:
        return qs.filter(request__organisation_id=user.organisation_id)
    return qs.none()


def meetings_of(mentorship: Mentorship) -> QuerySet[Meeting]:
    return Meeting.objects.filter(mentorship=mentorship).prefetch_related("topics")


def goals_of(mentorship: Mentorship) -> QuerySet[Goal]:
    return Goal.objects.filter(mentorship=mentorship)


def feedback_of(mentorship: Mentorship) -> QuerySet[Feedback]:
    return Feedback.objects.filter(mentorship=mentorship)


def match_runs_visible_to(user: User) -> QuerySet[MatchRun]:
    return MatchRun.objects.all() if user.is_coordinator else MatchRun.objects.none()


def scoring_models_visible_to(user: User) -> QuerySet[ScoringModel]:
    return ScoringModel.objects.all() if user.is_coordinator else ScoringModel.objects.none()
