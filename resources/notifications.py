"""E-mails from the library: a case study of someone's mentorship asks them for consent.

Services call `notify_*` inside their transaction (through the outbox, so the e-mail commits with
the row); the task (resources.tasks) calls the matching `send_*`, which reloads the row and sends
nothing if it has gone or moved on.
"""

from __future__ import annotations

from django.conf import settings

from accounts.models import User
from matching.notifications import email_message, mentees_of, mentorship_path, send_all
from resources.models import CaseStudy
from worker.outbox import outbox_enqueue

TASK_CONSENT_WANTED = "resources.email_consent_wanted"
EMAIL_QUEUE = "default"


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
    if not study.consent_mentor and mentor.is_active:
        people.append((mentor, True))
    if not study.consent_mentee:
        people += [(person, False) for person in mentees_of(mentorship.request.organisation_id)]
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
    mentor_organisation = mentorship.mentor.user.organisation
    names = {
        True: mentorship.request.organisation.name,
        False: mentor_organisation.name if mentor_organisation else "your mentor",
    }
    link = f"{settings.SITE_URL}{mentorship_path(mentorship.pk)}#case-study-title"
    return send_all(
        [
            email_message(
                "resources/email/consent_wanted",
                person,
                {"study": study, "other": names[is_mentor], "action_url": link},
            )
            for person, is_mentor in _waiting_on(study)
        ]
    )
