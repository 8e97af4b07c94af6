"""Celery tasks for the inbox's e-mails: each takes ids, calls one send function, retries mail."""

from __future__ import annotations

import smtplib

from celery import shared_task

from enquiries import notifications

# Errors worth another try: the mail server refused or could not be reached.
MAIL_ERRORS = (smtplib.SMTPException, ConnectionError, TimeoutError)


@shared_task(
    name=notifications.TASK_ACKNOWLEDGE,
    queue=notifications.EMAIL_QUEUE,
    autoretry_for=MAIL_ERRORS,
    retry_backoff=True,
    max_retries=5,
)
def email_acknowledgement(enquiry_id: int) -> int:
    return notifications.send_acknowledgement(enquiry_id=enquiry_id)


@shared_task(
    name=notifications.TASK_REPLY,
    queue=notifications.EMAIL_QUEUE,
    autoretry_for=MAIL_ERRORS,
    retry_backoff=True,
    max_retries=5,
)
def email_reply(message_id: int) -> int:
    return notifications.send_reply(message_id=message_id)


@shared_task(
    name=notifications.TASK_INVITE,
    queue=notifications.EMAIL_QUEUE,
    autoretry_for=MAIL_ERRORS,
    retry_backoff=True,
    max_retries=5,
)
def email_signup_invitation(enquiry_id: int) -> int:
    return notifications.send_signup_invitation(enquiry_id=enquiry_id)
