"""UK GDPR for one person: everything we hold about them (export), and erasure by anonymisation.

Erasure keeps the programme's records whole (requests, proposals, mentorships, the audit trail
stay, as the funder's reporting needs them) but nothing in them still identifies the person:
their name, e-mail, phone and password go, their tokens, sessions and two-step sign-in with
them. Open proposals are withdrawn and live mentorships ended, so the other side is told. Audit
rows keep pointing at the same, now anonymous, row: a pseudonym, not a person.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.forms.models import model_to_dict
from django.utils import timezone
from knox.models import AuthToken

from accounts.models import Organisation, User
from accounts.selectors import verified_addresses
from accounts.signals import user_anonymised
from core.models import AuditEvent
from matching import notifications, policies
from matching.models import (
    Feedback,
    Goal,
    Meeting,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Proposal,
)
from matching.policies import mentorships_visible_to, proposals_visible_to
from matching.services.mentorships import mentorship_end
from matching.services.proposals import proposals_withdraw
from matching.services.requests import request_withdraw

ERASED_NAME = "Former participant"
CLOSURE_REASON = policies.CLOSURE_REASON


def _labelled(
    model: Any, row: dict[str, Any], extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """`row` with a `<field>_label` beside each coded value ("wales" → "Wales"): the code for
    machines, the words for the person reading their own copy. `extra` names choices for
    columns the model does not declare them on."""
    choices = {
        f.name: dict(f.flatchoices)
        for f in model._meta.concrete_fields
        if f.choices and f.name in row
    }
    choices.update(extra or {})
    out: dict[str, Any] = {}
    for name, value in row.items():
        out[name] = value
        if name in choices:
            out[f"{name}_label"] = str(choices[name].get(value, value)) if value else ""
    return out


def _rows(queryset: Any, *fields: str, extra: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [_labelled(queryset.model, dict(row), extra) for row in queryset.values(*fields)]


def me_export(*, user: User) -> dict[str, Any]:
    """Everything held about `user`, as JSON-able data (UK GDPR right of access).

    What they wrote themselves (their account, profile, requests, feedback, their own audit
    trail) is theirs in full. Anything naming other people (introductions, mentorships and the
    records kept in them) is read through the same `*_visible_to` rules as the API, so the copy
    never shows what the person could not read in normal use: a mentor's decline they were
    never introduced to, or a coordinator's reason for rejecting a suggestion.
    """
    profile = MentorProfile.objects.filter(user=user).first()
    participant = Q(mentor__user=user) | Q(request__created_by=user)
    mentorships = mentorships_visible_to(user).filter(participant)
    return {
        "account": {
            **_labelled(
                User,
                model_to_dict(
                    user, fields=["id", "email", "full_name", "role", "phone", "date_joined"]
                ),
            ),
            "last_login": user.last_login,
            "email_addresses": _rows(
                EmailAddress.objects.filter(user=user), "email", "verified", "primary"
            ),
            "two_step_sign_in": sorted(
                Authenticator.objects.filter(user=user).values_list("type", flat=True)
            ),
            "api_tokens": _rows(AuthToken.objects.filter(user=user), "created", "expiry"),
        },
        "organisation": (
            _labelled(Organisation, model_to_dict(user.organisation, exclude=["sectors"]))
            if user.organisation
            else None
        ),
        "mentor_profile": (
            {
                **model_to_dict(profile, exclude=["expertise", "sectors", "user"]),
                "expertise": sorted(profile.expertise.values_list("slug", flat=True)),
                "sectors": sorted(profile.sectors.values_list("slug", flat=True)),
            }
            if profile
            else None
        ),
        "requests": _rows(
            MentoringRequest.objects.filter(created_by=user),
            "id",
            "summary",
            "goals",
            "preferred_format",
            "status",
            "created_at",
        ),
        "proposals": _rows(
            proposals_visible_to(user).filter(participant).order_by("request_id", "rank", "id"),
            "id",
            "request_id",
            "mentor_id",
            "status",
            "reason",
            "created_at",
        ),
        "mentorships": _rows(
            mentorships, "id", "request_id", "mentor_id", "status", "started_at", "ended_at"
        ),
        "meetings": _rows(
            Meeting.objects.filter(mentorship__in=mentorships),
            "mentorship_id",
            "held_on",
            "minutes",
            "notes",
        ),
        "goals": _rows(
            Goal.objects.filter(mentorship__in=mentorships), "mentorship_id", "title", "done_at"
        ),
        "feedback_given": _rows(
            Feedback.objects.filter(author=user), "mentorship_id", "rating", "comment"
        ),
        "activity": _rows(
            AuditEvent.objects.filter(actor=user).order_by("at"),
            "verb",
            "from_status",
            "to_status",
            "reason",
            "at",
            extra={"verb": dict(AuditEvent.Verb.choices)},
        ),
    }


def _colleagues_remain(user: User) -> bool:
    """Whether someone else from `user`'s organisation can carry its requests on."""
    return (
        user.organisation_id is not None
        and User.objects.filter(organisation_id=user.organisation_id, is_active=True)
        .exclude(pk=user.pk)
        .exists()
    )


def _live_mentorships(user: User) -> Any:
    return Mentorship.objects.filter(
        Q(mentor__user=user) | Q(request__created_by=user),
        status__in=Mentorship.LIVE_STATUSES,
    )


def erasure_preview(*, user: User) -> dict[str, Any]:
    """What closing `user`'s account would do now, for the page that asks them to confirm:
    the same rules as `user_anonymise` (live mentorships end, a mentor's open introductions are
    withdrawn, open requests are withdrawn unless a colleague can carry them on)."""
    return {
        "live_mentorships": _live_mentorships(user).count(),
        "open_introductions": Proposal.objects.filter(
            mentor__user=user, status__in=(Proposal.Status.APPROVED, Proposal.Status.ACCEPTED)
        ).count(),
        "open_requests": MentoringRequest.objects.filter(
            created_by=user, status=MentoringRequest.Status.OPEN
        ).count(),
        "colleagues_remain": _colleagues_remain(user),
    }


@transaction.atomic
def account_erase(*, user: User, password: str) -> None:
    """Close `user`'s account for good, keeping the programme's records (see module doc)."""
    if not user.check_password(password):
        raise ValidationError({"password": ["Enter your current password to close your account."]})
    user_anonymise(user=user)


def user_anonymise(*, user: User, for_disuse: bool = False) -> None:
    """The erasure itself, without the password check. The retention job sets `for_disuse`,
    so the other side is told the account was closed for disuse, not that they closed it."""
    reason = policies.DISUSE_REASON if for_disuse else CLOSURE_REASON
    user = User.objects.select_for_update().get(pk=user.pk)
    # Live mentorships end: the service tells the other side and re-opens their request.
    for mentorship in _live_mentorships(user):
        mentorship_end(mentorship=mentorship, actor=user, reason=reason)
    profile = MentorProfile.objects.filter(user=user).first()
    if profile is not None:
        # The organisation that heard "yes" from them, and coordinators, are told.
        proposals_withdraw(
            proposals=Proposal.objects.filter(mentor=profile),
            actor=user,
            reason=reason,
            because=notifications.WITHDRAWN_MENTOR_CLOSED,
        )
        # updated_at by hand (update() skips auto_now): workers' cached mentor index keys on
        # it, and would otherwise keep proposing the erased mentor to new requests.
        MentorProfile.objects.filter(pk=profile.pk).update(
            accepting=False, capacity=0, bio="", updated_at=timezone.now()
        )
    # A request stays with its organisation while a colleague can carry it on.
    if not _colleagues_remain(user):
        for request in MentoringRequest.objects.filter(
            created_by=user, status=MentoringRequest.Status.OPEN
        ):
            request_withdraw(request=request, actor=user, reason=reason)
    addresses = verified_addresses(user)
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    AuthToken.objects.filter(user=user).delete()
    user.full_name = ERASED_NAME
    user.email = f"erased-{user.pk}@invalid.example"
    user.phone = ""
    user.is_active = False
    user.is_staff = user.is_superuser = False
    # A new (unusable) password also ends every session: Django checks its hash per request.
    user.set_unusable_password()
    user.save()
    # The inbox (a higher layer) removes their name, address and words from what they sent.
    user_anonymised.send(sender=User, user=user, addresses=addresses, for_disuse=for_disuse)


def inactive_accounts_purge(*, now: Any = None) -> int:
    """Anonymise accounts nobody has used for `RETENTION_MONTHS`; returns how many."""
    months = int(getattr(settings, "RETENTION_MONTHS", 36))
    cutoff = (now or timezone.now()) - timedelta(days=round(months * 30.44))
    stale = User.objects.filter(is_active=True, is_staff=False).filter(
        Q(last_login__lt=cutoff) | Q(last_login__isnull=True, date_joined__lt=cutoff)
    )
    count = 0
    for user in stale:
        with transaction.atomic():
            user_anonymise(user=user, for_disuse=True)
        count += 1
    return count
