"""E-mails from the inbox: queued to Celery on commit, rendered and sent by the task.

Services call `notify_*` inside their transaction; the task (enquiries.tasks) calls the matching
`send_*`, which reloads the row and sends nothing if it has gone.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import timezone

from enquiries.models import Enquiry, EnquiryMessage
from worker.outbox import outbox_enqueue

TASK_ACKNOWLEDGE = "enquiries.email_acknowledgement"
TASK_REPLY = "enquiries.email_reply"
TASK_INVITE = "enquiries.email_signup_invitation"
EMAIL_QUEUE = "default"
SUBJECT_PREFIX = "[Mutual Mentors] "


def _after_commit(task: str, **kwargs: Any) -> None:
    # Through the outbox (worker.outbox): the e-mail commits with the enquiry and is sent even
    # if the broker is down right now; a broker hiccup must not turn it into an error.
    outbox_enqueue(task=task, kwargs=kwargs, queue=EMAIL_QUEUE)


def notify_enquiry_received(*, enquiry: Enquiry) -> None:
    _after_commit(TASK_ACKNOWLEDGE, enquiry_id=enquiry.pk)


def notify_reply(*, message: EnquiryMessage) -> None:
    _after_commit(TASK_REPLY, message_id=message.pk)


def notify_signup_invitation(*, enquiry: Enquiry) -> None:
    _after_commit(TASK_INVITE, enquiry_id=enquiry.pk)


def signup_link(enquiry: Enquiry) -> str:
    role = Enquiry.INVITABLE.get(Enquiry.Kind(enquiry.kind), "mentee")
    return (
        f"{settings.SITE_URL}/accounts/signup/?{urlencode({'role': role, 'email': enquiry.email})}"
    )


def _send(template: str, enquiry: Enquiry, subject: str, **context: Any) -> int:
    context = {"enquiry": enquiry, "site_url": settings.SITE_URL, **context}
    message = EmailMessage(
        subject=f"{SUBJECT_PREFIX}{subject} ({enquiry.reference})",
        body=render_to_string(f"enquiries/email/{template}.txt", context),
        to=[enquiry.email],
    )
    return get_connection().send_messages([message]) or 0


def send_acknowledgement(*, enquiry_id: int) -> int:
    enquiry = Enquiry.objects.filter(pk=enquiry_id).first()
    if enquiry is None or not enquiry.email:
        return 0
    return _send("acknowledgement", enquiry, "We have your message")


def send_reply(*, message_id: int) -> int:
    """E-mails one reply; an internal note never gets here, and a reply is sent only once."""
    message = (
        EnquiryMessage.objects.select_related("enquiry")
        .filter(pk=message_id, internal=False, sent_at__isnull=True)
        .first()
    )
    if message is None or not message.enquiry.email:
        return 0
    sent = _send("reply", message.enquiry, "A reply to your message", message=message)
    EnquiryMessage.objects.filter(pk=message.pk).update(sent_at=timezone.now())
    return sent


def send_signup_invitation(*, enquiry_id: int) -> int:
    enquiry = Enquiry.objects.filter(pk=enquiry_id).first()
    if enquiry is None or not enquiry.email:
        return 0
    return _send(
        "invitation", enquiry, "Your invitation to Mutual Mentors", link=signup_link(enquiry)
    )
