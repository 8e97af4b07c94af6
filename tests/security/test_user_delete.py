"""Deleting a person (ORM or admin) never fails on protected records: history means erasure."""

from __future__ import annotations

import pytest
from django.db import models
from django.test import Client

from accounts.models import Role, User
from matching.models import Feedback, MentoringRequest, MentorProfile, Mentorship, Proposal
from matching.services.erasure import CLOSURE_REASON, ERASED_NAME
from tests import factories
from tests.factories import request_creator

pytestmark = pytest.mark.django_db


def _erased(user: User) -> User:
    row = User.objects.get(pk=user.pk)  # the row stays, as a pseudonym
    assert row.full_name == ERASED_NAME and not row.is_active
    assert row.email.endswith("@invalid.example") and not row.has_usable_password()
    return row


def test_deleting_a_mentee_with_a_request_and_feedback_erases_them_and_keeps_both() -> None:
    mentorship = factories.MentorshipFactory.create()
    mentee = request_creator(mentorship.request)
    feedback = Feedback.objects.create(
        mentorship=mentorship, author=mentee, side=Feedback.Side.MENTEE, rating=4, comment="Good"
    )

    assert mentee.delete() == (0, {})

    _erased(mentee)
    request = MentoringRequest.objects.get(pk=mentorship.request_id)
    assert request.created_by_id == mentee.pk
    feedback.refresh_from_db()
    assert feedback.author_id == mentee.pk and feedback.comment == "Good"
    # Per the erasure rules the mentor's side of the mentorship ends, with the reason given.
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ENDED
    assert mentorship.end_reason == CLOSURE_REASON
    assert MentorProfile.objects.filter(pk=mentorship.mentor_id, user__is_active=True).exists()


def test_deleting_a_mentor_with_a_live_mentorship_ends_it_and_keeps_the_records() -> None:
    mentorship = factories.MentorshipFactory.create()
    MentoringRequest.objects.filter(pk=mentorship.request_id).update(status="matched")
    mentor = mentorship.mentor.user
    suggested = factories.ProposalFactory.create(mentor=mentorship.mentor)

    assert mentor.delete() == (0, {})

    _erased(mentor)
    profile = MentorProfile.objects.get(pk=mentorship.mentor_id)
    assert profile.user_id == mentor.pk and not profile.accepting
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ENDED
    assert Proposal.objects.filter(pk=mentorship.proposal_id).exists()
    suggested.refresh_from_db()
    assert suggested.status == Proposal.Status.WITHDRAWN
    # The mentee keeps their account, and their need is open again for another mentor.
    mentee = User.objects.get(pk=request_creator(mentorship.request).pk)
    assert mentee.is_active and mentee.full_name != ERASED_NAME
    assert MentoringRequest.objects.get(pk=mentorship.request_id).status == "open"


def test_an_erased_mentor_leaves_the_cached_mentor_index() -> None:
    """Erasure writes the profile with update(), which skips auto_now: without updated_at set
    by hand a worker's cached index kept the erased mentor accepting, with their old places."""
    from matching import selectors

    mentorship = factories.MentorshipFactory.create(mentor__capacity=3)
    profile = mentorship.mentor
    position = list(selectors.mentor_index().mentors.ids).index(profile.pk)
    assert selectors.mentor_index().available[position]

    profile.user.delete()

    index = selectors.mentor_index()
    assert not index.available[position] and not index.mentors.accepting[position]


def test_someone_without_history_is_deleted_outright() -> None:
    coordinator = factories.CoordinatorFactory.create()
    count, _ = coordinator.delete()
    assert count >= 1
    assert not User.objects.filter(pk=coordinator.pk).exists()


def test_a_queryset_delete_erases_people_with_history_too() -> None:
    mentorship = factories.MentorshipFactory.create()
    mentor = mentorship.mentor.user
    bystander = factories.MenteeFactory.create()

    count, _ = User.objects.filter(pk__in=[mentor.pk, bystander.pk]).delete()

    assert count >= 1 and not User.objects.filter(pk=bystander.pk).exists()
    _erased(mentor)
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ENDED


def test_removing_the_row_itself_leaves_the_request_with_no_author() -> None:
    request = factories.MentoringRequestFactory.create()
    # Model.delete on its own (no erasure): the request survives rather than blocking it.
    models.Model.delete(request_creator(request))
    request.refresh_from_db()
    assert request.created_by is None


def test_the_admin_deletes_a_mentor_with_a_live_mentorship_by_erasing_them() -> None:
    admin = factories.CoordinatorFactory.create(is_staff=True, is_superuser=True)
    mentorship = factories.MentorshipFactory.create()
    mentor = mentorship.mentor.user
    client = Client()
    client.force_login(admin)
    url = f"/admin/accounts/user/{mentor.pk}/delete/"

    page = client.get(url)
    assert page.status_code == 200
    assert b"Cannot delete" not in page.content and b"anonymised instead" in page.content
    response = client.post(url, {"post": "yes"})
    assert response.status_code == 302, response.content[:500]

    _erased(mentor)
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ENDED
    assert User.objects.filter(pk=admin.pk, role=Role.COORDINATOR).exists()


def test_the_admins_bulk_delete_erases_each_person() -> None:
    admin = factories.CoordinatorFactory.create(is_staff=True, is_superuser=True)
    first, second = factories.MentorshipFactory.create_batch(2)
    people = [first.mentor.user, request_creator(second.request)]
    client = Client()
    client.force_login(admin)
    response = client.post(
        "/admin/accounts/user/",
        {"action": "delete_selected", "_selected_action": [p.pk for p in people], "post": "yes"},
    )
    assert response.status_code == 302, response.content[:500]
    for person in people:
        _erased(person)
    assert Mentorship.objects.filter(status=Mentorship.Status.ENDED).count() == 2
