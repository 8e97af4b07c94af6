"""docker-compose.yml is valid against the Compose spec and wires the services as documented."""

from __future__ import annotations

import multiprocessing
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from gunicorn.config import Config

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _services() -> dict[str, Any]:
    services: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())["services"]
    return services


def test_it_validates_against_the_compose_spec() -> None:
    result = _validate(COMPOSE)

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_validator_rejects_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "docker-compose.yml"
    broken.write_text("services:\n  web:\n    image: 5\n    ports: not-a-list\n    restart: 3\n")

    assert _validate(broken).returncode != 0


def test_web_worker_and_beat_share_one_django_service_definition() -> None:
    text = COMPOSE.read_text()
    services = _services()

    assert text.count("&django") == 1
    assert text.count("<<: *django") == 3
    for name in ("web", "worker", "beat"):
        assert services[name]["image"] == "mutual-mentors:latest"
        assert "REDIS_URL" in services[name]["environment"]
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "migrate" in " ".join(services["web"]["command"])
    assert "gunicorn config.wsgi" in " ".join(services["web"]["command"])
    assert services["worker"]["command"][3:6] == ["worker", "-Q", "default,scoring"]
    assert "beat" in services["beat"]["command"]


def test_postgres_and_redis_have_healthchecks_and_postgres_keeps_its_data() -> None:
    services = _services()

    assert services["db"]["image"] == "postgres:16"
    assert services["redis"]["image"] == "redis:7"
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert "ping" in services["redis"]["healthcheck"]["test"]
    assert services["db"]["volumes"] == ["postgres-data:/var/lib/postgresql/data"]
    assert "postgres-data" in yaml.safe_load(COMPOSE.read_text())["volumes"]


GUNICORN_CONFIG = ROOT / "config" / "gunicorn.py"


def _gunicorn_settings(monkeypatch: pytest.MonkeyPatch, **env: str) -> Config:
    """config/gunicorn.py read as gunicorn reads it: each name set through its validators."""
    for name in ("WEB_CONCURRENCY", "GUNICORN_BIND", "GUNICORN_ACCESS_LOG", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    config = Config()
    for name, value in runpy.run_path(str(GUNICORN_CONFIG)).items():
        if name in config.settings:
            config.set(name, value)
    return config


def test_gunicorn_runs_sync_workers_two_per_core_plus_one(monkeypatch: pytest.MonkeyPatch) -> None:
    config = _gunicorn_settings(monkeypatch)

    assert config.worker_class_str == "sync"
    assert config.workers == 2 * multiprocessing.cpu_count() + 1
    assert config.address == [("0.0.0.0", 8000)]
    assert config.accesslog == "-"


def test_gunicorn_workers_bind_and_access_log_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = _gunicorn_settings(
        monkeypatch, WEB_CONCURRENCY="7", GUNICORN_BIND="127.0.0.1:8055", GUNICORN_ACCESS_LOG=""
    )

    assert config.workers == 7
    assert config.address == [("127.0.0.1", 8055)]
    assert config.accesslog is None


def test_the_image_compose_and_make_load_all_start_gunicorn_from_its_config_file() -> None:
    web = " ".join(_services()["web"]["command"])
    dockerfile = (ROOT / "Dockerfile").read_text()
    makefile = (ROOT / "Makefile").read_text()

    assert "gunicorn config.wsgi --config config/gunicorn.py" in web
    assert '"gunicorn", "config.wsgi", "--config", "config/gunicorn.py"' in dockerfile
    assert "--config config/gunicorn.py" in makefile
    for text in (web, dockerfile, makefile):
        assert "--workers" not in text and "--threads" not in text
