"""Celery tasks for the lifecycle: e-mails to whoever acts next, and the hourly expiry sweep.

Each task takes ids, calls one function, and owns its retry policy: a mail server that is down
for a while gets retried with backoff, while a row that has gone or moved on sends nothing.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from celery import shared_task
from celery.app.task import Task
from django.utils import timezone

from matching import notifications
from matching.services.proposals import proposals_expire, proposals_nudge

# Errors worth another try: the mail server refused or could not be reached.
MAIL_ERRORS = (smtplib.SMTPException, ConnectionError, TimeoutError)

P = ParamSpec("P")
R = TypeVar("R")


def mail_task(name: str) -> Callable[[Callable[P, R]], Task[P, R]]:
    """A task that sends e-mail: on the e-mail queue, retried with backoff while mail is down."""
    return shared_task(
        name=name,
        queue=notifications.EMAIL_QUEUE,
        autoretry_for=MAIL_ERRORS,
        retry_backoff=True,
        max_retries=5,
    )


@mail_task(notifications.TASK_NEW_PROPOSALS)
def email_new_proposals(request_ids: list[int]) -> int:
    return notifications.send_new_proposals_digest(request_ids=request_ids)


@mail_task(notifications.TASK_PROPOSAL_APPROVED)
def email_proposal_approved(proposal_id: int) -> int:
    return notifications.send_proposal_approved(proposal_id=proposal_id)


@mail_task(notifications.TASK_PROPOSAL_ACCEPTED)
def email_proposal_accepted(proposal_id: int) -> int:
    return notifications.send_proposal_accepted(proposal_id=proposal_id)


@mail_task(notifications.TASK_PROPOSAL_DECLINED)
def email_proposal_declined(proposal_id: int) -> int:
    return notifications.send_proposal_declined(proposal_id=proposal_id)


@mail_task(notifications.TASK_MENTORSHIP_CONFIRMED)
def email_mentorship_confirmed(mentorship_id: int) -> int:
    return notifications.send_mentorship_confirmed(mentorship_id=mentorship_id)


@mail_task(notifications.TASK_PROPOSAL_NUDGES)
def email_proposal_nudges(proposal_ids: list[int]) -> int:
    return notifications.send_proposal_nudges(proposal_ids=proposal_ids)


@shared_task(name="matching.expire_proposals", queue="default")
def expire_proposals() -> dict[str, int]:
    """Hourly (beat): expire what nobody answered, then nudge what is half-way there."""
    now = timezone.now()
    expired = proposals_expire(now=now)
    return {"expired": expired, "nudged": proposals_nudge(now=now)}
