"""Settings for the test suite and the type checker: the base settings plus what only tests want.

pytest (pyproject.toml) and mypy's Django plugin load this module; everything else runs on
config.settings. A Celery worker started by the tests runs on config.settings, as in production.
"""

import os
from urllib.parse import urlsplit, urlunsplit

# Before the base settings read it: a throwaway key, so neither pytest nor mypy needs one set.
os.environ.setdefault("SECRET_KEY", "test-only-key-not-secret-and-never-used-to-serve")

from config.settings import *  # noqa: F403
from config.settings import DATABASES, REDIS_URL, VAR_DIR, env

# Hashing passwords slowly is the point in production and only costs time here.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's test runner swaps in locmem too; saying so keeps `mail.outbox` obvious.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A per-process cache, so allauth's rate limits and DRF throttles never outlive a test run.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# `make test` runs the suite in several processes (pytest-xdist names them gw0, gw1...). Each
# has its own test database (pytest-django adds the suffix to its name) and, below, its own
# broker, so a Celery worker started by one process never takes another's tasks.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
WORKER_NUMBER = int(XDIST_WORKER.removeprefix("gw")) if XDIST_WORKER.startswith("gw") else -1
SUFFIX = f"-{XDIST_WORKER}" if XDIST_WORKER else ""


def redis_database_for_worker(url: str, worker_number: int) -> str:
    """The Redis URL of this test process's own database: the configured one, plus one per
    worker (gw0 on the next database up), wrapping round Redis's default 16."""
    if worker_number < 0:
        return url
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(base + 1 + worker_number) % 16}"))


if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not :memory:, so a real Celery worker in another process sees the test data.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}

if REDIS_URL:
    REDIS_URL = redis_database_for_worker(REDIS_URL, WORKER_NUMBER)
    CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
    CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default=REDIS_URL)
else:
    # Without Redis, the tests' broker is a file of its own, never the one `make run` is using.
    CELERY_BROKER_URL = env.str(
        "CELERY_BROKER_URL", default=f"sqla+sqlite:///{VAR_DIR / f'test-broker{SUFFIX}.sqlite3'}"
    )
    CELERY_RESULT_BACKEND = env.str(
        "CELERY_RESULT_BACKEND",
        default=f"db+sqlite:///{VAR_DIR / f'test-broker-results{SUFFIX}.sqlite3'}",
    )

# Static files come from the apps, as in development; production serves collectstatic's output.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Tests talk plain HTTP to the live server; hardening itself is tested with `check --deploy`.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = False

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The same backend, but the flush after each transactional test deletes rows instead of
    # truncating every table (see tests/pgbackend/base.py: 0.5 s a test, against 0.05 s).
    DATABASES["default"]["ENGINE"] = "tests.pgbackend"
