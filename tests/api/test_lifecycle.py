"""The whole mentoring lifecycle as an outside client scripts it: token auth, JSON, one worker.

Scoring runs on a real Celery worker process (Redis in CI, the embedded broker locally), so the
test uses `transactional_db`: the worker must see committed rows.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from rest_framework.test import APIClient

from accounts.models import User
from core.models import AuditEvent
from matching.models import (
    Feedback,
    Goal,
    Meeting,
    MentoringRequest,
    Mentorship,
    Proposal,
)
from tests import factories
from tests.conftest import WorkerProcess

pytestmark = [
    pytest.mark.worker,
    pytest.mark.slow,
    # An earlier transactional test flushes the seeded sectors and topics; restore them first.
    pytest.mark.django_db(transaction=True),
]


def token_client(user: User) -> APIClient:
    """Log in the way the docs tell an integrator to: POST e-mail and password for a token.

    Coordinators have two-step sign-in, so they add the authenticator app's current code.
    """
    client = APIClient()
    credentials = {"email": user.email, "password": factories.PASSWORD}
    if user.is_coordinator:
        credentials["code"] = factories.totp_code()
    response = client.post("/api/v1/auth/token/", credentials, format="json")
    assert response.status_code == 200, response.content
    client.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    return client


def ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, (response.status_code, response.content[:800])
    return response.json()


def poll(fetch: Any, done: Any, worker: WorkerProcess, timeout: float = 90) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if done(value):
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting; last answer {value!r}\n{worker.output()[-4000:]}")
        time.sleep(0.3)


def verbs(obj: Any) -> list[str]:
    return list(
        AuditEvent.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        ).values_list("verb", flat=True)
    )


def test_a_request_goes_from_filing_to_feedback_through_the_api(
    celery_worker_process: WorkerProcess,
) -> None:
    mentee = factories.MenteeFactory.create(full_name="Maya Mentee")
    coordinator = factories.CoordinatorFactory.create()
    mentors = [
        factories.MentorProfileFactory.create(
            user__full_name=f"Mentor {n}", expertise=["tupe", "pensions", "legal-governance"]
        ).user
        for n in range(3)
    ]
    as_mentee, as_coordinator = token_client(mentee), token_client(coordinator)

    # The mentee files a request; saving it queues scoring.
    filed = ok(
        as_mentee.post(
            "/api/v1/requests/",
            {
                "needs": ["tupe", "pensions"],
                "summary": "Our library service spins out next year; staff transfer under TUPE.",
                "goals": "A TUPE timetable and a pensions plan.",
                "preferred_format": "remote",
            },
            format="json",
        ),
        201,
    )
    assert sorted(filed["needs"]) == ["pensions", "tupe"]
    assert filed["status"] == "open"
    assert filed["scoring"] in ("queued", "running", "succeeded")
    request_url = f"/api/v1/requests/{filed['id']}/"

    # The worker scores it; a client polls the request until its run finishes.
    scored = poll(
        lambda: ok(as_mentee.get(request_url)),
        lambda r: r["scoring"] in ("succeeded", "failed"),
        celery_worker_process,
    )
    assert scored["scoring"] == "succeeded"
    # Suggestions are the coordinator's to review; the mentee sees none of them yet.
    assert ok(as_mentee.get("/api/v1/proposals/"))["count"] == 0
    listed = ok(as_coordinator.get(f"/api/v1/proposals/?request={filed['id']}&status=suggested"))
    assert listed["count"] >= 2, listed
    first, second = listed["results"][:2]
    assert first["explanation"] and isinstance(first["score"], float)
    assert first["request_detail"]["summary"].startswith("Our library service")

    approved = ok(as_coordinator.post(f"/api/v1/proposals/{first['id']}/approve/"))
    assert approved["status"] == "approved"
    rejected = ok(
        as_coordinator.post(
            f"/api/v1/proposals/{second['id']}/reject/",
            {"reason": "Works too far from the organisation."},
            format="json",
        )
    )
    assert (rejected["status"], rejected["reason"]) == (
        "rejected",
        "Works too far from the organisation.",
    )

    # The approved mentor hears of it and accepts.
    chosen = next(m for m in mentors if m.mentor_profile.pk == first["mentor"])
    as_mentor = token_client(chosen)
    mine = ok(as_mentor.get("/api/v1/proposals/"))
    assert [p["id"] for p in mine["results"]] == [first["id"]]
    assert ok(as_mentor.post(f"/api/v1/proposals/{first['id']}/accept/"))["status"] == "accepted"

    # Now the mentee sees the introduction and the mentor, but not yet their contact details.
    assert [p["id"] for p in ok(as_mentee.get("/api/v1/proposals/"))["results"]] == [first["id"]]
    mentor_url = f"/api/v1/mentors/{first['mentor']}/"
    before = ok(as_mentee.get(mentor_url))
    assert before["email"] is None and before["phone"] is None

    mentorship = ok(as_mentee.post(f"/api/v1/proposals/{first['id']}/confirm/"), 201)
    assert mentorship["status"] == "active"
    assert mentorship["mentor_contact"]["email"] == chosen.email
    assert ok(as_mentee.get(mentor_url))["email"] == chosen.email
    assert ok(as_mentee.get(request_url))["status"] == "matched"
    base = f"/api/v1/mentorships/{mentorship['id']}"

    # Meetings and goals; a goal is ticked.
    today = date.today().isoformat()
    meeting = ok(
        as_mentor.post(
            f"{base}/meetings/",
            {"held_on": today, "minutes": 60, "topics": ["tupe"], "notes": "Walked the timetable."},
            format="json",
        ),
        201,
    )
    assert meeting["topics"] == ["tupe"]
    goal = ok(
        as_mentee.post(f"{base}/goals/", {"title": "Draft the TUPE timetable"}, format="json"), 201
    )
    assert goal["done"] is False
    ticked = ok(as_mentor.patch(f"{base}/goals/{goal['id']}/", {"done": True}, format="json"))
    assert ticked["done"] is True and ticked["done_at"]
    assert ok(as_mentee.get(f"{base}/goals/"))["results"][0]["done"] is True

    # Pause, resume, complete.
    assert ok(as_mentee.post(f"{base}/pause/"))["status"] == "paused"
    assert ok(as_mentor.post(f"{base}/resume/"))["status"] == "active"
    assert ok(as_mentee.post(f"{base}/complete/"))["status"] == "completed"
    assert ok(as_mentee.get(request_url))["status"] == "closed"

    # Both sides leave feedback; a second from the same side is refused.
    ok(as_mentee.post(f"{base}/feedback/", {"rating": 5, "comment": "Clear."}, format="json"), 201)
    ok(as_mentor.post(f"{base}/feedback/", {"rating": 4}, format="json"), 201)
    again = as_mentee.post(f"{base}/feedback/", {"rating": 1}, format="json")
    assert again.status_code == 409, again.content
    assert again.json()["detail"]
    assert ok(as_coordinator.get(f"{base}/feedback/"))["count"] == 2

    # The audit trail holds every step, in order.
    request = MentoringRequest.objects.get(pk=filed["id"])
    assert verbs(request) == ["created", "matched", "closed"]
    assert verbs(Proposal.objects.get(pk=first["id"])) == ["approved", "accepted", "confirmed"]
    assert verbs(Proposal.objects.get(pk=second["id"])) == ["rejected"]
    assert verbs(Mentorship.objects.get(pk=mentorship["id"])) == [
        "started",
        "paused",
        "resumed",
        "completed",
    ]
    assert verbs(Meeting.objects.get(pk=meeting["id"])) == ["created"]
    assert verbs(Goal.objects.get(pk=goal["id"])) == ["created", "done"]
    assert sorted(v for f in Feedback.objects.all() for v in verbs(f)) == ["created", "created"]
    actors = set(AuditEvent.objects.exclude(actor=None).values_list("actor_id", flat=True))
    assert {mentee.pk, coordinator.pk, chosen.pk} <= actors
