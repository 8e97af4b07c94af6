"""The demo programme's inbox: a few weeks of the enquiries a real programme gets.

Added by `manage.py seed_demo` (through matching.signals.demo_seeded), once: a database that
already has enquiries is left as it is. Rows are written with past dates and nobody is
e-mailed, as the demo's history is; each carries the audit events its services would have
written, so its history reads as if people had done it. Everyone in it is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from accounts.models import User
from core.audit import audit_event_at
from core.models import AuditEvent
from enquiries.models import Enquiry, EnquiryMessage
from matching.models import Mentorship

Verb = AuditEvent.Verb


@dataclass(frozen=True)
class DemoEnquiry:
    kind: str
    name: str
    email: str
    organisation_name: str
    message: str
    hours_ago: int
    status: str = Enquiry.Status.NEW
    note: str = ""  # an internal note, an hour after it arrived
    reply: str = ""  # a reply, a day after it arrived


ENQUIRIES: tuple[DemoEnquiry, ...] = (
    DemoEnquiry(
        kind=Enquiry.Kind.BECOMING_MENTOR,
        name="Priya Natarajan",
        email="priya.natarajan@brookvale-leisure-trust.example",
        organisation_name="Brookvale Leisure Trust",
        message=(
            "We spun out of Brookvale District Council's leisure service in 2016 and now run "
            "nine centres with about 240 staff, most of them members of the trust. Two of our "
            "senior team would be glad to mentor a service that is just starting out, "
            "especially on the staff transfer and on winning the first contract. How do we "
            "sign up, and how much time does mentoring usually take?"
        ),
        hours_ago=30,
    ),
    DemoEnquiry(
        kind=Enquiry.Kind.MENTORING,
        name="Tom Whitaker",
        email="tom.whitaker@hollowfield-adult-learning.example",
        organisation_name="Hollowfield Adult Learning Service",
        message=(
            "The county council has told our adult learning service (38 staff) that it will be "
            "commissioned differently from 2028, and staff have asked whether we could run it "
            "ourselves. We do not know where to start. Could we have a mentor who has done "
            "this in education or skills?"
        ),
        hours_ago=20,
    ),
    DemoEnquiry(
        kind=Enquiry.Kind.SETTING_UP,
        name="Aisha Rahman",
        email="aisha.rahman@northgate-community-nursing.example",
        organisation_name="",
        message=(
            "Does the Right to Provide apply to community health staff employed by a "
            "foundation trust, or only to other NHS trusts? Our staff side has asked and I "
            "would like to give them a straight answer."
        ),
        hours_ago=5,
    ),
    DemoEnquiry(
        kind=Enquiry.Kind.OTHER,
        name="Gwen Pritchard",
        email="gwen.pritchard@mutuals-development-fund.example",
        organisation_name="The Mutuals Development Fund",
        message=(
            "Ahead of our board in January, could you send us how many emerging mutuals the "
            "programme has supported this year, by stage, and how many mentorships have "
            "completed? A short note on one or two outcomes would help the trustees."
        ),
        hours_ago=6 * 24,
        status=Enquiry.Status.OPEN,
        note=(
            "The programme report (this financial year) has the figures; attach its CSV. "
            "Ask two completed pairs whether they would agree to a case study."
        ),
    ),
    DemoEnquiry(
        kind=Enquiry.Kind.MENTORING,
        name="Daniel Okafor",
        email="daniel.okafor@riverside-youth-service.example",
        organisation_name="Riverside Youth Service",
        message=(
            "We filed a request last month but have not been introduced to a mentor yet. Is "
            "there anything we should add to it?"
        ),
        hours_ago=9 * 24,
        status=Enquiry.Status.WAITING,
        reply=(
            "Thank you, Daniel. Your request is with us and we are looking at two mentors for "
            "it. A line on what the council has agreed so far (for example, whether the "
            "business case has been to cabinet) would help us choose between them. We will be "
            "in touch within a week."
        ),
    ),
    DemoEnquiry(
        kind=Enquiry.Kind.OTHER,
        name="Helen Marsh",
        email="helen.marsh@coastline-libraries.example",
        organisation_name="Coastline Libraries",
        message=(
            "Can mentoring conversations be held by phone rather than video? Some of our "
            "branch managers have poor broadband."
        ),
        hours_ago=24 * 24,
        status=Enquiry.Status.CLOSED,
        reply=(
            "Yes: each mentor and mutual agree between them how they meet. Phone is fine, and "
            "pairs who are close enough often meet in person."
        ),
    ),
)

CONCERN = (
    "Our mentor has had to cancel our last three meetings at short notice. We don't want to "
    "make a fuss, but our board decides in six weeks and we need the help now. Could someone "
    "have a quiet word, or tell us what we should do?"
)


def seed_inbox(*, now: datetime, coordinator: User) -> int:
    """The demo's enquiries, unless the inbox has any; returns how many were added."""
    if Enquiry.objects.exists():
        return 0
    events: list[AuditEvent] = []
    messages: list[EnquiryMessage] = []
    added = 0
    for demo in ENQUIRIES:
        arrived = now - timedelta(hours=demo.hours_ago)
        enquiry = Enquiry.objects.create(
            kind=demo.kind,
            name=demo.name,
            email=demo.email,
            organisation_name=demo.organisation_name,
            message=demo.message,
            created_at=arrived,
        )
        added += 1
        events.append(audit_event_at(enquiry, Verb.CREATED, arrived, to_status=Enquiry.Status.NEW))
        if demo.status == Enquiry.Status.NEW:
            continue
        # What the coordinator did, in order: when, the verb, the status after, what was written.
        steps: list[tuple[datetime, str, str, EnquiryMessage | None]] = []
        if demo.note:
            at = arrived + timedelta(hours=1)
            note = EnquiryMessage(body=demo.note, internal=True, created_at=at)
            steps.append((at, Verb.NOTE_ADDED, Enquiry.Status.OPEN, note))
        if demo.reply:
            at = arrived + timedelta(days=1)
            reply = EnquiryMessage(body=demo.reply, created_at=at, sent_at=at)
            steps.append((at, Verb.REPLIED, Enquiry.Status.WAITING, reply))
        closed_at = None
        if demo.status == Enquiry.Status.CLOSED:
            closed_at = arrived + timedelta(days=2)
            steps.append((closed_at, Verb.CLOSED, Enquiry.Status.CLOSED, None))
        status: str = Enquiry.Status.NEW
        for at, verb, after, written in steps:
            if written is not None:
                written.enquiry, written.author = enquiry, coordinator
                messages.append(written)
            events.append(
                audit_event_at(
                    enquiry, verb, at, actor=coordinator, from_status=status, to_status=after
                )
            )
            status = after
        Enquiry.objects.filter(pk=enquiry.pk).update(
            status=demo.status, assignee=coordinator, closed_at=closed_at
        )
    added += _concern(now, events)
    EnquiryMessage.objects.bulk_create(messages)
    AuditEvent.objects.bulk_create(events)
    return added


def _concern(now: datetime, events: list[AuditEvent]) -> int:
    """A mentee's concern about their active mentorship, raised yesterday and not yet read."""
    mentorship = (
        Mentorship.objects.filter(status=Mentorship.Status.ACTIVE)
        .select_related("request__created_by__organisation")
        .order_by("pk")
        .first()
    )
    if mentorship is None:
        return 0
    mentee = mentorship.request.created_by
    if mentee is None:
        return 0
    at = now - timedelta(hours=26)
    enquiry = Enquiry.concern(mentorship=mentorship, author=mentee, message=CONCERN, created_at=at)
    enquiry.save()
    events.append(
        audit_event_at(
            enquiry,
            Verb.CREATED,
            at,
            actor=mentee,
            to_status=Enquiry.Status.NEW,
            data={"kind": "concern", "mentorship": mentorship.pk},
        )
    )
    return 1


def demo_seeded(sender: Any, *, now: datetime, coordinator: User, **kwargs: Any) -> dict[str, int]:
    """Receiver of matching.signals.demo_seeded."""
    return {"enquiries_in_the_inbox": seed_inbox(now=now, coordinator=coordinator)}
