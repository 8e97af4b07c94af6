"""Who may do what in matching, in one place: the `can_*` rules and the `*_visible_to` querysets.

Services, API views and page views all ask here; nothing else decides access. An object
outside a user's `*_visible_to` queryset is a 404 for them, never a 403, so ids cannot be
probed; `visible_or_404` is the one way a view fetches a single object. A `can_*` rule that
fails inside a service becomes a 403 (PermissionDenied) with a message a person can act on.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.contrib.auth.hashers import is_password_usable
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    FloatField,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast
from django.http import Http404

from accounts.models import Organisation, Role, User
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

M = TypeVar("M", bound=Model)
Status = Proposal.Status


# --- Who may act ------------------------------------------------------------------------------


def is_request_mentee(user: User, request: MentoringRequest) -> bool:
    """A mentee of the organisation that filed the request speaks for it."""
    return (
        user.role == Role.MENTEE
        and user.organisation_id is not None
        and user.organisation_id == request.organisation_id
    )


def is_mentorship_participant(user: User, mentorship: Mentorship) -> bool:
    """The mentor, or a mentee of the organisation that asked."""
    if mentorship.mentor.user_id == user.pk:
        return True
    return is_request_mentee(user, mentorship.request)


def can_request_create(user: User) -> bool:
    return user.role == Role.MENTEE


def can_request_change(user: User, request: MentoringRequest) -> bool:
    """Edit or withdraw: only the organisation that asked."""
    return is_request_mentee(user, request)


def can_mentor_profile_create(user: User) -> bool:
    return user.role == Role.MENTOR


def can_mentor_profile_change(user: User, profile: MentorProfile) -> bool:
    return profile.user_id == user.pk


def can_proposal_review(user: User) -> bool:
    """Approve or reject a suggestion: the programme team."""
    return user.role == Role.COORDINATOR


def can_proposal_accept(user: User, proposal: Proposal) -> bool:
    return proposal.mentor.user_id == user.pk


def can_proposal_decline(user: User, proposal: Proposal) -> bool:
    """The proposed mentor (while approved) or the organisation (while accepted)."""
    return proposal.mentor.user_id == user.pk or is_request_mentee(user, proposal.request)


def can_proposal_confirm(user: User, proposal: Proposal) -> bool:
    return is_request_mentee(user, proposal.request)


def can_mentorship_steer(user: User, mentorship: Mentorship) -> bool:
    """Pause, resume, complete or end: the participants and the programme team."""
    return user.role == Role.COORDINATOR or is_mentorship_participant(user, mentorship)


def can_mentorship_keep_records(user: User, mentorship: Mentorship) -> bool:
    """Meetings, goals and feedback are kept by the participants (coordinators read them)."""
    return is_mentorship_participant(user, mentorship)


def can_mentorship_reopen(user: User) -> bool:
    """Undoing a completion made by mistake is the programme team's call."""
    return user.role == Role.COORDINATOR


def can_record_change(user: User, record: Meeting | Goal) -> bool:
    """A goal or meeting is changed or removed only by the participant who wrote it."""
    return record.created_by_id == user.pk and is_mentorship_participant(user, record.mentorship)


# The reasons the erasure records on what it ends or withdraws: the person closed their account,
# or the retention job closed it after RETENTION_MONTHS without a sign-in. Nobody is told "they
# closed their account" of someone who did not.
CLOSURE_REASON = "The other participant closed their account."
DISUSE_REASON = "The other participant's account was closed after a long time without use."


def account_closed(user: User) -> bool:
    """Whether `user` closed their account (or it was closed for disuse): the row stays,
    anonymised, so records keep pointing at it (matching.services.erasure), but there is nobody
    to name or contact. Their placeholder name and address are never shown as a person's."""
    return closed_account(is_active=user.is_active, password=user.password)


def closed_account(*, is_active: bool, password: str) -> bool:
    """`account_closed` from a row's columns, for a query that reads users as values."""
    return not is_active and not is_password_usable(password)


def require(allowed: bool, message: str) -> None:
    """Raise PermissionDenied(message) unless `allowed`: how services enforce a `can_*` rule."""
    if not allowed:
        raise PermissionDenied(message)


def visible_or_404(queryset: QuerySet[M], pk: Any) -> M:
    """The object with `pk` from a `*_visible_to` queryset, or 404 (as healthchecks does)."""
    try:
        return queryset.get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise Http404(f"No such {queryset.model._meta.verbose_name}.") from None


# --- What each person sees --------------------------------------------------------------------

# Statuses that can only be reached through approval (mentor) or acceptance (mentee).
_SEEN_BY_MENTOR = (Status.APPROVED, Status.ACCEPTED, Status.CONFIRMED, Status.DECLINED)
_SEEN_BY_MENTEE = (Status.ACCEPTED, Status.CONFIRMED)
# Statuses any open proposal can fall into; whether it had been shown depends on its history.
_AFTER_ANY_OPEN = (Status.WITHDRAWN, Status.EXPIRED, Status.DECLINED)


def organisations_visible_to(user: User) -> QuerySet[Organisation]:
    qs = Organisation.objects.prefetch_related("sectors").order_by("name", "id")
    if user.is_coordinator:
        return qs
    return qs.filter(pk=user.organisation_id) if user.organisation_id else qs.none()


def _stale() -> Case:
    """A suggestion a newer, unfinished run is re-scoring: a round, a run for its request, or
    a run for its mentor's change (which re-scores every request suggesting that mentor).

    Only `suggested` rows are ever rewritten by a run, so only they can be stale; the run
    replaces them in one transaction, so a reader sees the old set or the new, never a mix.
    """
    newer = MatchRun.objects.filter(
        status__in=MatchRun.WAITING_STATUSES, id__gt=OuterRef("run_id")
    ).filter(
        Q(request_id=OuterRef("request_id"))
        | Q(kind=MatchRun.Kind.ROUND)
        | Q(kind=MatchRun.Kind.MENTOR, mentor_id=OuterRef("mentor_id"))
    )
    return Case(
        When(status=Proposal.Status.SUGGESTED, then=Exists(newer)),
        default=Value(False),
        output_field=BooleanField(),
    )


def proposals_visible_to(user: User) -> QuerySet[Proposal]:
    qs = (
        # The needs, expertise and sectors a proposal shows come with the serializer's context,
        # as plain terms (selectors.proposals_attach_terms), not as a prefetch of model rows.
        Proposal.objects.select_related(
            "request__organisation", "mentor__user__organisation"
        ).annotate(stale=_stale())
    )
    if user.is_coordinator:
        return qs
    if user.is_mentor:
        # A mentor hears of a proposal only once a coordinator has approved it.
        return qs.filter(mentor__user=user).filter(
            Q(status__in=_SEEN_BY_MENTOR) | Q(status__in=_AFTER_ANY_OPEN, approved_at__isnull=False)
        )
    if user.is_mentee and user.organisation_id:
        # A mentee never sees a mentor who has not said yes.
        return qs.filter(request__organisation_id=user.organisation_id).filter(
            Q(status__in=_SEEN_BY_MENTEE) | Q(status__in=_AFTER_ANY_OPEN, accepted_at__isnull=False)
        )
    return qs.none()


def mentor_load() -> Case:
    """Live mentorships over capacity, from `active_mentorships`; a capacity of 0 counts as full."""
    return Case(
        When(capacity=0, then=Value(1.0)),
        default=Cast("active_mentorships", FloatField()) / Cast("capacity", FloatField()),
        output_field=FloatField(),
    )


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
        .annotate(load=mentor_load())
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


def _newest_run_id(runs: QuerySet[MatchRun]) -> Subquery:
    return Subquery(runs.order_by("-created_at", "-id").values("id")[:1])


def requests_visible_to(user: User) -> QuerySet[MentoringRequest]:
    # The latest run that scores this request: its own, a round queued after it was filed, or
    # a mentor run for a mentor among its suggestions (which re-scores it: the rule of `_stale`).
    # Each kind's latest is found on its own index and the newest of the three wins; one filter
    # OR-ing the three made PostgreSQL walk every run for every request listed.
    own = _newest_run_id(MatchRun.objects.filter(request=OuterRef(OuterRef("pk"))))
    round_after = _newest_run_id(
        MatchRun.objects.filter(
            kind=MatchRun.Kind.ROUND, created_at__gte=OuterRef(OuterRef("created_at"))
        )
    )
    for_a_suggested_mentor = _newest_run_id(
        MatchRun.objects.filter(
            kind=MatchRun.Kind.MENTOR,
            mentor__proposals__request=OuterRef(OuterRef("pk")),
            mentor__proposals__status=Proposal.Status.SUGGESTED,
        )
    )
    latest_run = MatchRun.objects.filter(
        Q(id=own) | Q(id=round_after) | Q(id=for_a_suggested_mentor)
    ).order_by("-created_at", "-id")
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


def feedback_visible_to(user: User, mentorship: Mentorship) -> QuerySet[Feedback]:
    """Feedback is private: each participant reads their own side's, coordinators both."""
    feedback = feedback_of(mentorship)
    if user.role == Role.COORDINATOR:
        return feedback
    if mentorship.mentor.user_id == user.pk:
        return feedback.filter(side=Feedback.Side.MENTOR)
    if is_request_mentee(user, mentorship.request):
        return feedback.filter(side=Feedback.Side.MENTEE)
    return feedback.none()


def feedback_of(mentorship: Mentorship) -> QuerySet[Feedback]:
    return Feedback.objects.filter(mentorship=mentorship)


def match_runs_visible_to(user: User) -> QuerySet[MatchRun]:
    return MatchRun.objects.all() if user.is_coordinator else MatchRun.objects.none()


def scoring_models_visible_to(user: User) -> QuerySet[ScoringModel]:
    return ScoringModel.objects.all() if user.is_coordinator else ScoringModel.objects.none()
