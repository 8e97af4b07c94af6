"""allauth's sign-up page in the site's layout: generic fields, errors tied to them, input kept."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from accounts.models import User

pytestmark = pytest.mark.django_db


def test_it_renders_the_signup_form_inside_the_site_layout(client: Client) -> None:
    html = client.get("/accounts/signup/?role=mentor").content.decode()
    assert "<h1>Sign up as a mentor</h1>" in html
    assert 'class="skip-link"' in html
    # Every visible field of the colleague-owned form gets a label pointing at it.
    for name in ["email", "password1", "full_name", "organisation_name", "employees"]:
        assert f'<label for="id_{name}">' in html, name
    assert "<legend>I am joining as" in html


def test_it_keeps_input_and_ties_errors_to_fields(client: Client) -> None:
    response = client.post(
        "/accounts/signup/",
        {"email": "not-an-email", "full_name": "Sam Example", "organisation_name": "Riverside"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'value="Sam Example"' in html and 'value="Riverside"' in html
    email_input = re.search(r"<input[^>]*name=\"email\"[^>]*>", html)
    assert email_input is not None
    assert 'aria-invalid="true"' in email_input.group(0)
    assert 'aria-describedby="id_email-error"' in email_input.group(0)
    assert 'id="id_email-error"' in html
    assert not User.objects.filter(full_name="Sam Example").exists()


def test_it_renders_the_login_page_with_site_styles(client: Client) -> None:
    html = client.get("/accounts/login/").content.decode()
    assert "<h1>Sign in</h1>" in html
    assert "frontend/css/site.css" in html


@pytest.mark.parametrize(
    ("role", "heading"),
    [("mentor", "Sign up as a mentor"), ("mentee", "Sign up as a fledgling mutual")],
)
def test_a_failed_sign_up_keeps_the_heading_of_the_role_chosen(
    client: Client, role: str, heading: str
) -> None:
    # The form posts to /accounts/signup/, so the page that comes back has no ?role= of its own.
    response = client.post("/accounts/signup/", {"email": "not-an-email", "role": role})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert f"<h1>{heading}</h1>" in html


def test_a_sign_up_without_a_role_asks_plainly(client: Client) -> None:
    assert "<h1>Create your account</h1>" in client.get("/accounts/signup/").content.decode()
    html = client.post("/accounts/signup/", {"email": "not-an-email"}).content.decode()
    assert "<h1>Create your account</h1>" in html


def test_the_login_page_has_one_password_reset_link_after_the_password(client: Client) -> None:
    html = client.get("/accounts/login/").content.decode()
    links = re.findall(r'<a href="/accounts/password/reset/">([^<]*)</a>', html)
    assert links == ["Forgotten your password?"]
    assert "Forgot your password?" not in html
    assert html.index('name="password"') < html.index("/accounts/password/reset/")
    password_input = re.search(r"<input[^>]*name=\"password\"[^>]*>", html)
    assert password_input is not None
    assert "aria-describedby" not in password_input.group(0)
