"""Celery tasks for the inbox: its e-mails (each takes ids, calls one send function, retries
mail) and the retention job."""

from __future__ import annotations

from celery import shared_task

from core.tasks import mail_task
from enquiries import notifications
from enquiries.services import old_enquiries_purge


@shared_task(name="enquiries.purge_old_enquiries", queue="default")
def purge_old_enquiries() -> int:
    """UK GDPR storage limitation: enquiries closed or untouched for RETENTION_MONTHS lose their
    sender's details and words."""
    return old_enquiries_purge()


@mail_task(notifications.TASK_ACKNOWLEDGE, queue=notifications.EMAIL_QUEUE)
def email_acknowledgement(enquiry_id: int) -> int:
    return notifications.send_acknowledgement(enquiry_id=enquiry_id)


@mail_task(notifications.TASK_REPLY, queue=notifications.EMAIL_QUEUE)
def email_reply(message_id: int) -> int:
    return notifications.send_reply(message_id=message_id)


@mail_task(notifications.TASK_INVITE, queue=notifications.EMAIL_QUEUE)
def email_signup_invitation(enquiry_id: int) -> int:
    return notifications.send_signup_invitation(enquiry_id=enquiry_id)
