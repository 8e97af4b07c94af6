"""The contact page (anyone, pre-filled when signed in) and the inbox pages (coordinators only)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from enquiries.models import Enquiry
from enquiries.services import enquiry_concern_raise, enquiry_status_change
from tests import factories
from tests.frontend.test_no_inline_scripts import assert_no_inline_code

pytestmark = pytest.mark.django_db


def test_anyone_can_open_the_contact_page(client: Client) -> None:
    page = client.get("/contact/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="website"' in html and "Something else" in html
    assert "A concern about a mentorship" not in html  # concerns come from the mentorship page
    assert_no_inline_code(html)


def test_the_contact_page_is_prefilled_when_signed_in(client: Client, mentee: Any) -> None:
    client.force_login(mentee)
    html = client.get("/contact/").content.decode()
    assert f'value="{mentee.email}"' in html and mentee.organisation.name in html


def test_only_coordinators_open_the_inbox(client: Client, mentee: Any, coordinator: Any) -> None:
    enquiry = Enquiry.objects.create(
        kind="other", name="Sam", email="sam@example.org", message="Hi"
    )
    assert client.get("/coordinator/inbox/").status_code == 302  # to sign in
    client.force_login(mentee)
    assert client.get("/coordinator/inbox/").status_code == 403
    assert client.get(f"/coordinator/inbox/{enquiry.pk}/").status_code == 403
    client.force_login(coordinator)
    for path in ["/coordinator/inbox/", f"/coordinator/inbox/{enquiry.pk}/", "/dashboard/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_no_inline_code(response.content.decode())


def test_whoever_raised_a_concern_sees_it_on_the_mentorship_page_and_nobody_else_does(
    client: Client, coordinator: Any
) -> None:
    mentorship = factories.MentorshipFactory.create()
    mentee = factories.request_creator(mentorship.request)
    colleague = factories.MenteeFactory.create(organisation=mentorship.request.organisation)
    raised = enquiry_concern_raise(
        mentorship=mentorship, actor=mentee, message="Our mentor has missed three meetings."
    )
    url = f"/mentorships/{mentorship.pk}/"

    client.force_login(mentee)
    html = client.get(url).content.decode()
    assert f"reference {raised.reference}" in html
    assert "with the programme team" in html
    # Not the words themselves (a page can be read over a shoulder), and never to anyone else:
    # the mentor, a colleague from the same mutual, or a coordinator reading the page.
    assert "missed three meetings" not in html
    for other in (mentorship.mentor.user, colleague, coordinator):
        client.force_login(other)
        assert raised.reference not in client.get(url).content.decode(), other

    # Once the programme closes it, the page says so.
    enquiry_status_change(enquiry=raised, actor=coordinator, status=Enquiry.Status.CLOSED)
    client.force_login(mentee)
    html = client.get(url).content.decode()
    assert f"reference {raised.reference}" in html and "closed" in html
