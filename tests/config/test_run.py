"""`make run`: links in e-mails follow the port actually served, and start-up ends with the
address and the demo logins."""

from __future__ import annotations

import subprocess
import sys

from config.run import banner, browse_host, child_env
from tests.conftest import ROOT


def test_site_url_follows_host_and_port() -> None:
    env = child_env({"HOST": "127.0.0.1", "PORT": "8100"})
    assert env["SITE_URL"] == "http://127.0.0.1:8100"
    assert env["DEBUG"] == "true"


def test_a_wildcard_address_is_linked_as_localhost() -> None:
    assert child_env({"HOST": "0.0.0.0", "PORT": "9000"})["SITE_URL"] == "http://127.0.0.1:9000"
    assert browse_host("::") == "[::1]"


def test_an_explicit_site_url_wins() -> None:
    env = child_env({"PORT": "8100", "SITE_URL": "https://mentors.example.org"})
    assert env["SITE_URL"] == "https://mentors.example.org"


def test_the_served_port_reaches_the_settings_the_emails_use() -> None:
    env = child_env({"PATH": "", "HOST": "127.0.0.1", "PORT": "8100"})
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.SITE_URL)"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings", "DATABASE_URL": "sqlite://"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "http://127.0.0.1:8100"


def test_the_banner_shows_the_address_and_the_demo_logins() -> None:
    seed = (
        "Demo data already in place; nothing added.\n\n"
        "  Demo logins (password for all: mutual-mentors-demo)\n"
        "    coordinator  coordinator@mutualmentors.example\n"
    )
    text = banner("http://127.0.0.1:8100", seed)
    assert "Mutual Mentors is running at http://127.0.0.1:8100/" in text
    assert "coordinator@mutualmentors.example" in text and "mutual-mentors-demo" in text
    assert "http://127.0.0.1:8100/dev/mail/" in text
    assert "manage.py demo_code" in text  # the coordinator's two-step code
    assert "\n\n\n" not in text.strip()
