"""Every write to the inbox: one function per change, atomic, audited, e-mails after commit."""

from __future__ import annotations

import zlib
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from accounts.models import User
from core.audit import audit_event_record
from core.errors import Conflict
from core.models import AuditEvent
from enquiries import notifications
from enquiries.models import CONCERN_ELSEWHERE, Enquiry, EnquiryMessage
from matching.models import Mentorship

Verb = AuditEvent.Verb
RATE_LIMIT = 5
RATE_WINDOW = timedelta(hours=1)


class RateLimited(Exception):
    """Too many enquiries from one address; `retry_after` is in whole seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("Too many messages from this address. Please try again later.")
        self.retry_after = retry_after


def _require_coordinator(actor: User) -> None:
    if not actor.is_coordinator:
        raise PermissionDenied("Only coordinators can work the inbox.")


def _no_address(enquiry: Enquiry, what: str) -> str:
    if enquiry.anonymised_at:
        return f"The sender's details have been removed, so there is no address to {what}."
    return f"This enquiry has no e-mail address to {what}."


def rate_limit_check(*, client_address: str | None) -> None:
    """More than RATE_LIMIT stored enquiries from one address in the last hour → RateLimited.

    Call it inside the transaction that stores the enquiry, so the lock below covers both.

    Counting stored rows needs no cache and survives restarts; the index on
    (client_address, created_at) keeps it one cheap query.
    """
    if not client_address:
        return
    if connection.vendor == "postgresql":
        # Two messages from one address at the same moment must not both see "4 so far": the
        # second waits here until the first commits. SQLite already serialises writers.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(client_address.encode())]
            )
    since = timezone.now() - RATE_WINDOW
    recent = list(
        Enquiry.objects.filter(client_address=client_address, created_at__gte=since)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:RATE_LIMIT]
    )
    if len(recent) >= RATE_LIMIT:
        # The oldest of the last RATE_LIMIT leaves the window first.
        frees_at = recent[-1] + RATE_WINDOW
        raise RateLimited(max(1, int((frees_at - timezone.now()).total_seconds()) + 1))


@transaction.atomic
def enquiry_create(
    *,
    kind: str,
    name: str,
    email: str,
    message: str,
    organisation_name: str = "",
    author: User | None = None,
    client_address: str | None = None,
) -> Enquiry:
    """Anyone's message to the programme; the sender gets an acknowledgement with a reference."""
    if kind == Enquiry.Kind.CONCERN:
        raise ValidationError({"kind": [CONCERN_ELSEWHERE]})
    rate_limit_check(client_address=client_address)
    enquiry = Enquiry(
        kind=kind,
        name=name,
        email=email,
        organisation_name=organisation_name,
        message=message,
        author=author,
        client_address=client_address,
    )
    enquiry.full_clean()
    enquiry.save()
    audit_event_record(actor=author, verb=Verb.CREATED, target=enquiry, to_status=enquiry.status)
    notifications.notify_enquiry_received(enquiry=enquiry)
    return enquiry


@transaction.atomic
def enquiry_concern_raise(*, mentorship: Mentorship, actor: User, message: str) -> Enquiry:
    """A participant tells the programme something is wrong; the other side never sees it."""
    is_mentor = actor.is_mentor and mentorship.mentor.user_id == actor.pk
    is_mentee = actor.is_mentee and mentorship.request.organisation_id == actor.organisation_id
    if not (is_mentor or is_mentee):
        raise PermissionDenied("Only the two sides of this mentorship can raise a concern.")
    enquiry = Enquiry.concern(mentorship=mentorship, author=actor, message=message)
    enquiry.full_clean()
    enquiry.save()
    audit_event_record(
        actor=actor,
        verb=Verb.CREATED,
        target=enquiry,
        to_status=enquiry.status,
        data={"kind": "concern", "mentorship": mentorship.pk},
    )
    notifications.notify_enquiry_received(enquiry=enquiry)
    return enquiry


@transaction.atomic
def enquiry_assign(*, enquiry: Enquiry, actor: User, assignee: User | None) -> Enquiry:
    """Hands an enquiry to a coordinator (or to nobody); a new one becomes open."""
    _require_coordinator(actor)
    if assignee is not None and not assignee.is_coordinator:
        raise ValidationError({"assignee": ["Assign enquiries to a coordinator."]})
    enquiry = Enquiry.objects.select_for_update().get(pk=enquiry.pk)
    if enquiry.assignee_id == (assignee.pk if assignee else None):
        return enquiry
    before = enquiry.status
    enquiry.assignee = assignee
    if assignee is not None and enquiry.status == Enquiry.Status.NEW:
        enquiry.status = Enquiry.Status.OPEN
    enquiry.save(update_fields=["assignee", "status", "updated_at"])
    audit_event_record(
        actor=actor,
        verb=Verb.ASSIGNED,
        target=enquiry,
        from_status=before,
        to_status=enquiry.status,
        data={"assignee": assignee.pk if assignee else None},
    )
    return enquiry


@transaction.atomic
def enquiry_status_change(*, enquiry: Enquiry, actor: User, status: str) -> Enquiry:
    """Moves an enquiry between new, open, waiting and closed (closing records when)."""
    _require_coordinator(actor)
    if status not in Enquiry.Status.values:
        raise ValidationError({"status": [f"Choose one of: {', '.join(Enquiry.Status.values)}."]})
    enquiry = Enquiry.objects.select_for_update().get(pk=enquiry.pk)
    if enquiry.status == status:
        return enquiry
    before = enquiry.status
    enquiry.status = status
    enquiry.closed_at = timezone.now() if status == Enquiry.Status.CLOSED else None
    enquiry.save(update_fields=["status", "closed_at", "updated_at"])
    if status == Enquiry.Status.CLOSED:
        verb = Verb.CLOSED
    elif before == Enquiry.Status.CLOSED:
        verb = Verb.REOPENED
    else:
        verb = Verb.UPDATED
    audit_event_record(actor=actor, verb=verb, target=enquiry, from_status=before, to_status=status)
    return enquiry


@transaction.atomic
def enquiry_message_create(
    *, enquiry: Enquiry, actor: User, body: str, internal: bool = False
) -> EnquiryMessage:
    """A reply (e-mailed to the enquirer, then waiting on them) or an internal note (never sent)."""
    _require_coordinator(actor)
    enquiry = Enquiry.objects.select_for_update().get(pk=enquiry.pk)
    if not internal and enquiry.status == Enquiry.Status.CLOSED:
        raise Conflict("Reopen this enquiry before replying to it.", code="enquiry_closed")
    if not internal and not enquiry.email:
        raise Conflict(_no_address(enquiry, "reply to"), code="no_email")
    message = EnquiryMessage(enquiry=enquiry, author=actor, body=body, internal=internal)
    message.full_clean()
    message.save()
    before = enquiry.status
    if internal:
        enquiry.status = Enquiry.Status.OPEN if before == Enquiry.Status.NEW else before
    else:
        enquiry.status = Enquiry.Status.WAITING
    if enquiry.assignee_id is None:
        enquiry.assignee = actor
    enquiry.save(update_fields=["status", "assignee", "updated_at"])
    audit_event_record(
        actor=actor,
        verb=Verb.NOTE_ADDED if internal else Verb.REPLIED,
        target=enquiry,
        from_status=before,
        to_status=enquiry.status,
        data={"message": message.pk},
    )
    if not internal:
        notifications.notify_reply(message=message)
    return message


@transaction.atomic
def enquiry_invite(*, enquiry: Enquiry, actor: User) -> Enquiry:
    """Answers "I'd like mentoring" or "I'd like to mentor" with a pre-filled sign-up link."""
    _require_coordinator(actor)
    enquiry = Enquiry.objects.select_for_update().get(pk=enquiry.pk)
    if enquiry.kind not in Enquiry.INVITABLE:
        raise Conflict(
            "Only enquiries about getting mentoring or becoming a mentor can be answered "
            "with a sign-up invitation.",
            code="not_invitable",
        )
    if not enquiry.email:
        raise Conflict(_no_address(enquiry, "invite"), code="no_email")
    if User.objects.filter(email__iexact=enquiry.email).exists():
        raise Conflict("This person already has an account.", code="already_registered")
    before = enquiry.status
    enquiry.invited_at = timezone.now()
    enquiry.status = Enquiry.Status.WAITING
    if enquiry.assignee_id is None:
        enquiry.assignee = actor
    enquiry.save(update_fields=["invited_at", "status", "assignee", "updated_at"])
    audit_event_record(
        actor=actor,
        verb=Verb.INVITED,
        target=enquiry,
        from_status=before,
        to_status=enquiry.status,
        data={"role": Enquiry.INVITABLE[Enquiry.Kind(enquiry.kind)]},
    )
    notifications.notify_signup_invitation(enquiry=enquiry)
    return enquiry


# Why an enquiry's sender details went: recorded on the audit event.
ANONYMISED_ACCOUNT_CLOSED = "account_closed"
ANONYMISED_RETENTION = "retention"


@transaction.atomic
def enquiries_anonymise(*, enquiries: QuerySet[Enquiry], why: str) -> int:
    """Removes the sender's name, address, organisation and words from `enquiries`, and the words
    of the thread (replies quote and address them); returns how many changed.

    Kind, status, dates and who worked it stay: the inbox's counts and the audit trail still
    add up. A reply or an invitation is refused afterwards (there is no address to send it to).
    """
    now = timezone.now()
    ids = list(
        enquiries.filter(anonymised_at__isnull=True)
        .select_for_update()
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if not ids:
        return 0
    Enquiry.objects.filter(pk__in=ids).update(
        name="",
        email="",
        organisation_name="",
        message="",
        client_address=None,
        anonymised_at=now,
        updated_at=now,
    )
    EnquiryMessage.objects.filter(enquiry_id__in=ids).update(body="")
    for enquiry in Enquiry.objects.filter(pk__in=ids):
        audit_event_record(
            actor=None,
            verb=Verb.ANONYMISED,
            target=enquiry,
            from_status=enquiry.status,
            to_status=enquiry.status,
            data={"why": why},
        )
    return len(ids)


def old_enquiries_purge(*, now: datetime | None = None) -> int:
    """UK GDPR storage limitation: an enquiry closed, or untouched, for RETENTION_MONTHS loses
    its sender's details and words (the beat job); returns how many."""
    months = int(getattr(settings, "RETENTION_MONTHS", 36))
    cutoff = (now or timezone.now()) - timedelta(days=round(months * 30.44))
    stale = Enquiry.objects.filter(Q(closed_at__lt=cutoff) | Q(updated_at__lt=cutoff))
    return enquiries_anonymise(enquiries=stale, why=ANONYMISED_RETENTION)
