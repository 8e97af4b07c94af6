"""Reads for the inbox: who may see which enquiries, filters, and the counts the dashboard shows."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from accounts.models import User
from accounts.selectors import verified_addresses
from enquiries.models import Enquiry, EnquiryMessage


def enquiries_visible_to(user: User | Any) -> QuerySet[Enquiry]:
    """Coordinators see the inbox; a person sees only what they sent (never the other side's)."""
    # Explicit order: Django drops Meta.ordering from grouped (annotated) queries.
    queryset = (
        Enquiry.objects.select_related(
            "assignee", "mentorship__request__organisation", "mentorship__mentor__user"
        )
        .annotate(messages_count=Count("messages"))
        .order_by("-created_at", "-id")
    )
    if isinstance(user, User) and user.is_coordinator:
        return queryset
    if isinstance(user, User):
        return queryset.filter(author=user)
    return queryset.none()


def enquiry_filter(
    queryset: QuerySet[Enquiry],
    *,
    status: str | None = None,
    kind: str | None = None,
    assignee: str | None = None,
    me: User | None = None,
    q: str = "",
) -> QuerySet[Enquiry]:
    """`assignee` is a coordinator's id, "me", or "none" (nobody yet)."""
    if status:
        queryset = queryset.filter(status=status)
    if kind:
        queryset = queryset.filter(kind=kind)
    if assignee == "none":
        queryset = queryset.filter(assignee__isnull=True)
    elif assignee == "me" and me is not None:
        queryset = queryset.filter(assignee=me)
    elif assignee and assignee.isdigit():
        queryset = queryset.filter(assignee_id=int(assignee))
    q = q.strip()
    if q:
        queryset = queryset.filter(
            Q(reference__iexact=q)
            | Q(name__icontains=q)
            | Q(email__icontains=q)
            | Q(organisation_name__icontains=q)
            | Q(message__icontains=q)
        )
    return queryset


def messages_of(enquiry: Enquiry) -> QuerySet[EnquiryMessage]:
    return EnquiryMessage.objects.filter(enquiry=enquiry).select_related("author")


def inbox_counts() -> dict[str, int]:
    """How many enquiries are in each status, in one query (the dashboard's "new" figure)."""
    rows = Enquiry.objects.values("status").annotate(n=Count("id"))
    counts = dict.fromkeys(Enquiry.Status.values, 0)
    counts.update({row["status"]: row["n"] for row in rows})
    return counts


def concerns_about(*, mentorship_id: int) -> QuerySet[Enquiry]:
    """Every concern raised about one mentorship, newest first, with who has it: for the
    coordinator's page of that mentorship (coordinators read the inbox anyway)."""
    return (
        Enquiry.objects.filter(kind=Enquiry.Kind.CONCERN, mentorship_id=mentorship_id)
        .select_related("assignee")
        .order_by("-created_at", "-id")
    )


def concerns_raised_by(*, user: User, mentorship_id: int) -> QuerySet[Enquiry]:
    """The concerns `user` raised about one mentorship, newest first: shown back to them alone,
    so they know each is with the programme (never to the other side or a colleague)."""
    return concerns_about(mentorship_id=mentorship_id).filter(author=user)


def enquiries_of_sender(*, user: User, addresses: list[str]) -> QuerySet[Enquiry]:
    """What `user` sent: signed in, or signed out from one of `addresses`
    (accounts.selectors.verified_addresses)."""
    sent = Q(author=user)
    for address in addresses:
        sent |= Q(email__iexact=address)
    return Enquiry.objects.filter(sent)


def enquiries_export(*, user: User) -> list[dict[str, Any]]:
    """What `user` sent the programme and the replies e-mailed to them (the export's
    `enquiries`). Coordinators' internal notes are theirs, not the sender's, and stay out."""
    replies = EnquiryMessage.objects.filter(internal=False).order_by("created_at", "id")
    enquiries = (
        enquiries_of_sender(user=user, addresses=verified_addresses(user))
        .prefetch_related(Prefetch("messages", queryset=replies, to_attr="replies"))
        .order_by("created_at", "id")
    )
    return [
        {
            "reference": enquiry.reference,
            "kind": enquiry.kind,
            "kind_label": enquiry.get_kind_display(),
            "name": enquiry.name,
            "email": enquiry.email,
            "organisation_name": enquiry.organisation_name,
            "message": enquiry.message,
            "status": enquiry.status,
            "status_label": enquiry.get_status_display(),
            "created_at": enquiry.created_at,
            "closed_at": enquiry.closed_at,
            "anonymised_at": enquiry.anonymised_at,
            "replies": [{"body": r.body, "sent_at": r.sent_at} for r in enquiry.replies],
        }
        for enquiry in enquiries
    ]
