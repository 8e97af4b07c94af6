"""The one shape of an e-mail task, shared by every app that sends mail from a worker."""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from celery import shared_task
from celery.app.task import Task

# Errors worth another try: the mail server refused or could not be reached.
MAIL_ERRORS = (smtplib.SMTPException, ConnectionError, TimeoutError)
EMAIL_QUEUE = "default"

P = ParamSpec("P")
R = TypeVar("R")


def mail_task(name: str, *, queue: str = EMAIL_QUEUE) -> Callable[[Callable[P, R]], Task[P, R]]:
    """A task that sends e-mail: named, on the e-mail queue, retried with backoff while the mail
    server is down (a row that has gone or moved on simply sends nothing)."""
    return shared_task(
        name=name, queue=queue, autoretry_for=MAIL_ERRORS, retry_backoff=True, max_retries=5
    )
