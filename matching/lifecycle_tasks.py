"""Celery tasks for the lifecycle: e-mails to whoever acts next, and the hourly expiry sweep.

Each task takes ids, calls one function, and owns its retry policy: a mail server that is down
for a while gets retried with backoff, while a row that has gone or moved on sends nothing.
"""

from __future__ import annotations

from celery import shared_task
from django.utils import timezone

from core.tasks import mail_task
from matching import notifications
from matching.services.proposals import proposals_expire, proposals_nudge


@mail_task(notifications.TASK_NEW_PROPOSALS, queue=notifications.EMAIL_QUEUE)
def email_new_proposals(request_ids: list[int]) -> int:
    return notifications.send_new_proposals_digest(request_ids=request_ids)


@mail_task(notifications.TASK_PROPOSAL_APPROVED, queue=notifications.EMAIL_QUEUE)
def email_proposal_approved(proposal_id: int) -> int:
    return notifications.send_proposal_approved(proposal_id=proposal_id)


@mail_task(notifications.TASK_PROPOSAL_ACCEPTED, queue=notifications.EMAIL_QUEUE)
def email_proposal_accepted(proposal_id: int) -> int:
    return notifications.send_proposal_accepted(proposal_id=proposal_id)


@mail_task(notifications.TASK_PROPOSAL_DECLINED, queue=notifications.EMAIL_QUEUE)
def email_proposal_declined(proposal_id: int) -> int:
    return notifications.send_proposal_declined(proposal_id=proposal_id)


@mail_task(notifications.TASK_MENTORSHIP_CONFIRMED, queue=notifications.EMAIL_QUEUE)
def email_mentorship_confirmed(mentorship_id: int) -> int:
    return notifications.send_mentorship_confirmed(mentorship_id=mentorship_id)


@mail_task(notifications.TASK_PROPOSAL_NUDGES, queue=notifications.EMAIL_QUEUE)
def email_proposal_nudges(proposal_ids: list[int]) -> int:
    return notifications.send_proposal_nudges(proposal_ids=proposal_ids)


@mail_task(notifications.TASK_MENTORSHIP_CHANGED, queue=notifications.EMAIL_QUEUE)
def email_mentorship_changed(mentorship_id: int, verb: str, actor_id: int | None) -> int:
    return notifications.send_mentorship_changed(
        mentorship_id=mentorship_id, verb=verb, actor_id=actor_id
    )


@mail_task(notifications.TASK_PROPOSALS_WITHDRAWN, queue=notifications.EMAIL_QUEUE)
def email_proposals_withdrawn(proposal_ids: list[int], because: str) -> int:
    return notifications.send_proposals_withdrawn(proposal_ids=proposal_ids, because=because)


@shared_task(name="matching.expire_proposals", queue="default")
def expire_proposals() -> dict[str, int]:
    """Hourly (beat): expire what nobody answered, then nudge what is half-way there."""
    now = timezone.now()
    expired = proposals_expire(now=now)
    return {"expired": expired, "nudged": proposals_nudge(now=now)}
