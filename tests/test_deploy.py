"""Production settings pass Django's deployment checklist, and the models match the migrations."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", ""), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_no_issues_with_production_settings() -> None:
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "mentors.example.org",
            "DATABASE_URL": "postgres://mentors:secret@db.internal:5432/mutual_mentors",
            "REDIS_URL": "redis://redis.internal:6379/0",
            "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.org:587",
        },
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off() -> None:
    result = _manage("check", env={"DEBUG": "false", "ALLOWED_HOSTS": "mentors.example.org"})

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_the_migrations_match_the_models() -> None:
    result = _manage("makemigrations", "--check", "--dry-run", env={"DEBUG": "true"})

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout
