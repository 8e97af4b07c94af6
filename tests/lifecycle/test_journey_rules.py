"""Integrity rules of turn 2: one live introduction, private feedback, told at every change,
an early end re-opens the request, a coordinator's reopen, records changed by their author."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User
from core.errors import Conflict
from core.models import AuditEvent
from matching import lifecycle_tasks, notifications
from matching.models import Goal, MatchRun, Meeting, MentoringRequest, Mentorship, Proposal
from matching.services import erasure, mentorships, proposals, records, requests
from tests import factories
from tests.conftest import client_for
from tests.factories import request_creator
from tests.lifecycle.helpers import colleague_of, mentorship_in, proposal_in
from worker.celery_app import app

pytestmark = pytest.mark.django_db

Status = Proposal.Status


# Imported for its tasks: the worker autodiscovers the module; a test process must import it.
TASKS_MODULE = lifecycle_tasks.__name__


def run_queued(callbacks: list[Any]) -> None:
    """Run the e-mail tasks a transaction queued, by their registered names, as the worker
    would after the commit (so a task that is not registered fails here)."""
    for callback in callbacks:
        if isinstance(callback, notifications.Outgoing):
            app.tasks[callback.task](**callback.kwargs)


# --- One live introduction per request ---------------------------------------------------------


def test_a_second_introduction_waits_while_one_is_live() -> None:
    coordinator = factories.CoordinatorFactory.create()
    first = proposal_in(Status.SUGGESTED)
    second = proposal_in(Status.SUGGESTED, request=first.request, rank=2)
    proposals.proposal_approve(proposal=first, actor=coordinator)
    with pytest.raises(Conflict) as caught:
        proposals.proposal_approve(proposal=second, actor=coordinator)
    assert caught.value.code == "introduction_in_progress"
    assert first.mentor.user.full_name in caught.value.message
    second.refresh_from_db()
    assert second.status == Status.SUGGESTED

    # Once the mentor declines, the next one can go.
    proposals.proposal_decline(proposal=first, actor=first.mentor.user, reason="No time.")
    proposals.proposal_approve(proposal=second, actor=coordinator)
    second.refresh_from_db()
    assert second.status == Status.APPROVED


def test_the_database_refuses_two_live_introductions_for_one_request() -> None:
    first = proposal_in(Status.APPROVED)
    with pytest.raises(IntegrityError), transaction.atomic():
        proposal_in(Status.ACCEPTED, request=first.request, rank=2)


def test_the_api_answers_409_with_the_code(coordinator: User) -> None:
    first = proposal_in(Status.APPROVED)
    second = proposal_in(Status.SUGGESTED, request=first.request, rank=2)
    response = client_for(coordinator).post(f"/api/v1/proposals/{second.pk}/approve/")
    assert response.status_code == 409
    assert response.json()["code"] == "introduction_in_progress"
    listed = client_for(coordinator).get(f"/api/v1/proposals/?request={first.request_id}")
    on_hold = {p["id"]: p["on_hold_for"] for p in listed.json()["results"]}
    assert on_hold[second.pk]["proposal"] == first.pk
    assert on_hold[first.pk] is None


def test_a_mentor_who_had_heard_is_thanked_when_the_request_is_withdrawn(
    django_capture_on_commit_callbacks: Any,
) -> None:
    live = proposal_in(Status.APPROVED)
    unheard = proposal_in(Status.SUGGESTED, request=live.request, rank=2)
    with django_capture_on_commit_callbacks() as callbacks:
        requests.request_withdraw(
            request=live.request, actor=request_creator(live.request), reason=""
        )
    run_queued(callbacks)
    assert [m.to for m in mail.outbox] == [[live.mentor.user.email]]
    assert "Thank you" in mail.outbox[0].subject
    assert "withdrawn their request" in mail.outbox[0].body
    assert unheard.mentor.user.email not in mail.outbox[0].to


@pytest.mark.parametrize("status", [Status.APPROVED, Status.ACCEPTED])
def test_a_mentor_closing_their_account_tells_whoever_was_waiting_on_them(
    django_capture_on_commit_callbacks: Any, coordinator: User, status: str
) -> None:
    """Found: a mentor who had said yes and then closed their account vanished from the
    organisation's dashboard with no word to it or to the programme team."""
    live = proposal_in(status)
    mentee = request_creator(live.request)
    mentor = live.mentor.user
    mentor_name = mentor.full_name
    with django_capture_on_commit_callbacks() as callbacks:
        erasure.account_erase(user=mentor, password=factories.PASSWORD)
    run_queued(callbacks)
    live.refresh_from_db()
    assert live.status == Status.WITHDRAWN
    by_address = {message.to[0]: message for message in mail.outbox}
    told = by_address[coordinator.email]
    assert live.request.organisation.name in told.subject
    assert "closed their Mutual Mentors account" in told.body
    assert ("after the mentor had said yes" in told.body) is (status == Status.ACCEPTED)
    # The organisation had heard of the mentor only once they said yes.
    assert (mentee.email in by_address) is (status == Status.ACCEPTED)
    if status == Status.ACCEPTED:
        theirs = by_address[mentee.email]
        assert "the mentor has closed their account" in theirs.subject
        assert "Your request is still open" in theirs.body
    # Nothing names the person who asked to be erased, and nothing goes to their old address.
    assert all(mentor_name not in m.body and m.to != [mentor.email] for m in mail.outbox)


# --- Private feedback ---------------------------------------------------------------------------


def _finished_with_feedback() -> Mentorship:
    mentorship = mentorship_in(Mentorship.Status.COMPLETED)
    mentee = request_creator(mentorship.request)
    mentor = mentorship.mentor.user
    for person, rating in ((mentor, 4), (mentee, 2)):
        records.feedback_create(mentorship=mentorship, actor=person, rating=rating, comment="x")
    return mentorship


def test_each_side_reads_only_its_own_feedback(coordinator: User) -> None:
    mentorship = _finished_with_feedback()
    url = f"/api/v1/mentorships/{mentorship.pk}/feedback/"
    mentor_sees = client_for(mentorship.mentor.user).get(url).json()["results"]
    mentee_sees = client_for(request_creator(mentorship.request)).get(url).json()["results"]
    colleague_sees = client_for(colleague_of(mentorship.request)).get(url).json()["results"]
    coordinator_sees = client_for(coordinator).get(url).json()["results"]
    assert [(f["side"], f["rating"]) for f in mentor_sees] == [("mentor", 4)]
    assert [(f["side"], f["rating"]) for f in mentee_sees] == [("mentee", 2)]
    assert [f["side"] for f in colleague_sees] == ["mentee"]
    assert sorted(f["side"] for f in coordinator_sees) == ["mentee", "mentor"]


# --- Told at every change ------------------------------------------------------------------------


def _recipients() -> list[str]:
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.mark.parametrize("by", ["mentor", "mentee"])
def test_pause_and_resume_tell_the_other_side(
    by: str, django_capture_on_commit_callbacks: Any
) -> None:
    mentorship = mentorship_in()
    mentor, mentee = mentorship.mentor.user, request_creator(mentorship.request)
    actor, other = (mentor, mentee) if by == "mentor" else (mentee, mentor)
    with django_capture_on_commit_callbacks() as callbacks:
        mentorships.mentorship_pause(mentorship=mentorship, actor=actor)
    run_queued(callbacks)
    assert _recipients() == [other.email]
    assert "is paused" in mail.outbox[0].subject
    assert actor.full_name in mail.outbox[0].body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks() as callbacks:
        mentorships.mentorship_resume(mentorship=mentorship, actor=actor)
    run_queued(callbacks)
    assert _recipients() == [other.email]
    assert "has resumed" in mail.outbox[0].subject


def test_complete_asks_both_sides_for_feedback(django_capture_on_commit_callbacks: Any) -> None:
    mentorship = mentorship_in()
    mentor, mentee = mentorship.mentor.user, request_creator(mentorship.request)
    with django_capture_on_commit_callbacks() as callbacks:
        mentorships.mentorship_complete(mentorship=mentorship, actor=mentor)
    run_queued(callbacks)
    assert _recipients() == sorted([mentor.email, mentee.email])
    for message in mail.outbox:
        assert "how did it go?" in message.subject
        assert "Your feedback is private" in message.body
        assert "#feedback-title" in message.body
        assert getattr(message, "alternatives", None)  # an HTML part as well
    mentorship.request.refresh_from_db()
    assert mentorship.request.status == MentoringRequest.Status.CLOSED


def test_an_early_end_reopens_and_rescores_the_request_and_tells_the_mentee(
    django_capture_on_commit_callbacks: Any,
) -> None:
    mentorship = mentorship_in()
    mentor, mentee = mentorship.mentor.user, request_creator(mentorship.request)
    runs_before = MatchRun.objects.filter(request=mentorship.request).count()
    with django_capture_on_commit_callbacks() as callbacks:
        mentorships.mentorship_end(mentorship=mentorship, actor=mentor, reason="Moved jobs.")
    request = MentoringRequest.objects.get(pk=mentorship.request_id)
    assert request.status == MentoringRequest.Status.OPEN
    assert MatchRun.objects.filter(request=request).count() == runs_before + 1
    reopened = AuditEvent.objects.filter(
        content_type__model="mentoringrequest", object_id=request.pk, to_status="open"
    )
    assert reopened.exists()
    run_queued(callbacks)
    assert _recipients() == [mentee.email]
    body = mail.outbox[0].body
    assert "Moved jobs." in body and "open again" in body and "withdraw" in body
    # The mentee may now withdraw it.
    requests.request_withdraw(request=request, actor=mentee, reason="We found help elsewhere.")


# --- A coordinator's reopen -----------------------------------------------------------------------


def test_a_coordinator_reopens_a_mistaken_completion_within_14_days(
    coordinator: User, django_capture_on_commit_callbacks: Any
) -> None:
    mentorship = mentorship_in()
    mentorships.mentorship_complete(mentorship=mentorship, actor=mentorship.mentor.user)
    with pytest.raises(PermissionDenied):
        mentorships.mentorship_reopen(
            mentorship=mentorship, actor=mentorship.mentor.user, reason="Oops"
        )
    with django_capture_on_commit_callbacks() as callbacks:
        response = client_for(coordinator).post(
            f"/api/v1/mentorships/{mentorship.pk}/reopen/",
            {"reason": "Clicked by mistake"},
            format="json",
        )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "active"
    mentorship.refresh_from_db()
    assert mentorship.ended_at is None
    assert mentorship.request.status == MentoringRequest.Status.MATCHED
    run_queued(callbacks)
    both = [mentorship.mentor.user.email, request_creator(mentorship.request).email]
    assert _recipients() == sorted(both)


def test_after_14_days_a_completion_stays(coordinator: User) -> None:
    mentorship = mentorship_in()
    mentorships.mentorship_complete(mentorship=mentorship, actor=mentorship.mentor.user)
    Mentorship.objects.filter(pk=mentorship.pk).update(
        ended_at=timezone.now() - dt.timedelta(days=15)
    )
    response = client_for(coordinator).post(
        f"/api/v1/mentorships/{mentorship.pk}/reopen/", {"reason": "Late"}, format="json"
    )
    assert response.status_code == 409
    assert response.json()["code"] == "reopen_window_passed"


# --- Goals and meetings changed or removed by their author --------------------------------------


def test_the_author_changes_and_removes_a_goal_and_it_is_audited() -> None:
    mentorship = mentorship_in()
    mentor, mentee = mentorship.mentor.user, request_creator(mentorship.request)
    goal = records.goal_create(mentorship=mentorship, actor=mentee, title="Draft a plan")
    client = client_for(mentee)
    url = f"/api/v1/mentorships/{mentorship.pk}/goals/{goal.pk}/"
    change = {"title": "Draft the business plan", "due_on": "2030-03-27"}
    response = client.patch(url, change, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["title"] == "Draft the business plan"
    assert client_for(mentor).patch(url, {"title": "Mine"}, format="json").status_code == 403
    assert client_for(mentor).delete(url).status_code == 403
    assert client.delete(url).status_code == 204
    assert not Goal.objects.filter(pk=goal.pk).exists()
    verbs = AuditEvent.objects.filter(content_type__model="goal", object_id=goal.pk)
    assert {"updated", "deleted"} <= set(verbs.values_list("verb", flat=True))


def test_the_author_changes_and_removes_a_meeting() -> None:
    mentorship = mentorship_in()
    mentor = mentorship.mentor.user
    meeting = records.meeting_create(
        mentorship=mentorship, actor=mentor, held_on=timezone.localdate(), minutes=30, topics=[]
    )
    url = f"/api/v1/mentorships/{mentorship.pk}/meetings/{meeting.pk}/"
    response = client_for(mentor).patch(url, {"minutes": 45, "topics": ["tupe"]}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["minutes"] == 45 and response.json()["topics"] == ["tupe"]
    other = client_for(request_creator(mentorship.request))
    assert other.delete(url).status_code == 403
    assert client_for(mentor).delete(url).status_code == 204
    assert not Meeting.objects.filter(pk=meeting.pk).exists()
