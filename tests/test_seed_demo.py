"""`manage.py seed_demo`: enough realistic demo data, printed logins, and nothing added twice."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.db.models import Count, Q
from django.test import Client
from django.urls import reverse

from accounts.models import MENTEE_STAGES, MENTOR_STAGES, Organisation, Role, Sector, User
from core.models import AuditEvent
from enquiries.models import Enquiry, EnquiryMessage
from matching.management.commands.demo_code import demo_code_current
from matching.management.commands.seed_demo import COORDINATOR_EMAIL, DEMO_PASSWORD, build_specs
from matching.models import MatchRun, MentoringRequest, MentorProfile, Mentorship, Proposal
from resources.models import CaseStudy
from tests.factories import request_creator

pytestmark = pytest.mark.django_db


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _totals() -> dict[str, int]:
    models: list[Any] = [
        User,
        Organisation,
        EmailAddress,
        MentorProfile,
        MentoringRequest,
        MatchRun,
        Enquiry,
        EnquiryMessage,
        CaseStudy,
        AuditEvent,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_it_creates_mentors_from_established_mutuals_across_sectors_and_regions() -> None:
    _seed()

    mentors = list(MentorProfile.objects.select_related("user__organisation"))
    organisations = [m.user.organisation for m in mentors if m.user.organisation is not None]
    assert len(mentors) >= 40
    assert len(organisations) == len(mentors)
    assert {o.stage for o in organisations} <= set(MENTOR_STAGES)
    assert len({o.region for o in organisations}) >= 8
    mentor_sectors = Sector.objects.filter(organisations__members__role=Role.MENTOR).distinct()
    assert mentor_sectors.count() >= 10
    assert len({m.capacity for m in mentors}) >= 3
    assert all(m.expertise.count() >= 3 and m.bio for m in mentors)


def test_it_creates_fledgling_mutuals_each_with_one_open_request() -> None:
    _seed()

    fledglings = Organisation.objects.filter(members__role=Role.MENTEE).distinct()
    assert fledglings.count() >= 60
    assert set(fledglings.values_list("stage", flat=True)) == set(MENTEE_STAGES)
    open_requests = Count(
        "mentoring_requests", filter=Q(mentoring_requests__status=MentoringRequest.Status.OPEN)
    )
    # Each has one request; it is open unless the demo history matched it (live or completed).
    matched = Q(mentoring_requests__mentorships__status__in=["active", "paused", "completed"])
    waiting = fledglings.exclude(matched)
    assert waiting.count() >= 40
    assert waiting.annotate(n=open_requests).filter(n=1).count() == waiting.count()
    assert all(o.mentoring_requests.count() == 1 for o in fledglings)
    for request in MentoringRequest.objects.select_related("created_by"):
        assert request.needs.count() >= 2
        assert len(request.summary) > 120 and request.goals
        assert request_creator(request).organisation_id == request.organisation_id
    assert User.objects.filter(role=Role.COORDINATOR).count() == 1


def test_every_demo_account_is_verified_and_the_printed_logins_work() -> None:
    output = _seed()

    assert not EmailAddress.objects.filter(verified=False).exists()
    assert EmailAddress.objects.count() == User.objects.count()
    assert DEMO_PASSWORD in output
    mentors, mentees = build_specs()
    for email in (COORDINATOR_EMAIL, mentors[0].email, mentees[0].email):
        assert email in output
        client = Client(REMOTE_ADDR="10.254.3.1")
        response = client.post(
            reverse("account_login"), {"login": email, "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, email
        if email == COORDINATOR_EMAIL:
            # Coordinators give a two-step code too; the demo one's comes from the demo secret.
            assert response["Location"] == reverse("mfa_authenticate")
            response = client.post(reverse("mfa_authenticate"), {"code": demo_code_current()})
            assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(User.objects.get(email=email).pk)


def test_a_second_run_adds_nothing_but_still_prints_the_logins() -> None:
    _seed()
    before = _totals()

    output = _seed()

    assert _totals() == before
    assert "nothing added" in output
    assert COORDINATOR_EMAIL in output and DEMO_PASSWORD in output


def test_it_describes_the_same_people_every_time() -> None:
    first_mentors, first_mentees = build_specs()
    again_mentors, again_mentees = build_specs()

    assert first_mentors == again_mentors
    assert first_mentees == again_mentees
    emails = [m.email for m in first_mentors] + [m.email for m in first_mentees]
    assert len(set(emails)) == len(emails)
    names = {m.organisation.name for m in first_mentees}
    assert len(names) == len(first_mentees)


def test_it_queues_one_matching_round_once_the_seed_commits(
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        output = _seed()

    # Only the demo history's confirmed introductions and the printed mentee's request, scored
    # for the introduction waiting for the printed mentor: the round is left to the worker.
    _, mentees = build_specs()
    scored = Proposal.objects.exclude(status=Proposal.Status.CONFIRMED)
    assert set(scored.values_list("request__created_by__email", flat=True)) == {mentees[0].email}
    rounds = MatchRun.objects.filter(kind=MatchRun.Kind.ROUND, status=MatchRun.Status.QUEUED)
    assert rounds.count() == 1
    assert not MatchRun.objects.filter(kind=MatchRun.Kind.ROUND).exclude(status="queued")
    # The round's task, the coordinators' digest of the request's suggestions and the mentor's
    # e-mail about the approved introduction, all after the commit.
    assert len(callbacks) == 3
    assert "Queued a matching round" in output

    # While that round waits for the worker, another start does not queue a second.
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _seed()
    assert rounds.count() == 1
    assert callbacks == []


def _coordinator_client() -> Client:
    client = Client()
    client.force_login(User.objects.get(email=COORDINATOR_EMAIL))
    return client


def test_the_inbox_has_enquiries_in_every_state_and_a_concern() -> None:
    output = _seed()

    assert "Demo programme: " in output
    assert "7 enquiries in the inbox" in output and "3 case studies" in output
    statuses = set(Enquiry.objects.values_list("status", flat=True))
    assert statuses == set(Enquiry.Status.values)
    # Replies went out (a sent time), notes did not; nobody was e-mailed by the seed.
    assert EnquiryMessage.objects.filter(internal=False, sent_at__isnull=False).count() == 2
    assert EnquiryMessage.objects.filter(internal=True, sent_at__isnull=True).count() == 1
    for enquiry in Enquiry.objects.all():
        verbs = list(
            AuditEvent.objects.filter(
                content_type__model="enquiry", object_id=enquiry.pk
            ).values_list("verb", flat=True)
        )
        assert verbs[0] == "created", enquiry
        assert enquiry.created_at < enquiry.updated_at
    concern = Enquiry.objects.get(kind=Enquiry.Kind.CONCERN)
    assert concern.mentorship is not None
    assert concern.mentorship.status == Mentorship.Status.ACTIVE
    assert concern.author == concern.mentorship.request.created_by

    client = _coordinator_client()
    inbox = client.get("/api/v1/enquiries/").json()
    assert inbox["count"] == 7
    flagged = client.get("/api/v1/mentorships/", {"attention": "concern_raised"}).json()
    assert [m["id"] for m in flagged["results"]] == [concern.mentorship.pk]
    page = client.get(reverse("coordinator-inbox"))
    assert page.status_code == 200


def test_case_studies_are_published_with_consent_and_one_waits_for_it() -> None:
    _seed()

    published = CaseStudy.objects.filter(status=CaseStudy.Status.PUBLISHED)
    assert published.count() == 2
    for study in published:
        assert study.consented and study.mentorship is not None
        assert study.mentorship.status == Mentorship.Status.COMPLETED
        assert study.mentorship.request.organisation.name in study.title + study.summary
        # The stories speak of a council: their mutuals spun out of one.
        assert study.mentorship.request.organisation.parent_body == "local_authority"
        assert "{" not in study.title + study.summary + study.body
        assert study.sectors.exists() and study.stages
        assert study.published_at is not None and study.published_at > study.created_at
    draft = CaseStudy.objects.get(status=CaseStudy.Status.DRAFT)
    assert draft.consent_mentor and not draft.consent_mentee

    # Anyone signed in reads the published ones; the draft stays with the coordinators and
    # the two sides of its mentorship.
    reader = Client()
    reader.force_login(User.objects.filter(role=Role.MENTOR).order_by("-pk")[0])
    listed = reader.get("/api/v1/case-studies/").json()
    assert {s["id"] for s in listed["results"]} == set(published.values_list("pk", flat=True))
    page = reader.get(reverse("case-study", args=[published[0].pk]))
    assert page.status_code == 200
    assert draft.mentorship is not None
    mentee = draft.mentorship.request.created_by
    assert mentee is not None
    asked = Client()
    asked.force_login(mentee)
    assert asked.get(f"/api/v1/case-studies/{draft.pk}/").status_code == 200


def test_existing_enquiries_and_case_studies_are_left_alone() -> None:
    _seed()
    Enquiry.objects.all().delete()
    CaseStudy.objects.exclude(status=CaseStudy.Status.DRAFT).delete()
    before = _totals()

    output = _seed()

    # The inbox was empty, so it is filled again; case studies exist, so none are added.
    assert _totals()["CaseStudy"] == before["CaseStudy"] == 1
    assert _totals()["Enquiry"] == 7
    assert "7 enquiries in the inbox" in output and "case studies" not in output


def test_the_printed_logins_can_walk_one_introduction_from_end_to_end() -> None:
    output = _seed()
    mentors, mentees = build_specs()
    assert "Introduced the demo mentor to" in output

    waiting = Proposal.objects.get(status=Proposal.Status.APPROVED)
    assert waiting.mentor.user.email == mentors[0].email
    mentee_user = waiting.request.created_by
    assert mentee_user is not None and mentee_user.email == mentees[0].email
    assert waiting.explanation and waiting.run is not None  # scored, so it explains itself

    mentor = Client()
    mentor.force_login(waiting.mentor.user)
    mine = mentor.get("/api/v1/proposals/", {"status": "approved"}).json()
    assert [p["id"] for p in mine["results"]] == [waiting.pk]
    accepted = mentor.post(f"/api/v1/proposals/{waiting.pk}/accept/")
    assert accepted.status_code == 200, accepted.json()

    mentee = Client()
    mentee.force_login(mentee_user)
    confirmed = mentee.post(f"/api/v1/proposals/{waiting.pk}/confirm/")
    assert confirmed.status_code in (200, 201), confirmed.json()
    mentorship = Mentorship.objects.get(proposal=waiting)
    assert mentorship.status == Mentorship.Status.ACTIVE
    assert mentee.get(reverse("mentorship", args=[mentorship.pk])).status_code == 200

    # A second start scores nothing again and introduces nobody twice.
    again = _seed()
    assert "Introduced the demo mentor" not in again
    assert Proposal.objects.filter(request=waiting.request, run__isnull=False).count() == (
        Proposal.objects.filter(request=waiting.request).count()
    )
