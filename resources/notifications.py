"""E-mails from the library: a case study of someone's mentorship asks them for consent.

Services call `notify_*` inside their transaction (through the outbox, so the e-mail commits with
the row); the task (resources.tasks) calls the matching `send_*`, which reloads the row and sends
nothing if it has gone or moved on.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string

from accounts.models import Role, User
from matching.notifications import mentorship_path
from matching.policies import account_closed
from resources.models import CaseStudy
from worker.outbox import outbox_enqueue

TASK_CONSENT_WANTED = "resources.email_consent_wanted"
EMAIL_QUEUE = "default"
SUBJECT_PREFIX = "[Mutual Mentors] "


def notify_consent_wanted(*, case_study: CaseStudy) -> None:
    """Both sides of the case study's mentorship are asked whether it may be published."""
    if case_study.mentorship_id is not None:
        outbox_enqueue(
            task=TASK_CONSENT_WANTED, kwargs={"case_study_id": case_study.pk}, queue=EMAIL_QUEUE
        )


def _waiting_on(study: CaseStudy) -> list[tuple[User, bool]]:
    """(person, is_mentor) for each side that has not said yes yet; closed accounts are left out."""
    mentorship = study.mentorship
    assert mentorship is not None
    people: list[tuple[User, bool]] = []
    mentor = mentorship.mentor.user
    if not study.consent_mentor and mentor.is_active and not account_closed(mentor):
        people.append((mentor, True))
    if not study.consent_mentee:
        mentees = User.objects.filter(
            organisation_id=mentorship.request.organisation_id, role=Role.MENTEE, is_active=True
        ).order_by("pk")
        people += [(person, False) for person in mentees]
    return people


def send_consent_wanted(*, case_study_id: int) -> int:
    study = (
        CaseStudy.objects.select_related(
            "mentorship__mentor__user__organisation", "mentorship__request__organisation"
        )
        .filter(pk=case_study_id, status=CaseStudy.Status.DRAFT, mentorship__isnull=False)
        .first()
    )
    if study is None or study.mentorship is None:
        return 0
    mentorship = study.mentorship
    link = f"{settings.SITE_URL}{mentorship_path(mentorship.pk)}#case-study-title"
    messages = []
    for person, is_mentor in _waiting_on(study):
        mentor_organisation = mentorship.mentor.user.organisation
        other = (
            mentorship.request.organisation.name
            if is_mentor
            else (mentor_organisation.name if mentor_organisation else "your mentor")
        )
        context = {
            "recipient": person,
            "study": study,
            "other": other,
            "action_url": link,
            "site_url": settings.SITE_URL,
        }
        subject = render_to_string("resources/email/consent_wanted_subject.txt", context)
        message = EmailMultiAlternatives(
            subject=SUBJECT_PREFIX + " ".join(subject.split()),
            body=render_to_string("resources/email/consent_wanted.txt", context),
            to=[person.email],
        )
        message.attach_alternative(
            render_to_string("resources/email/consent_wanted.html", context), "text/html"
        )
        messages.append(message)
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0
