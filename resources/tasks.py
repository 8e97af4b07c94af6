"""Celery tasks for the library's e-mails: each takes ids, calls one send function, retries mail."""

from __future__ import annotations

from core.tasks import mail_task
from resources import notifications


@mail_task(notifications.TASK_CONSENT_WANTED, queue=notifications.EMAIL_QUEUE)
def email_consent_wanted(case_study_id: int) -> int:
    return notifications.send_consent_wanted(case_study_id=case_study_id)
