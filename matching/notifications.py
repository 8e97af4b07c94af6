"""E-mails to whoever must act next: queued to Celery on commit, rendered and sent by the task.

Services call a `notify_*` function inside their transaction; it queues an `Outgoing` task for
after the commit, so a worker never looks for rows that are not there yet (or never will be).
The task calls the matching `send_*` function, which reloads the rows, sends nothing if the
moment has passed (the proposal moved on), and returns how many messages went out.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import models, transaction
from django.template.loader import render_to_string

from accounts.models import Role, User
from matching import policies
from matching.models import MentoringRequest, Mentorship, Proposal
from worker.outbox import outbox_record, outbox_send

TASK_NEW_PROPOSALS = "matching.email_new_proposals"
TASK_PROPOSAL_APPROVED = "matching.email_proposal_approved"
TASK_PROPOSAL_ACCEPTED = "matching.email_proposal_accepted"
TASK_PROPOSAL_DECLINED = "matching.email_proposal_declined"
TASK_MENTORSHIP_CONFIRMED = "matching.email_mentorship_confirmed"
TASK_PROPOSAL_NUDGES = "matching.email_proposal_nudges"
TASK_MENTORSHIP_CHANGED = "matching.email_mentorship_changed"
TASK_PROPOSALS_WITHDRAWN = "matching.email_proposals_withdrawn"
EMAIL_QUEUE = "default"

DASHBOARD_PATH = "/dashboard/"
COORDINATOR_QUEUE_PATH = "/coordinator/queue/"
SUBJECT_PREFIX = "[Mutual Mentors] "


def mentorship_path(mentorship_id: int) -> str:
    return f"/mentorships/{mentorship_id}/"


@dataclass(frozen=True)
class Outgoing:
    """One e-mail task to queue after commit; a value, so a test can read what was queued."""

    task: str
    kwargs: dict[str, Any]
    message_id: int = 0

    def __call__(self) -> None:
        # The outbox row committed with the transition; this sends it now, or the relay later.
        outbox_send(ids=[self.message_id])


def _after_commit(task: str, **kwargs: Any) -> None:
    # Recorded in the outbox inside the transition's transaction, so a committed decision is
    # always e-mailed; robust: a broker hiccup after the commit is logged, never an error page.
    message = outbox_record(task=task, kwargs=kwargs, queue=EMAIL_QUEUE)
    transaction.on_commit(Outgoing(task, kwargs, message_id=message.pk), robust=True)


# --- Queued by services -----------------------------------------------------------------------


def notify_coordinators_of_new_proposals(*, request_ids: list[int]) -> None:
    """One digest per scoring run: call it once after writing the run's proposals."""
    if request_ids:
        _after_commit(TASK_NEW_PROPOSALS, request_ids=sorted(set(request_ids)))


def notify_proposal_approved(*, proposal: Proposal) -> None:
    _after_commit(TASK_PROPOSAL_APPROVED, proposal_id=proposal.pk)


def notify_proposal_accepted(*, proposal: Proposal) -> None:
    _after_commit(TASK_PROPOSAL_ACCEPTED, proposal_id=proposal.pk)


def notify_proposal_declined(*, proposal: Proposal) -> None:
    _after_commit(TASK_PROPOSAL_DECLINED, proposal_id=proposal.pk)


def notify_mentorship_confirmed(*, mentorship: Mentorship) -> None:
    _after_commit(TASK_MENTORSHIP_CONFIRMED, mentorship_id=mentorship.pk)


def notify_proposals_nudged(*, proposal_ids: list[int]) -> None:
    _after_commit(TASK_PROPOSAL_NUDGES, proposal_ids=sorted(proposal_ids))


def notify_mentorship_changed(*, mentorship: Mentorship, verb: str, actor: User | None) -> None:
    """Pause, resume, complete, end or reopen: the other side hears (and both, on complete)."""
    _after_commit(
        TASK_MENTORSHIP_CHANGED,
        mentorship_id=mentorship.pk,
        verb=str(verb),
        actor_id=actor.pk if actor is not None else None,
    )


def notify_proposals_withdrawn(*, proposal_ids: list[int], because: str) -> None:
    """Mentors who had heard of a withdrawn introduction are thanked and told why.

    `because` is WITHDRAWN_ANOTHER_CONFIRMED, WITHDRAWN_REQUEST_WITHDRAWN or
    WITHDRAWN_MENTOR_CLOSED (then the organisation and coordinators hear instead).
    """
    if proposal_ids:
        _after_commit(TASK_PROPOSALS_WITHDRAWN, proposal_ids=sorted(proposal_ids), because=because)


# --- Sent by tasks ----------------------------------------------------------------------------


def _link(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def email_message(
    template: str, recipient: User, context: dict[str, Any]
) -> EmailMultiAlternatives:
    """One e-mail in the programme's form, from `<template>_subject.txt`, `.txt` and `.html`
    (`template` is the path without them, e.g. "matching/email/new_proposals"), addressed to
    `recipient` and greeting them (the bases in matching/email/ do)."""
    context = {"recipient": recipient, "site_url": settings.SITE_URL, **context}
    subject = render_to_string(f"{template}_subject.txt", context)
    message = EmailMultiAlternatives(
        subject=SUBJECT_PREFIX + " ".join(subject.split()),
        body=render_to_string(f"{template}.txt", context),
        to=[recipient.email],
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message


def _message(template: str, recipient: User, context: dict[str, Any]) -> EmailMultiAlternatives:
    return email_message(f"matching/email/{template}", recipient, context)


def send_all(messages: list[EmailMultiAlternatives]) -> int:
    """Send `messages` over one connection; how many went."""
    if not messages:
        return 0
    return get_connection().send_messages(messages)


def _coordinators() -> list[User]:
    return list(User.objects.coordinators())


def mentees_of(organisation_id: int) -> list[User]:
    """The active people of a mentee organisation: its side of a mentorship hears together."""
    return list(
        User.objects.filter(organisation_id=organisation_id, role=Role.MENTEE, is_active=True)
    )


def _proposals() -> models.QuerySet[Proposal]:
    return Proposal.objects.select_related("request__organisation", "mentor__user")


def send_new_proposals_digest(*, request_ids: list[int]) -> int:
    """Every coordinator gets one e-mail listing the proposals now waiting for review."""
    waiting = list(
        _proposals()
        .filter(
            request_id__in=request_ids,
            status=Proposal.Status.SUGGESTED,
            request__status=MentoringRequest.Status.OPEN,
        )
        .order_by("request_id", "rank")
    )
    if not waiting:
        return 0
    groups = [
        (request, list(proposals))
        for request, proposals in itertools.groupby(waiting, key=lambda p: p.request)
    ]
    context = {
        "groups": groups,
        "proposal_count": len(waiting),
        "request_count": len(groups),
        "action_url": _link(COORDINATOR_QUEUE_PATH),
    }
    return send_all([_message("new_proposals", c, context) for c in _coordinators()])


def send_proposal_approved(*, proposal_id: int) -> int:
    """The mentor hears of an introduction a coordinator approved, and answers it."""
    proposal = _proposals().filter(pk=proposal_id, status=Proposal.Status.APPROVED).first()
    if proposal is None or not proposal.mentor.user.is_active:
        return 0
    request = proposal.request
    context = {
        "proposal": proposal,
        "request": request,
        "organisation": request.organisation,
        "needs": list(request.needs.all()),
        "action_url": _link(DASHBOARD_PATH),
    }
    return send_all([_message("proposal_approved", proposal.mentor.user, context)])


def send_proposal_accepted(*, proposal_id: int) -> int:
    """The organisation's mentees hear that a mentor said yes, and confirm or decline."""
    proposal = _proposals().filter(pk=proposal_id, status=Proposal.Status.ACCEPTED).first()
    if proposal is None:
        return 0
    context = {
        "proposal": proposal,
        "request": proposal.request,
        "mentor": proposal.mentor,
        "expertise": list(proposal.mentor.expertise.all()),
        "action_url": _link(DASHBOARD_PATH),
    }
    mentees = mentees_of(proposal.request.organisation_id)
    return send_all([_message("proposal_accepted", m, context) for m in mentees])


def send_proposal_declined(*, proposal_id: int) -> int:
    """Coordinators hear of a decline, since choosing someone else is theirs to do."""
    proposal = _proposals().filter(pk=proposal_id, status=Proposal.Status.DECLINED).first()
    if proposal is None:
        return 0
    by_mentor = proposal.decided_by_id == proposal.mentor.user_id
    context = {
        "proposal": proposal,
        "request": proposal.request,
        "declined_by": "the mentor" if by_mentor else "the organisation",
        "action_url": _link(COORDINATOR_QUEUE_PATH),
    }
    return send_all([_message("proposal_declined", c, context) for c in _coordinators()])


def send_mentorship_confirmed(*, mentorship_id: int) -> int:
    """Both sides hear they are matched, with each other's contact details (now allowed)."""
    mentorship = (
        Mentorship.objects.select_related("mentor__user", "request__organisation")
        .filter(pk=mentorship_id)
        .first()
    )
    if mentorship is None:
        return 0
    mentor_user = mentorship.mentor.user
    mentees = mentees_of(mentorship.request.organisation_id)
    context = {
        "mentorship": mentorship,
        "request": mentorship.request,
        "organisation": mentorship.request.organisation,
        "mentor_user": mentor_user,
        "mentees": mentees,
        "action_url": _link(mentorship_path(mentorship.pk)),
    }
    recipients = [mentor_user, *mentees] if mentor_user.is_active else mentees
    return send_all(
        [
            _message(
                "mentorship_confirmed", person, {**context, "is_mentor": person == mentor_user}
            )
            for person in recipients
        ]
    )


MENTORSHIP_CHANGE_VERBS = ("paused", "resumed", "completed", "ended", "reopened")
WITHDRAWN_ANOTHER_CONFIRMED = "another_confirmed"
WITHDRAWN_REQUEST_WITHDRAWN = "request_withdrawn"
WITHDRAWN_MENTOR_CLOSED = "mentor_closed"


def send_mentorship_changed(*, mentorship_id: int, verb: str, actor_id: int | None) -> int:
    """The other side of a change hears of it; `completed` asks both sides for feedback.

    The mentee side is everyone from the organisation. When a coordinator made the change, both
    sides hear. After an early end the mentee side is told the request is open again and how to
    withdraw it.
    """
    if verb not in MENTORSHIP_CHANGE_VERBS:
        return 0
    mentorship = (
        Mentorship.objects.select_related("mentor__user", "request__organisation")
        .filter(pk=mentorship_id)
        .first()
    )
    if mentorship is None:
        return 0
    mentor_user = mentorship.mentor.user
    mentees = mentees_of(mentorship.request.organisation_id)
    actor = User.objects.filter(pk=actor_id).first() if actor_id else None
    by_mentor = actor is not None and actor.pk == mentor_user.pk
    by_mentee = actor is not None and any(m.pk == actor.pk for m in mentees)
    sides: list[tuple[User, bool]] = [(mentor_user, True)] if mentor_user.is_active else []
    sides += [(m, False) for m in mentees]
    recipients = []
    for person, is_mentor in sides:
        is_actor = actor is not None and person.pk == actor.pk
        # The actor's own side is told only when feedback is asked of it (complete).
        same_side = (is_mentor and by_mentor) or (not is_mentor and by_mentee)
        if same_side and verb != "completed":
            continue
        recipients.append((person, is_mentor, is_actor))
    if actor is None or actor.role == Role.COORDINATOR:
        actor_name = "The programme team"
    else:
        actor_name = actor.full_name
    request_open = mentorship.request.status == MentoringRequest.Status.OPEN
    # Ended because one side closed their account: their name and address are placeholders now,
    # so the others are told what happened in words, never "Former participant".
    closed_by = ""
    if verb == "ended" and actor is not None and policies.account_closed(actor):
        closed_by = "mentor" if by_mentor else "mentee"
    for_disuse = mentorship.end_reason == policies.DISUSE_REASON
    if for_disuse:
        gone = (
            f"had not used Mutual Mentors for {_retention_period()}, "
            "and their account has been closed"
        )
    else:
        gone = "has closed their Mutual Mentors account"
    messages = []
    for person, is_mentor, is_actor in recipients:
        other_name = mentorship.request.organisation.name if is_mentor else mentor_user.full_name
        if not is_mentor and policies.account_closed(mentor_user):
            other_name = "your mentor"
        context = {
            "mentorship": mentorship,
            "verb": verb,
            "actor_name": "You" if is_actor else actor_name,
            "is_actor": is_actor,
            "is_mentor": is_mentor,
            "other_name": other_name,
            "closed_by": closed_by,
            "gone": gone,
            "for_disuse": for_disuse,
            "reason": mentorship.end_reason if verb == "ended" and not closed_by else "",
            "request_open": request_open and not is_mentor,
            "ask_feedback": verb in ("completed", "ended"),
            "action_url": _link(mentorship_path(mentorship.pk))
            + ("#feedback-title" if verb in ("completed", "ended") else ""),
            "dashboard_url": _link(DASHBOARD_PATH),
        }
        messages.append(_message("mentorship_changed", person, context))
    return send_all(messages)


def _retention_period() -> str:
    months = int(settings.RETENTION_MONTHS)
    if months % 12:
        return f"{months} months"
    return "a year" if months == 12 else f"{months // 12} years"


def send_proposals_withdrawn(*, proposal_ids: list[int], because: str) -> int:
    """Thank each mentor whose introduction was withdrawn, and say why, in plain words.

    When the mentor closed their account (WITHDRAWN_MENTOR_CLOSED) it is the other way round:
    the organisation hears that the mentor who said yes has gone, and coordinators that the
    request needs another introduction.
    """
    proposals = list(
        _proposals().filter(pk__in=proposal_ids, status=Proposal.Status.WITHDRAWN).order_by("pk")
    )
    if because == WITHDRAWN_MENTOR_CLOSED:
        return send_all(_introductions_lost(proposals))
    messages = []
    for proposal in proposals:
        if not proposal.mentor.user.is_active:
            continue
        context = {
            "proposal": proposal,
            "organisation": proposal.request.organisation,
            "another_confirmed": because == WITHDRAWN_ANOTHER_CONFIRMED,
            "action_url": _link(DASHBOARD_PATH),
        }
        messages.append(_message("proposal_withdrawn", proposal.mentor.user, context))
    return send_all(messages)


def _introductions_lost(proposals: list[Proposal]) -> list[EmailMultiAlternatives]:
    messages = []
    coordinators = _coordinators() if proposals else []
    for proposal in proposals:
        organisation = proposal.request.organisation
        # The organisation had heard of the mentor only once they said yes.
        was_accepted = proposal.accepted_at is not None
        mentees = mentees_of(organisation.pk) if was_accepted else []
        for person in [*mentees, *coordinators]:
            context = {
                "organisation": organisation,
                "was_accepted": was_accepted,
                "is_coordinator": person.role == Role.COORDINATOR,
                "action_url": _link(
                    COORDINATOR_QUEUE_PATH if person.role == Role.COORDINATOR else DASHBOARD_PATH
                ),
            }
            messages.append(_message("introduction_lost", person, context))
    return messages


def send_proposal_nudges(*, proposal_ids: list[int]) -> int:
    """One reminder per person, listing every proposal still waiting on them."""
    proposals = list(
        _proposals().filter(pk__in=proposal_ids, status__in=Proposal.OPEN_STATUSES).order_by("pk")
    )
    waiting: dict[int, tuple[User, list[Proposal]]] = {}
    mentees_by_organisation: dict[int, list[User]] = {}
    coordinators: list[User] | None = None
    for proposal in proposals:
        recipients: list[User]
        if proposal.status == Proposal.Status.SUGGESTED:
            coordinators = _coordinators() if coordinators is None else coordinators
            recipients = coordinators
        elif proposal.status == Proposal.Status.APPROVED:
            recipients = [proposal.mentor.user] if proposal.mentor.user.is_active else []
        else:
            organisation_id = proposal.request.organisation_id
            if organisation_id not in mentees_by_organisation:
                mentees_by_organisation[organisation_id] = mentees_of(organisation_id)
            recipients = mentees_by_organisation[organisation_id]
        for person in recipients:
            waiting.setdefault(person.pk, (person, []))[1].append(proposal)
    expiry_days = settings.PROPOSAL_EXPIRY_DAYS
    messages = []
    for person, items in waiting.values():
        path = COORDINATOR_QUEUE_PATH if person.role == Role.COORDINATOR else DASHBOARD_PATH
        context = {
            "items": [(p, p.status_changed_at + dt.timedelta(days=expiry_days)) for p in items],
            "expiry_days": expiry_days,
            "action_url": _link(path),
        }
        messages.append(_message("proposal_nudge", person, context))
    return send_all(messages)
