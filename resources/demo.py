"""The demo programme's case studies, written from its completed mentorships.

Added by `manage.py seed_demo` (through matching.signals.demo_seeded), once: a database that
already has case studies is left as it is. Two are published with both sides' consent and one
is a draft still waiting for the mentee's, so the consent step can be seen. Rows carry past
dates and the audit events the services would have written; nobody is e-mailed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from accounts.models import Organisation, ParentBody, User
from core.audit import audit_event_at
from core.models import AuditEvent
from matching.models import Mentorship
from resources.models import CaseStudy

Verb = AuditEvent.Verb


@dataclass(frozen=True)
class Story:
    title: str
    summary: str
    body: str


# Filled in from the mentorship: {mentee} and {mentor} are the two organisations, {months}
# how long they met, {area} the mentee's service area in lower case.
STORIES: tuple[Story, ...] = (
    Story(
        title="{mentee}: a business case the council could sign",
        summary=(
            "Staff at {mentee} wanted to run their {area} service themselves, but their first "
            "business case was sent back. Over {months} months, {mentor} showed them how theirs "
            "had got through, and the second went to cabinet with the numbers checked."
        ),
        body=(
            "Where they started. The idea came from the staff: the council was reviewing the "
            "service, and they believed they could run it better as a mutual. Their first "
            "business case described the service well but not the money, and the council's "
            "finance team sent it back with forty questions.\n\n"
            "What the mentoring covered. The pair met every three or four weeks. {mentor} "
            "shared the plan they had written before they spun out, the questions their own "
            "council had asked, and the three-year cash flow they wished they had started with. "
            "Most sessions went through one section of the plan line by line.\n\n"
            "What changed. The second business case costed the support services the council "
            "had been providing for free, set out what would happen if a contract was lost, and "
            "showed how staff would own and run the mutual. It went to cabinet and was "
            "approved.\n\n"
            "What they would tell others. Ask the council's finance team what they need to see "
            "before you write a word, and find someone who has been through it: they will know "
            "which questions are coming."
        ),
    ),
    Story(
        title="Bringing the staff with them at {mentee}",
        summary=(
            "{mentee} had the council's support but not yet its own staff's. {mentor} helped "
            "them plan an honest consultation about the transfer, and three in four staff voted "
            "to become members."
        ),
        body=(
            "Where they started. Managers at {mentee} had spent a year talking to the council. "
            "Staff had heard about the spin-out second-hand and were worried about their jobs, "
            "their terms and their pensions.\n\n"
            "What the mentoring covered. {mentor} had faced the same worries. Over {months} "
            "months they helped plan the staff sessions, explained what the transfer "
            "regulations protect and what they do not, and put the team in touch with the "
            "pension fund early.\n\n"
            "What changed. Staff heard the facts from their own managers, with time for "
            "questions, before anything was decided. Three in four staff voted to become "
            "members of the new mutual, and the staff forum now sends two people to the "
            "board.\n\n"
            "What they would tell others. Talk to staff before you have the answers, say what "
            "you do not know yet, and come back when you do."
        ),
    ),
    Story(
        title="{mentee}: keeping the pension promise",
        summary=(
            "The pension was the question every member of staff at {mentee} asked first. "
            "{mentor} walked them through admitted body status and the guarantee the council "
            "would need to give."
        ),
        body=(
            "Where they started. Most staff at {mentee} were in the Local Government Pension "
            "Scheme and would not move without knowing their pension was safe.\n\n"
            "What the mentoring covered. Over {months} months {mentor} explained how they had "
            "become an admitted body, what the actuary's report meant for their contribution "
            "rate, and how they had negotiated a guarantee from their council.\n\n"
            "What changed. {mentee} opened talks with the pension fund six months earlier than "
            "planned, and could tell staff in writing that their terms would carry over."
        ),
    ),
)


def _words(mentorship: Mentorship) -> dict[str, str]:
    mentee: Organisation = mentorship.request.organisation
    mentor_organisation = mentorship.mentor.user.organisation
    sector = mentee.sectors.order_by("name").first()
    days = ((mentorship.ended_at or mentorship.started_at) - mentorship.started_at).days
    return {
        "mentee": mentee.name,
        "mentor": mentor_organisation.name if mentor_organisation else "their mentor",
        "months": str(max(2, round(days / 30))),
        "area": sector.name.lower() if sector else "public",
    }


def seed_case_studies(*, now: datetime, coordinator: User) -> int:
    """The demo's case studies, unless there are any; returns how many were added."""
    if CaseStudy.objects.exists():
        return 0
    completed = list(
        # The stories are about councils (and the council pension scheme).
        Mentorship.objects.filter(
            status=Mentorship.Status.COMPLETED,
            ended_at__isnull=False,
            request__organisation__parent_body=ParentBody.LOCAL_AUTHORITY,
        )
        .select_related(
            "request__organisation", "request__created_by", "mentor__user__organisation"
        )
        .order_by("pk")[: len(STORIES)]
    )
    events: list[AuditEvent] = []
    added = 0
    for number, (story, mentorship) in enumerate(zip(STORIES, completed, strict=False)):
        words = _words(mentorship)
        published = number < len(STORIES) - 1
        ended = mentorship.ended_at or now
        written = min(ended + timedelta(days=10), now - timedelta(days=3))
        study = CaseStudy.objects.create(
            title=story.title.format(**words),
            summary=story.summary.format(**words),
            body=story.body.format(**words),
            stages=[mentorship.request.organisation.stage],
            mentorship=mentorship,
            consent_mentor=True,
            consent_mentee=published,
            status=CaseStudy.Status.PUBLISHED if published else CaseStudy.Status.DRAFT,
            created_by=coordinator,
            created_at=written,
            published_at=written + timedelta(days=2) if published else None,
        )
        study.sectors.set(mentorship.request.organisation.sectors.all())
        added += 1
        events += [
            audit_event_at(study, Verb.CREATED, written, actor=coordinator, to_status="draft"),
            audit_event_at(
                study,
                Verb.CONSENTED,
                written + timedelta(hours=20),
                actor_id=mentorship.mentor.user_id,
                data={"side": "mentor", "consent": True},
            ),
        ]
        if published:
            events += [
                audit_event_at(
                    study,
                    Verb.CONSENTED,
                    written + timedelta(days=1),
                    actor=mentorship.request.created_by,
                    data={"side": "mentee", "consent": True},
                ),
                audit_event_at(
                    study,
                    Verb.PUBLISHED,
                    written + timedelta(days=2),
                    actor=coordinator,
                    from_status="draft",
                    to_status="published",
                ),
            ]
    AuditEvent.objects.bulk_create(events)
    return added


def demo_seeded(sender: Any, *, now: datetime, coordinator: User, **kwargs: Any) -> dict[str, int]:
    """Receiver of matching.signals.demo_seeded."""
    return {"case_studies": seed_case_studies(now=now, coordinator=coordinator)}
