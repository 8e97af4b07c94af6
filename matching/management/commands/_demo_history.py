"""History for the demo programme: stage moves over two years, and mentorships in every state.

Called by seed_demo after the people exist. Like the rest of the seed it is generated from a
fixed random seed and added once: organisations that already have stage history, and a demo
that already has mentorships, are left as they are.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from django.utils import timezone

from accounts.models import Organisation, OrganisationStageChange, Role, User
from core.audit import audit_event_at
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

SEED = 20_261_130
TWO_YEARS = 730
# How many demo mentorships end up in each state.
PLAN = (
    [Mentorship.Status.ACTIVE] * 9
    + [Mentorship.Status.PAUSED] * 3
    + [Mentorship.Status.COMPLETED] * 7
    + [Mentorship.Status.ENDED] * 4
)
END_REASONS = [
    "Our spin-out was put on hold by the council, so we have stopped for now.",
    "The mentor changed jobs and could no longer give the time it needed.",
    "We found we needed legal advice more than mentoring; we will come back later.",
    "Meeting times never worked across our shift patterns.",
]
GOALS = [
    "Agree a timetable for the TUPE consultation",
    "Draft the business plan's financial section",
    "Choose a legal form and write it up for the board",
    "Hold the first staff engagement session",
    "Map the assets that will transfer",
    "Meet the commissioner with a first proposal",
]
COMMENTS = [
    "Practical, kind and honest about what went wrong for them.",
    "Helped us see the order to do things in.",
    "Good sessions; we needed more time than we had.",
    "",
]


def seed_history(now: datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    rng = random.Random(SEED)
    return {
        "stage_changes": _stage_history(rng, now),
        "mentorships": _mentorships(rng, now),
    }


def _stage_history(rng: random.Random, now: datetime) -> int:
    """Each organisation without history gets the steps that led to its current stage."""
    recorded = OrganisationStageChange.objects.values("organisation_id")
    changes: list[OrganisationStageChange] = []
    for organisation in Organisation.objects.exclude(pk__in=recorded).order_by("name", "pk"):
        moves = rng.randint(0, min(3, organisation.stage - 1))
        first = organisation.stage - moves
        days = sorted(rng.sample(range(1, TWO_YEARS), k=moves + 1), reverse=True)
        stage, previous = first, None
        for days_ago in days:
            changes.append(
                OrganisationStageChange(
                    organisation=organisation,
                    from_stage=previous,
                    stage=stage,
                    at=now - timedelta(days=days_ago, hours=rng.randint(8, 17)),
                )
            )
            previous, stage = stage, stage + 1
    OrganisationStageChange.objects.bulk_create(changes)
    return len(changes)


def _mentorships(rng: random.Random, now: datetime) -> int:
    if Mentorship.objects.exists():
        return 0
    requests = list(
        MentoringRequest.objects.filter(
            status=MentoringRequest.Status.OPEN, created_by__role=Role.MENTEE
        )
        .select_related("created_by")
        .order_by("created_by__email")[: len(PLAN)]
    )
    mentors = list(
        MentorProfile.objects.filter(accepting=True, capacity__gte=1)
        .select_related("user")
        .order_by("user__email")
    )
    if not requests or not mentors:
        return 0
    coordinator = User.objects.filter(role=Role.COORDINATOR).order_by("pk").first()
    load = dict.fromkeys((m.pk for m in mentors), 0)
    events: list[AuditEvent] = []
    meetings: list[Meeting] = []
    goals: list[Goal] = []
    feedback: list[Feedback] = []
    for index, (request, status) in enumerate(zip(requests, PLAN, strict=False)):
        live = status in Mentorship.LIVE_STATUSES
        mentor = next(
            m
            for m in mentors[index % len(mentors) :] + mentors
            if not live or load[m.pk] < m.capacity
        )
        if live:
            load[mentor.pk] += 1
        started = now - timedelta(days=rng.randint(40, 540) if not live else rng.randint(35, 200))
        request.created_at = started - timedelta(days=rng.randint(3, 70))
        request.status = {
            Mentorship.Status.ACTIVE: MentoringRequest.Status.MATCHED,
            Mentorship.Status.PAUSED: MentoringRequest.Status.MATCHED,
            Mentorship.Status.COMPLETED: MentoringRequest.Status.CLOSED,
            # An early end puts the request back in the queue.
            Mentorship.Status.ENDED: MentoringRequest.Status.OPEN,
        }[status]
        request.save(update_fields=["created_at", "status"])
        proposal = Proposal.objects.create(
            request=request,
            mentor=mentor,
            score=round(rng.uniform(0.55, 0.9), 3),
            rank=1,
            recommended=True,
            explanation=[],
            status=Proposal.Status.CONFIRMED,
            decided_by=coordinator,
            created_at=started - timedelta(days=2),
            status_changed_at=started,
            approved_at=started - timedelta(days=2),
            accepted_at=started - timedelta(days=1),
            decided_at=started,
        )
        ended_at: datetime | None = None
        reason = ""
        if status == Mentorship.Status.COMPLETED:
            ended_at = min(started + timedelta(days=rng.randint(90, 200)), now - timedelta(days=2))
        elif status == Mentorship.Status.ENDED:
            ended_at = min(started + timedelta(days=rng.randint(20, 80)), now - timedelta(days=1))
            reason = END_REASONS[index % len(END_REASONS)]
        mentorship = Mentorship.objects.create(
            proposal=proposal,
            mentor=mentor,
            request=request,
            status=status,
            started_at=started,
            ended_at=ended_at,
            end_reason=reason,
        )
        mentee = request.created_by
        events += [
            audit_event_at(
                proposal,
                "approved",
                started - timedelta(days=2),
                actor_id=_pk(coordinator),
                from_status="suggested",
                to_status="approved",
            ),
            audit_event_at(
                proposal,
                "accepted",
                started - timedelta(days=1),
                actor_id=mentor.user_id,
                from_status="approved",
                to_status="accepted",
            ),
            audit_event_at(
                proposal,
                "confirmed",
                started,
                actor_id=request.created_by_id,
                from_status="accepted",
                to_status="confirmed",
            ),
            audit_event_at(
                mentorship, "started", started, actor_id=request.created_by_id, to_status="active"
            ),
        ]
        # Meetings every two to five weeks; some live pairs have gone quiet.
        quiet = live and index % 4 == 1
        last_day = ended_at or (now - timedelta(days=50 if quiet else rng.randint(1, 12)))
        day = started + timedelta(days=rng.randint(5, 14))
        while day <= last_day:
            meetings.append(
                Meeting(
                    mentorship=mentorship,
                    held_on=timezone.localdate(day),
                    minutes=rng.choice([30, 45, 60, 60, 90]),
                    notes="Went through the plan and agreed next steps.",
                    created_by=mentee,
                )
            )
            day += timedelta(days=rng.randint(14, 35))
        for number in range(rng.randint(2, 4)):
            done = status == Mentorship.Status.COMPLETED or rng.random() < 0.4
            goals.append(
                Goal(
                    mentorship=mentorship,
                    title=GOALS[(index + number) % len(GOALS)],
                    due_on=timezone.localdate(started + timedelta(days=30 * (number + 1))),
                    done_at=started + timedelta(days=25 * (number + 1)) if done else None,
                    created_by=mentee,
                )
            )
        if status == Mentorship.Status.PAUSED:
            paused = now - timedelta(days=45 if index % 2 else 10)
            Mentorship.objects.filter(pk=mentorship.pk).update(paused_at=paused)
            events.append(
                audit_event_at(
                    mentorship,
                    "paused",
                    paused,
                    actor_id=mentor.user_id,
                    from_status="active",
                    to_status="paused",
                )
            )
        if ended_at is not None:
            events.append(
                audit_event_at(
                    mentorship,
                    status,
                    ended_at,
                    actor_id=mentor.user_id,
                    from_status="active",
                    to_status=status,
                    reason=reason,
                )
            )
            feedback.append(
                Feedback(
                    mentorship=mentorship,
                    author=mentee,
                    side=Feedback.Side.MENTEE,
                    rating=rng.choice([3, 4, 4, 5, 5]) if status == "completed" else 3,
                    comment=COMMENTS[index % len(COMMENTS)],
                    created_at=ended_at + timedelta(days=2),
                )
            )
            if status == Mentorship.Status.COMPLETED:
                feedback.append(
                    Feedback(
                        mentorship=mentorship,
                        author=mentor.user,
                        side=Feedback.Side.MENTOR,
                        rating=rng.choice([4, 4, 5]),
                        comment="A committed team; it was a pleasure.",
                        created_at=ended_at + timedelta(days=3),
                    )
                )
    AuditEvent.objects.bulk_create(events)
    Meeting.objects.bulk_create(meetings)
    Goal.objects.bulk_create(goals)
    Feedback.objects.bulk_create(feedback)
    return len(requests)


def _pk(user: User | None) -> int | None:
    return user.pk if user else None
