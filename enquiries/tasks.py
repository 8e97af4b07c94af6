"""Celery tasks for the inbox's e-mails: each takes ids, calls one send function, retries mail."""

from __future__ import annotations

from core.tasks import mail_task
from enquiries import notifications


@mail_task(notifications.TASK_ACKNOWLEDGE, queue=notifications.EMAIL_QUEUE)
def email_acknowledgement(enquiry_id: int) -> int:
    return notifications.send_acknowledgement(enquiry_id=enquiry_id)


@mail_task(notifications.TASK_REPLY, queue=notifications.EMAIL_QUEUE)
def email_reply(message_id: int) -> int:
    return notifications.send_reply(message_id=message_id)


@mail_task(notifications.TASK_INVITE, queue=notifications.EMAIL_QUEUE)
def email_signup_invitation(enquiry_id: int) -> int:
    return notifications.send_signup_invitation(enquiry_id=enquiry_id)
