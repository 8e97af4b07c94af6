"""The inbox: anyone writes in, spam and floods are refused, coordinators reply, notes stay put."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.urls import reverse
from rest_framework.test import APIClient

from core.models import AuditEvent
from enquiries.models import Enquiry, EnquiryMessage
from enquiries.services import enquiry_concern_raise
from tests import factories
from tests.conftest import client_for
from tests.errors import error_code, field_errors

pytestmark = pytest.mark.django_db

URL = "/api/v1/enquiries/"


def body(**extra: Any) -> dict[str, Any]:
    return {
        "kind": "setting_up",
        "name": "Sam Visitor",
        "email": "sam@example.org",
        "organisation_name": "Eastside Library Service",
        "message": "We are thinking of spinning out our library service. Where do we start?",
        **extra,
    }


def post(data: dict[str, Any], address: str = "203.0.113.7", client: Any = None) -> Any:
    client = client or client_for(None)
    return client.post(URL, data, format="json", REMOTE_ADDR=address)


def test_it_takes_an_anonymous_enquiry_and_acknowledges_it(
    run_tasks: list[str], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = post(body())
    assert response.status_code == 201, response.content
    enquiry = Enquiry.objects.get()
    assert response.json() == {"id": enquiry.pk, "reference": enquiry.reference}
    assert enquiry.status == "new" and enquiry.author is None
    (message,) = mail.outbox
    assert message.to == ["sam@example.org"]
    assert enquiry.reference in message.subject and enquiry.reference in message.body
    assert AuditEvent.objects.filter(verb="created", object_id=enquiry.pk).exists()


def test_it_refuses_a_filled_honeypot_and_stores_nothing(
    run_tasks: list[str], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = post(body(website="http://spam.example"))
    assert response.status_code == 400
    assert error_code(response) == "spam_suspected"
    assert Enquiry.objects.count() == 0 and mail.outbox == []
    # The schema says so: a client built from it sends the honeypot empty or not at all.
    schema = APIClient().get("/api/schema/?format=json").json()
    honeypot = schema["components"]["schemas"]["EnquiryCreateRequest"]["properties"]["website"]
    assert honeypot["maxLength"] == 0 and "spam_suspected" in honeypot["description"]
    assert post(body(website="")).status_code == 201


def test_the_sixth_enquiry_in_an_hour_from_one_address_gets_429() -> None:
    for _ in range(5):
        assert post(body()).status_code == 201
    response = post(body())
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert Enquiry.objects.count() == 5
    # Another address is not held back.
    assert post(body(), address="198.51.100.9").status_code == 201


def test_it_names_the_field_that_is_too_long_or_missing() -> None:
    response = post(body(message="x" * 5001, email="not-an-address"))
    assert response.status_code == 400
    assert set(field_errors(response)) >= {"message", "email"}
    assert Enquiry.objects.count() == 0


def test_a_concern_is_not_a_kind_the_contact_form_takes() -> None:
    # The schema lists the public kinds alone, so a client built from it never offers a
    # concern; one sent anyway is refused with where to raise it.
    schema = APIClient().get("/api/schema/?format=json").json()
    offered = schema["components"]["schemas"]["EnquiryCreateKindEnum"]["enum"]
    assert "concern" not in offered and set(offered) < set(Enquiry.Kind.values)
    response = post(body(kind="concern"))
    assert response.status_code == 400
    assert field_errors(response)["kind"] == [
        "Raise a concern about a mentorship from the mentorship's page."
    ]
    assert Enquiry.objects.count() == 0


def test_only_coordinators_list_or_read_enquiries(
    mentee: Any, mentor: Any, coordinator: Any
) -> None:
    enquiry_id = post(body()).json()["id"]
    for user in (None, mentee, mentor):
        client = client_for(user)
        assert client.get(URL).status_code in {401, 403}
        assert client.get(f"{URL}{enquiry_id}/").status_code in {401, 403}
    response = client_for(coordinator).get(URL, {"status": "new"})
    assert response.status_code == 200
    (row,) = response.json()["results"]
    assert row["reference"] and row["days_waiting"] == 0 and row["status"] == "new"


def test_a_reply_is_emailed_and_a_note_is_not(
    coordinator: Any, run_tasks: list[str], django_capture_on_commit_callbacks: Any
) -> None:
    enquiry_id = post(body()).json()["id"]
    client = client_for(coordinator)
    messages = f"{URL}{enquiry_id}/messages/"
    with django_capture_on_commit_callbacks(execute=True):
        note = client.post(
            messages, {"body": "Check with the TUPE lead", "internal": True}, format="json"
        )
    assert note.status_code == 201 and mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        reply = client.post(
            messages, {"body": "Start with our guide's first stage."}, format="json"
        )
    assert reply.status_code == 201
    (sent,) = mail.outbox
    assert "Start with our guide's first stage." in sent.body
    assert "TUPE lead" not in sent.body
    assert EnquiryMessage.objects.get(pk=reply.json()["id"]).sent_at is not None
    thread = client.get(messages).json()["results"]
    assert [m["internal"] for m in thread] == [True, False]
    enquiry = client.get(f"{URL}{enquiry_id}/").json()
    assert enquiry["status"] == "waiting" and enquiry["assignee"] == coordinator.pk


def test_a_coordinator_assigns_filters_and_closes(coordinator: Any) -> None:
    first = post(body()).json()["id"]
    post(body(kind="other", name="Robin Other", message="Is there a newsletter?"))
    client = client_for(coordinator)
    detail = f"{URL}{first}/"
    assert (
        client.patch(detail, {"assignee": coordinator.pk}, format="json").json()["status"] == "open"
    )
    mine = client.get(URL, {"assignee": "me"}).json()["results"]
    assert [r["id"] for r in mine] == [first]
    assert len(client.get(URL, {"q": "newsletter"}).json()["results"]) == 1
    assert len(client.get(URL, {"kind": "setting_up"}).json()["results"]) == 1
    closed = client.patch(detail, {"status": "closed"}, format="json").json()
    assert closed["status"] == "closed" and closed["closed_at"]
    assert client.get(URL, {"status": "bogus"}).status_code == 400


def test_a_mentoring_enquiry_becomes_a_signup_invitation(
    coordinator: Any, run_tasks: list[str], django_capture_on_commit_callbacks: Any
) -> None:
    enquiry_id = post(body(kind="becoming_mentor", email="volunteer@example.org")).json()["id"]
    other_id = post(body(kind="other")).json()["id"]
    client = client_for(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{URL}{enquiry_id}/invite/", format="json")
    assert response.status_code == 200 and response.json()["invited_at"]
    (sent,) = [
        m for m in mail.outbox if m.to == ["volunteer@example.org"] and "invitation" in m.subject
    ]
    assert "/accounts/signup/?role=mentor&email=volunteer%40example.org" in sent.body
    refused = client.post(f"{URL}{other_id}/invite/", format="json")
    assert refused.status_code == 409 and error_code(refused) == "not_invitable"


def test_a_concern_reaches_the_inbox_but_never_the_other_side(coordinator: Any) -> None:
    mentorship = factories.MentorshipFactory.create()
    mentee = mentorship.request.created_by
    mentor = mentorship.mentor.user
    url = reverse("api:mentorship-concern", kwargs={"pk": mentorship.pk})
    response = client_for(mentee).post(
        url, {"message": "Our mentor has missed three meetings."}, format="json"
    )
    assert response.status_code == 201
    enquiry = Enquiry.objects.get(pk=response.json()["id"])
    assert (
        enquiry.kind == "concern" and enquiry.mentorship == mentorship and enquiry.author == mentee
    )
    # The other side: no inbox, no enquiry, nothing in the mentorship's own answers.
    as_mentor = client_for(mentor)
    assert as_mentor.get(URL).status_code == 403
    assert as_mentor.get(f"{URL}{enquiry.pk}/").status_code == 403
    mentorship_json = as_mentor.get(f"/api/v1/mentorships/{mentorship.pk}/").content.decode()
    assert "missed three meetings" not in mentorship_json
    assert enquiry.reference not in mentorship_json
    # Coordinators see it, linked to the mentorship.
    row = client_for(coordinator).get(URL, {"kind": "concern"}).json()["results"][0]
    assert row["mentorship"] == mentorship.pk
    # ... and named, so the inbox says whose mentorship it is without another page.
    organisation = mentorship.request.organisation.name
    assert row["mentorship_title"] == f"{organisation} with {mentor.full_name}"
    # Outsiders cannot raise one.
    outsider = factories.MenteeFactory.create()
    assert client_for(outsider).post(url, {"message": "x"}, format="json").status_code == 404


def test_the_inbox_names_each_concern_s_mentorship_in_a_fixed_number_of_queries(
    coordinator: Any, django_assert_max_num_queries: Any
) -> None:
    for _ in range(4):
        mentorship = factories.MentorshipFactory.create()
        enquiry_concern_raise(
            mentorship=mentorship,
            actor=factories.request_creator(mentorship.request),
            message="We have not heard from our mentor.",
        )
    client = client_for(coordinator)
    client.get(URL)  # sessions and the like, once
    with django_assert_max_num_queries(6):
        rows = client.get(URL).json()["results"]
    assert len(rows) == 4 and all(" with " in row["mentorship_title"] for row in rows)
    plain = client.get(URL, {"kind": "other"}).json()["results"]
    assert all(row["mentorship_title"] is None for row in plain)
