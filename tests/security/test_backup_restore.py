"""A pg_dump of the live database restores into a fresh one with every row of every table."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection

from tests import factories

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="backups are pg_dump/pg_restore: PostgreSQL only (SQLite is for development)",
    ),
    pytest.mark.skipif(not shutil.which("pg_restore"), reason="needs the PostgreSQL client tools"),
]


def pg_args() -> tuple[list[str], dict[str, str]]:
    sd = connection.settings_dict
    args = ["-h", sd.get("HOST") or "localhost", "-p", str(sd.get("PORT") or 5432)]
    args += ["-U", sd.get("USER") or "postgres"]
    env = dict(os.environ)
    if sd.get("PASSWORD"):
        env["PGPASSWORD"] = sd["PASSWORD"]
    return args, env


def row_counts() -> dict[str, int]:
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        table = model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def test_a_dump_restores_into_a_fresh_database_with_every_row(tmp_path: Path) -> None:
    factories.MentorshipFactory.create()
    factories.CoordinatorFactory.create()
    factories.ProposalFactory.create_batch(3)
    args, env = pg_args()
    source = connection.settings_dict["NAME"]
    dump = tmp_path / "backup.dump"
    subprocess.run(["pg_dump", *args, "-Fc", "-f", str(dump), source], env=env, check=True)
    fresh = f"mm_restore_{uuid.uuid4().hex[:8]}"
    subprocess.run(["createdb", *args, fresh], env=env, check=True)
    try:
        subprocess.run(
            ["pg_restore", *args, "--no-owner", "--exit-on-error", "-d", fresh, str(dump)],
            env=env,
            check=True,
        )
        expected = row_counts()
        assert expected["matching_mentorship"] == 1
        tables = ", ".join(f"('{t}', (SELECT COUNT(*) FROM \"{t}\"))" for t in sorted(expected))
        query = f"SELECT t, n FROM (VALUES {tables}) AS c(t, n)"
        out = subprocess.run(
            ["psql", *args, "-d", fresh, "-At", "-F", "\t", "-c", query],
            env=env, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        restored = {t: int(n) for t, n in (line.split("\t") for line in out.splitlines())}
        assert restored == expected
    finally:
        subprocess.run(["dropdb", *args, "--if-exists", fresh], env=env, check=False)
