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
from matching.models import MentoringRequest, Mentorship, Proposal
from worker.celery_app import app

TASK_NEW_PROPOSALS = "matching.email_new_proposals"
TASK_PROPOSAL_APPROVED = "matching.email_proposal_approved"
TASK_PROPOSAL_ACCEPTED = "matching.email_proposal_accepted"
TASK_PROPOSAL_DECLINED = "matching.email_proposal_declined"
TASK_MENTORSHIP_CONFIRMED = "matching.email_mentorship_confirmed"
TASK_PROPOSAL_NUDGES = "matching.email_proposal_nudges"
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

    def __call__(self) -> None:
        # By name, so this module needs nothing from the task module (which imports this one).
        app.send_task(self.task, kwargs=self.kwargs, queue=EMAIL_QUEUE)


def _after_commit(task: str, **kwargs: Any) -> None:
    # robust: the transition has committed by then; a broker hiccup is logged, and must not
    # turn the person's successful action into an error page.
    transaction.on_commit(Outgoing(task, kwargs), robust=True)


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


# --- Sent by tasks ----------------------------------------------------------------------------


def _link(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _message(template: str, recipient: User, context: dict[str, Any]) -> EmailMultiAlternatives:
    context = {"recipient": recipient, "site_url": settings.SITE_URL, **context}
    subject = render_to_string(f"matching/email/{template}_subject.txt", context)
    message = EmailMultiAlternatives(
        subject=SUBJECT_PREFIX + " ".join(subject.split()),
        body=render_to_string(f"matching/email/{template}.txt", context),
        to=[recipient.email],
    )
    message.attach_alternative(
        render_to_string(f"matching/email/{template}.html", context), "text/html"
    )
    return message


def _send(messages: list[EmailMultiAlternatives]) -> int:
    if not messages:
        return 0
    return get_connection().send_messages(messages)


def _coordinators() -> list[User]:
    return list(User.objects.coordinators())


def _mentees_of(organisation_id: int) -> list[User]:
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
    return _send([_message("new_proposals", c, context) for c in _coordinators()])


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
    return _send([_message("proposal_approved", proposal.mentor.user, context)])


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
    mentees = _mentees_of(proposal.request.organisation_id)
    return _send([_message("proposal_accepted", m, context) for m in mentees])


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
    return _send([_message("proposal_declined", c, context) for c in _coordinators()])


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
    mentees = _mentees_of(mentorship.request.organisation_id)
    context = {
        "mentorship": mentorship,
        "request": mentorship.request,
        "organisation": mentorship.request.organisation,
        "mentor_user": mentor_user,
        "mentees": mentees,
        "action_url": _link(mentorship_path(mentorship.pk)),
    }
    recipients = [mentor_user, *mentees] if mentor_user.is_active else mentees
    return _send(
        [
            _message(
                "mentorship_confirmed", person, {**context, "is_mentor": person == mentor_user}
            )
            for person in recipients
        ]
    )


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
                mentees_by_organisation[organisation_id] = _mentees_of(organisation_id)
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
    return _send(messages)
