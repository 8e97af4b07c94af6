"""Shared fixtures: people in each role, API clients, and a real Celery worker process."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection, transaction
from rest_framework.test import APIClient

from accounts.models import User
from matching.models import MentorProfile
from tests import factories

ROOT = Path(__file__).resolve().parent.parent
DB_FIXTURES = ("transactional_db", "live_server", "db")


# Rows that post_migrate makes again after every flush; the snapshot leaves them to it.
REMADE_BY_POST_MIGRATE = {"contenttypes.contenttype", "auth.permission"}
_SEEDS: dict[str, list[tuple[Any, dict[str, Any]]]] = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """pytest-django's test database, plus a snapshot of every row its migrations seeded
    (sectors, topics, the prior scoring models, related service areas, the resource library)."""
    from django.apps import apps
    from django.core import serializers
    from django.db import DatabaseError

    with django_db_blocker.unblock():
        for model in apps.get_models():
            label = model._meta.label_lower
            if label in REMADE_BY_POST_MIGRATE or not model._meta.managed:
                continue
            rows = list(model._base_manager.order_by("pk"))
            if rows:
                _SEEDS[label] = [
                    (seed, dict(seed.m2m_data or {}))
                    for seed in serializers.deserialize("json", serializers.serialize("json", rows))
                ]
    yield
    # A child process that ended a moment ago (a Celery worker or its pool) may still hold a
    # connection, and PostgreSQL refuses to drop a database in use (seen once: the test
    # database was left behind, with a warning).
    if connection.vendor == "postgresql":
        # If not allowed to, the drop that follows says why.
        with (
            django_db_blocker.unblock(),
            contextlib.suppress(DatabaseError),
            connection.cursor() as cursor,
        ):
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


def restore_seeded_rows() -> None:
    """Put back what the data migrations seed, exactly as they left it, ids included.

    A transactional test ends with a flush that empties every table, seeds included, and a
    long-lived process would keep content-type ids from before it. Tests run in any order
    (`make test` spreads the files over several processes), so each must start from the same
    seeded database.
    """
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    with transaction.atomic():
        for label, seeds in _SEEDS.items():
            model = apps.get_model(label)
            present = set(model._base_manager.values_list("pk", flat=True))
            if len(present) < len(seeds):
                for seed, m2m in seeds:
                    if seed.object.pk not in present:
                        # save() forgets its many-to-many values once used; give them back, or
                        # a second restore leaves the seeded resources without their topics.
                        seed.m2m_data = dict(m2m)
                        seed.save()


@pytest.fixture(autouse=True)
def _seeded_rows(request: pytest.FixtureRequest) -> None:
    """Every database test starts from the seeded vocabulary, whatever ran before it."""
    names = [name for name in DB_FIXTURES if name in request.fixturenames]
    if not names and request.node.get_closest_marker("django_db") is None:
        return
    if names:
        # live_server runs on transactional_db; ask for that so this code may use the database.
        request.getfixturevalue("db" if names == ["db"] else "transactional_db")
    restore_seeded_rows()


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    """Every test starts with an empty cache: throttles and allauth's rate limits count there,
    so attempts made by one test (all from 127.0.0.1) would otherwise be held against the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def coordinator(db: None) -> User:
    return factories.CoordinatorFactory.create()


@pytest.fixture
def mentee(db: None) -> User:
    return factories.MenteeFactory.create()


@pytest.fixture
def mentor(db: None) -> User:
    profile: MentorProfile = factories.MentorProfileFactory.create()
    return profile.user


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


def close_for_disuse(user: User) -> None:
    """The retention job closes `user`'s account, and only theirs: unused for 40 months, while
    everyone else signed in today (RETENTION_MONTHS is 36 in the tests that call this)."""
    from django.utils import timezone

    from matching.services.erasure import inactive_accounts_purge

    long_ago = timezone.now() - dt.timedelta(days=1200)
    User.objects.filter(pk=user.pk).update(last_login=long_ago, date_joined=long_ago)
    User.objects.exclude(pk=user.pk).update(last_login=timezone.now())
    assert inactive_accounts_purge() == 1


def client_for(user: User | None) -> APIClient:
    """An API client authenticated with a fresh token (as an outside integrator would)."""
    from accounts.tokens import token_create

    client = APIClient()
    if user is not None:
        key, _expiry = token_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def database_url_for_subprocess() -> str:
    """The URL of the database the tests are using right now (the test database)."""
    sd = connection.settings_dict
    if sd["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{sd['NAME']}"
    user = quote(sd.get("USER") or "")
    password = quote(sd.get("PASSWORD") or "")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    return f"postgres://{auth}{sd.get('HOST') or 'localhost'}:{sd.get('PORT') or 5432}/{sd['NAME']}"


def subprocess_env(**extra: str) -> dict[str, str]:
    """Environment for a child process that must share this test run's database and broker."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url_for_subprocess(),
        # This test process's own Redis database and broker (config.settings_test).
        REDIS_URL=settings.REDIS_URL,
        CELERY_BROKER_URL=settings.CELERY_BROKER_URL,
        CELERY_RESULT_BACKEND=settings.CELERY_RESULT_BACKEND,
        # The child runs the production settings module, not the tests' (whose mail is locmem).
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY="worker-under-test",
        DEBUG="false",
        SECURE_SSL_REDIRECT="false",
        EMAIL_URL="consolemail://",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class WorkerProcess:
    def __init__(self, proc: subprocess.Popen[bytes], log: Path) -> None:
        self.proc = proc
        self.log = log

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for(self, async_result: Any, timeout: float = 60) -> Any:
        """Wait for a task result, failing with the worker's log rather than hanging."""
        try:
            return async_result.get(timeout=timeout)
        except Exception:
            print(self.output()[-5000:], file=sys.stderr)
            raise


@pytest.fixture(scope="module")
def celery_worker_process(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WorkerProcess]:
    """A real `celery worker` in a child process, consuming from the configured broker.

    Tests that need it must use `transactional_db`, so the worker can see committed rows.
    It lives for one module only: a worker left running would also take the tasks that later,
    unrelated tests queue, and run them against the database while that test's teardown
    empties it (seen once: a deadlock between the worker and the flush).
    """
    from worker.celery_app import app

    with django_db_blocker.unblock():
        env = subprocess_env()
    # Old messages from an earlier run would point at rows that no longer exist.
    app.control.purge()
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable, "-m", "celery", "-A", "worker.celery_app", "worker",
                "-Q", "default,scoring", "-c", "2", "-l", "INFO",
                "--without-gossip", "--without-mingle", "-n", f"test-{os.getpid()}@%h",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    worker = WorkerProcess(proc, log)
    try:
        from worker.tasks import health

        deadline = time.monotonic() + 90
        result = health.delay("ready")
        while True:
            if proc.poll() is not None:
                pytest.fail(f"Celery worker exited early:\n{worker.output()[-5000:]}")
            try:
                result.get(timeout=2)
                break
            except Exception:
                if time.monotonic() > deadline:
                    pytest.fail(f"Celery worker never answered:\n{worker.output()[-5000:]}")
        yield worker
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """schemathesis gives each operation's test the function's bare node id. pytest-xdist
    tracks tests by node id, so it would run one operation and drop the rest: give each its own
    (`...documented[GET /api/v1/requests/]`, as `-v` already prints it)."""
    from _pytest.nodeid import NodeId  # pytest 9.2 keeps node ids structured

    for item in items:
        if "[" in item.name and "[" not in item.nodeid:
            item._id = NodeId.parse(f"{item.nodeid}[{item.name.split('[', 1)[1]}")
