"""Bad sign-up data: the form names the field at fault and nothing is stored."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.accounts.conftest import signup_data, stored_counts

pytestmark = pytest.mark.django_db

CASES = {
    "missing organisation name": (
        {"organisation_name": ""},
        "organisation_name",
        "Enter your organisation's name",
    ),
    "mentor at stage 2": ({"role": "mentor", "stage": "2"}, "stage", "stage 5"),
    "mentee at stage 6": ({"role": "mentee", "stage": "6"}, "stage", "as a mentor"),
    "unknown sector": (
        {"sectors": ["libraries-culture", "space-travel"]},
        "sectors",
        "space-travel",
    ),
    "no sector": ({"sectors": []}, "sectors", "Choose at least one sector"),
    "bad e-mail": ({"email": "priya-at-example"}, "email", "valid email"),
    "weak password": ({"password1": "password", "password2": "password"}, "password1", "common"),
    "passwords differ": ({"password2": "something-else-entirely-9"}, "password2", "same password"),
    "stage out of range": ({"stage": "9"}, "stage", "valid choice"),
    "unknown region": ({"region": "atlantis"}, "region", "valid choice"),
    "no employees": ({"employees": ""}, "employees", "Enter the number of employees"),
    "negative employees": (
        {"employees": "-3"},
        "employees",
        "Enter the number of staff: 1 or more",
    ),
    "unknown parent body": ({"parent_body": "monarchy"}, "parent_body", "valid choice"),
    "unknown legal form": ({"legal_form": "llp"}, "legal_form", "valid choice"),
    "missing full name": ({"full_name": ""}, "full_name", "Enter your full name"),
}


@pytest.mark.parametrize(("overrides", "field", "message"), CASES.values(), ids=CASES.keys())
def test_it_rejects_bad_signup_data_and_stores_nothing(
    web: Client, overrides: dict[str, Any], field: str, message: str
) -> None:
    before = stored_counts()

    response = web.post(reverse("account_signup"), signup_data(**overrides))

    assert response.status_code == 200  # allauth re-renders the form
    errors = response.context["form"].errors
    assert field in errors, errors
    assert message.lower() in " ".join(errors[field]).lower(), errors[field]
    assert stored_counts() == before
    assert mail.outbox == []


def test_it_ties_the_stage_error_to_the_stage_field(web: Client) -> None:
    response = web.post(reverse("account_signup"), signup_data(role="mentor", stage="2"))

    html = response.content.decode()
    select = re.search(r"<select[^>]*id=\"id_stage\"[^>]*>", html)
    assert select, html
    assert re.search(r'aria-describedby="[^"]*id_stage-error', select.group(0))
    assert re.search(r'id="id_stage-error"[^>]*>.*stage 5', html, re.S)
