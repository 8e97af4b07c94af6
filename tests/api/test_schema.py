"""The published OpenAPI schema validates with no warnings, so it cannot drift from the views."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from django.core.management import call_command
from django.test import Client

from tests.conftest import ROOT, subprocess_env


def test_it_validates_without_warnings_through_call_command(tmp_path: Path) -> None:
    out = tmp_path / "schema.yml"
    # --fail-on-warn turns any warning into SystemExit, which fails this test.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out))
    schema = yaml.safe_load(out.read_text())
    assert "/api/v1/proposals/{id}/confirm/" in schema["paths"]


def test_it_validates_without_warnings_as_a_command(tmp_path: Path) -> None:
    out = tmp_path / "schema.yml"
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "spectacular",
            "--validate",
            "--fail-on-warn",
            "--file",
            str(out),
        ],
        cwd=ROOT,
        env=subprocess_env(DATABASE_URL="sqlite:///:memory:"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Warning" not in result.stderr


def test_it_documents_the_errors_every_action_can_give(tmp_path: Path) -> None:
    out = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(out))
    paths = yaml.safe_load(out.read_text())["paths"]
    confirm = paths["/api/v1/proposals/{id}/confirm/"]["post"]["responses"]
    assert set(confirm) >= {"201", "400", "403", "404", "409"}
    assert "Mentorship" in confirm["201"]["content"]["application/json"]["schema"]["$ref"]
    reject = paths["/api/v1/proposals/{id}/reject/"]["post"]
    body = reject["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert body.endswith("/ReasonRequest")
    assert "403" not in paths["/api/v1/taxonomy/"]["get"]["responses"]


def test_it_serves_the_schema_and_the_docs(client: Client) -> None:
    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/docs/").status_code == 200
