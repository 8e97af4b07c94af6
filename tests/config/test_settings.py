"""Settings come from the environment: MATCH_LOAD_PENALTY reaches the assignment, bad values stop
start-up, the base module has no test-only branches, and the README documents every variable."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from matching.models import Proposal
from tests.conftest import ROOT, subprocess_env
from tests.matching import builders


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=subprocess_env(**env),
        capture_output=True,
        text=True,
        timeout=180,
    )


def _recommended_mentors_after_a_round(**env: str) -> list[int]:
    """Runs `manage.py run_matching --sync` in a fresh process on the production settings."""
    result = _manage("run_matching", "--sync", **env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "succeeded" in result.stdout, result.stdout + result.stderr
    return list(
        Proposal.objects.filter(recommended=True)
        .order_by("request_id")
        .values_list("mentor_id", flat=True)
    )


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("penalty", "spread"),
    [
        (None, False),  # the default (0.06) is smaller than the gap between the two mentors
        ("0", False),
        ("1.0", True),  # a second introduction now costs the strong mentor more than the gap
    ],
)
def test_match_load_penalty_from_the_environment_changes_the_assignment(
    penalty: str | None, spread: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MATCH_LOAD_PENALTY", raising=False)
    strong = builders.mentor(builders.MENTOR_SPECS[0])  # TUPE and pensions, capacity 2
    weaker = builders.mentor(
        (["tupe"], ["libraries-culture"], *builders.MENTOR_SPECS[0][2:5], "TUPE transfers.")
    )
    builders.request(["tupe", "pensions"])
    builders.request(["tupe", "pensions"])

    env = {} if penalty is None else {"MATCH_LOAD_PENALTY": penalty}
    recommended = _recommended_mentors_after_a_round(**env)

    expected = [strong.pk, weaker.pk] if spread else [strong.pk, strong.pk]
    assert sorted(recommended) == sorted(expected)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("MATCH_LOAD_PENALTY", "-0.1", "MATCH_LOAD_PENALTY must be at least 0"),
        ("MATCH_LOAD_PENALTY", "plenty", "MATCH_LOAD_PENALTY must be a number"),
        ("MATCH_LOAD_PENALTY", "nan", "MATCH_LOAD_PENALTY must be at least 0"),
        ("MATCH_PROPOSALS_PER_REQUEST", "0", "MATCH_PROPOSALS_PER_REQUEST must be at least 1"),
        # A task allowed to outlive the visibility timeout would be delivered twice.
        ("CELERY_TASK_TIME_LIMIT", "1200", "CELERY_TASK_TIME_LIMIT < CELERY_VISIBILITY_TIMEOUT"),
    ],
)
def test_a_bad_number_stops_start_up(name: str, value: str, message: str) -> None:
    result = _manage("check", **{name: value})
    assert result.returncode != 0
    assert message in result.stderr


def test_the_base_settings_do_not_change_because_pytest_is_loaded() -> None:
    """No sniffing of sys.modules: importing pytest first changes nothing in config.settings."""
    script = (
        "import pytest, django\n"
        "from django.conf import settings\n"
        "django.setup()\n"
        "print(settings.PASSWORD_HASHERS[0], settings.SESSION_COOKIE_SECURE)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=subprocess_env(DJANGO_SETTINGS_MODULE="config.settings", DATABASE_URL="sqlite://"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    hasher, secure_cookies = result.stdout.split()
    assert "MD5" not in hasher
    assert secure_cookies == "True"


def test_every_environment_variable_is_in_the_readme_table() -> None:
    source = "\n".join(
        (ROOT / "config" / name).read_text() for name in ("settings.py", "gunicorn.py")
    )
    read = set(
        re.findall(
            r"""(?:env(?:\.\w+)?|_number|os\.environ\.get)\(\s*["']([A-Z][A-Z0-9_]+)["']""", source
        )
    )
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", table))
    assert read, "found no environment variables in config/"
    assert {"WEB_CONCURRENCY", "GUNICORN_BIND"} <= read
    assert read - documented == set(), "document these in the README's configuration table"


def _settings_in_a_child(expression: str, *, drop: tuple[str, ...] = (), **env: str) -> str:
    """What `expression` (over `settings`) prints in a fresh process with this environment."""
    script = (
        f"import django\nfrom django.conf import settings\ndjango.setup()\nprint({expression})\n"
    )
    child = subprocess_env(DATABASE_URL="sqlite://", **env)
    for name in drop:
        child.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=child, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("broker", "options"),
    [
        ("sqla+sqlite:////tmp/broker.sqlite3", "{}"),
        ("redis://127.0.0.1:6379/9", "{'visibility_timeout': 900}"),
    ],
)
def test_the_visibility_timeout_goes_only_to_a_redis_broker(broker: str, options: str) -> None:
    """The embedded broker hands transport options to SQLAlchemy, which refuses this one."""
    printed = _settings_in_a_child(
        "settings.CELERY_BROKER_TRANSPORT_OPTIONS",
        drop=("CELERY_VISIBILITY_TIMEOUT",),
        DJANGO_SETTINGS_MODULE="config.settings",
        CELERY_BROKER_URL=broker,
    )
    assert printed == options


def test_each_test_process_has_a_redis_database_of_its_own() -> None:
    from config.settings_test import redis_database_for_worker

    assert redis_database_for_worker("redis://127.0.0.1:6379/0", -1) == "redis://127.0.0.1:6379/0"
    assert redis_database_for_worker("redis://127.0.0.1:6379/0", 0) == "redis://127.0.0.1:6379/1"
    assert redis_database_for_worker("redis://127.0.0.1:6379/3", 1) == "redis://127.0.0.1:6379/5"
    assert redis_database_for_worker("redis://:pw@cache:6379", 0) == "redis://:pw@cache:6379/1"
    assert redis_database_for_worker("redis://127.0.0.1:6379/15", 0) == "redis://127.0.0.1:6379/0"


@pytest.mark.parametrize(
    ("redis_url", "broker"),
    [
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/2"),
        ("", "sqla+sqlite:///{var}/test-broker-gw1.sqlite3"),
    ],
)
def test_a_second_test_process_uses_its_own_broker(redis_url: str, broker: str) -> None:
    """pytest-xdist's second process (gw1) never shares a broker with the first, nor its worker."""
    printed = _settings_in_a_child(
        "settings.CELERY_BROKER_URL, settings.CELERY_RESULT_BACKEND, settings.REDIS_URL",
        drop=("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND"),
        DJANGO_SETTINGS_MODULE="config.settings_test",
        PYTEST_XDIST_WORKER="gw1",
        REDIS_URL=redis_url,
    )
    broker_url, backend, *own_redis = printed.split(" ")
    assert broker_url == broker.format(var=ROOT / "var")
    if redis_url:
        assert backend == broker_url and own_redis == [broker_url]
    else:
        assert backend.endswith("test-broker-results-gw1.sqlite3")
