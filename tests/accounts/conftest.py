"""Helpers for the account tests: a browser-like client, sign-up data and links from e-mails."""

from __future__ import annotations

import re
import secrets
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client

from accounts.models import Organisation, User

STRONG_PASSWORD = "lantern-orchard-57-quietly"


@pytest.fixture
def web() -> Client:
    # A fresh address per test: allauth's per-IP sign-up limit lives in the cache, which is a
    # shared Redis in CI, so tests from one address would trip it for each other.
    octets = ".".join(str(secrets.randbelow(250) + 1) for _ in range(3))
    return Client(REMOTE_ADDR=f"10.{octets}")


def signup_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "full_name": "Priya Shah",
        "email": "priya@riverside-libraries.example",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "role": "mentee",
        "organisation_name": "Riverside Libraries (spinning out)",
        "sectors": ["libraries-culture", "education"],
        "stage": "2",
        "region": "north-west",
        "employees": "85",
        "parent_body": "local_authority",
        "legal_form": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def stored_counts() -> tuple[int, int, int]:
    return User.objects.count(), Organisation.objects.count(), EmailAddress.objects.count()


def link_in_last_mail(to: str, pattern: str) -> str:
    """The first URL in the newest e-mail to `to` whose path matches `pattern`."""
    for message in reversed(mail.outbox):
        if to in message.to:
            match = re.search(rf"https?://\S*{pattern}\S*", str(message.body))
            assert match, f"no link matching {pattern!r} in:\n{message.body}"
            return match.group(0)
    raise AssertionError(f"no e-mail to {to}; outbox has {[m.to for m in mail.outbox]}")


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)
