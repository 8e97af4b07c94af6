"""Settings for Mutual Mentors: each difference between machines comes from the environment.

Tests run on config.settings_test, which imports this module and adds only what tests want.
"""

import math
from datetime import timedelta
from pathlib import Path

import django_stubs_ext
import environ
from django.core.exceptions import ImproperlyConfigured

# Lets admin.ModelAdmin[Model] and friends be subscripted at run time, as the type stubs expect.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(exist_ok=True)


class _Env(environ.Env):
    # `devmail://`: development mail, one console line per message, the message kept in a file.
    EMAIL_SCHEMES = {**environ.Env.EMAIL_SCHEMES, "devmail": "core.mail.DevMailBackend"}


env = _Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)


def _number(name: str, default: float, *, minimum: float, cast: type[float] = float) -> float:
    """A number from the environment, refused at start-up when it is not one or out of range."""
    raw = env.str(name, default=str(default))
    try:
        value = cast(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}.") from None
    if not math.isfinite(value) or value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {raw!r}.")
    return value


DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-never-use-in-production"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # Our apps first so their templates override allauth's.
    "core",
    "accounts",
    "matching",
    "programme",
    "resources",
    "enquiries",
    "api",
    "frontend",
    "worker",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "rest_framework",
    "knox",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.http.RequestLimitsMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.mfa.CoordinatorMFAMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the worker share one file: WAL lets readers and one writer overlap,
    # IMMEDIATE takes the write lock up front so transactions queue instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
else:
    DATABASES["default"].setdefault(
        "CONN_MAX_AGE", int(_number("CONN_MAX_AGE", 60, minimum=0, cast=int))
    )
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, broker ---------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    # Fails open (core.cache): with Redis down, throttles and rate limits forget, logins work.
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    # Without Redis each process keeps its own cache (development on the embedded defaults).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = env.str(
    "CELERY_BROKER_URL", default=REDIS_URL or f"sqla+sqlite:///{VAR_DIR / 'celery-broker.sqlite3'}"
)
CELERY_RESULT_BACKEND = env.str(
    "CELERY_RESULT_BACKEND",
    default=REDIS_URL or f"db+sqlite:///{VAR_DIR / 'celery-broker-results.sqlite3'}",
)
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_DEFAULT_QUEUE = "default"
# Set together (docs/operations.md): no task may outlive its time limit; a run still "running"
# past MATCH_RUN_STUCK_MINUTES lost its worker and is re-queued by the beat job; Redis gives an
# unacknowledged message back only after the visibility timeout, which must exceed the time
# limit or a slow task would be delivered twice while still running.
CELERY_TASK_TIME_LIMIT = int(_number("CELERY_TASK_TIME_LIMIT", 10 * 60, minimum=1, cast=int))
CELERY_TASK_SOFT_TIME_LIMIT = int(
    _number("CELERY_TASK_SOFT_TIME_LIMIT", 9 * 60, minimum=1, cast=int)
)
# Minutes, fractions allowed (0.1 = 6 s is the least; the tests kill a worker with 0.2).
MATCH_RUN_STUCK_MINUTES = _number("MATCH_RUN_STUCK_MINUTES", 12, minimum=0.1)
MATCH_RUN_RECOVERY_SECONDS = env.float("MATCH_RUN_RECOVERY_SECONDS", default=60)
CELERY_VISIBILITY_TIMEOUT = int(_number("CELERY_VISIBILITY_TIMEOUT", 15 * 60, minimum=1, cast=int))
if not CELERY_TASK_SOFT_TIME_LIMIT < CELERY_TASK_TIME_LIMIT < CELERY_VISIBILITY_TIMEOUT:
    raise ImproperlyConfigured(
        "Need CELERY_TASK_SOFT_TIME_LIMIT < CELERY_TASK_TIME_LIMIT < CELERY_VISIBILITY_TIMEOUT."
    )
# Only Redis knows the option: the embedded sqla+sqlite broker passes its transport options to
# SQLAlchemy's create_engine, which refuses unknown arguments and stops the worker.
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
    if CELERY_BROKER_URL.startswith(("redis://", "rediss://"))
    else {}
)
# The outbox (worker.outbox): how often beat sends what a broker outage held back.
# UK GDPR storage limitation: accounts unused this long are anonymised by a nightly job.
RETENTION_MONTHS = int(_number("RETENTION_MONTHS", 36, minimum=1, cast=int))
OUTBOX_RELAY_SECONDS = _number("OUTBOX_RELAY_SECONDS", 30, minimum=1)
CELERY_RESULT_EXPIRES = 24 * 3600
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Each worker process encodes the mentors as it starts (matching.tasks); give it time.
CELERY_WORKER_PROC_ALIVE_TIMEOUT = 60
# Sent outbox rows are kept this long (worker.outbox), then deleted.
OUTBOX_KEEP_DAYS = int(_number("OUTBOX_KEEP_DAYS", 7, minimum=1, cast=int))
CELERY_TIMEZONE = "Europe/London"

# --- Auth ------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Mutual Mentors] "
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "signup": "accounts.forms.SignupForm",
    "login": "accounts.forms.LoginForm",
    "reset_password": "accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "accounts.forms.ResetPasswordKeyForm",
    "add_email": "accounts.forms.AddEmailForm",
    "change_password": "accounts.forms.ChangePasswordForm",
}
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
ACCOUNT_PREVENT_ENUMERATION = True
# Addresses come from core.net.client_ip; allauth reads the same count of trusted proxies.
NUM_PROXIES = int(_number("NUM_PROXIES", 0, minimum=0, cast=int))
ALLAUTH_TRUSTED_PROXY_COUNT = NUM_PROXIES
# Failures per account across all addresses: past this, only an account with MFA gets in
# (its password then still needs a code), so a distributed guesser cannot lock a person out.
LOGIN_FAILED_ACCOUNT_RATE = env.str("LOGIN_FAILED_ACCOUNT_RATE", default="30/h/key")
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Mutual Mentors"
# A code from the 30 seconds just before or after counts too (RFC 6238's allowance for clock
# drift and delay): a volunteer's phone clock may be off, and a slow sign-in may cross a step.
MFA_TOTP_TOLERANCE = 1
TOKEN_TTL_DAYS = int(_number("TOKEN_TTL_DAYS", 30, minimum=1, cast=int))
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=TOKEN_TTL_DAYS),
    "AUTO_REFRESH": False,
    "AUTH_HEADER_PREFIX": "Token",
}

# --- E-mail ----------------------------------------------------------------------------------
# Development keeps each message in a file and prints one line; elsewhere the console shows it all.
vars().update(env.email_url("EMAIL_URL", default="devmail://" if DEBUG else "consolemail://"))
# Where `devmail://` keeps messages (django-environ puts the URL's path here; empty means var/mail).
EMAIL_FILE_PATH = str(BASE_DIR / (vars().get("EMAIL_FILE_PATH") or "var/mail"))
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Mutual Mentors <noreply@mutualmentors.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- API -------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "api.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated",
        "api.permissions.MFAEnrolled",
    ],
    # api.pagination and api.ordering refuse a bad page, page size or sort order with a 400.
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Pagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "api.ordering.StrictOrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "api.schema.ContractSchema",
    # JSON only; api.parsers refuses deep nesting and oversized bodies before decoding.
    "DEFAULT_PARSER_CLASSES": ["api.parsers.JSONParser"],
    "NUM_PROXIES": NUM_PROXIES,
    "DEFAULT_THROTTLE_RATES": {"token": "20/min"},
    "EXCEPTION_HANDLER": "api.exceptions.api_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Mutual Mentors API",
    "DESCRIPTION": "Mentor matching for UK public service mutuals. Authenticate with "
    "`Authorization: Token <key>` (key from `POST /api/v1/auth/token/`). Bodies are JSON; every "
    "error is an RFC 9457 problem document with a stable `code`. Creates accept an "
    "`Idempotency-Key`. The integrator's guide is docs/api.md in the repository.",
    "VERSION": "1.0.0",
    # The address this deployment serves; generated clients use it as their base URL.
    "SERVERS": [{"url": SITE_URL, "description": "This deployment (SITE_URL)"}],
    # Swagger UI from our own static files: /api/docs/ works offline and under a strict CSP.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.real_pagination_examples",
        "api.schema.integer_ids",
        "api.schema.vocabulary_filters",
        "api.schema.search_queries",
        "api.operation_docs.describe_operations",
    ],
    # Four models have a `status`; name each enum after its model so clients can tell them apart.
    "ENUM_NAME_OVERRIDES": {
        "RequestStatusEnum": "matching.models.MentoringRequest.Status",
        "ProposalStatusEnum": "matching.models.Proposal.Status",
        "MentorshipStatusEnum": "matching.models.Mentorship.Status",
        "MatchRunStatusEnum": "matching.models.MatchRun.Status",
        # Resources and case studies share one publication status.
        "ResourceStatusEnum": "resources.models.Resource.Status",
        "ResourceKindEnum": "resources.models.Resource.Kind",
        "EnquiryStatusEnum": "enquiries.models.Enquiry.Status",
        "EnquiryKindEnum": "enquiries.models.Enquiry.Kind",
        # What anyone may write in about (a concern comes from its mentorship's page).
        "EnquiryCreateKindEnum": "enquiries.models.PUBLIC_KINDS",
        "MatchRunKindEnum": "matching.models.MatchRun.Kind",
        # What POST match-runs/ accepts: request and round (a mentor run is never started by hand).
        "MatchRunCreateKindEnum": "api.serializers.MATCH_RUN_CREATE_KINDS",
        "StageEnum": "accounts.models.Stage",
    },
}

# --- Matching --------------------------------------------------------------------------------
MATCH_PROPOSALS_PER_REQUEST = int(_number("MATCH_PROPOSALS_PER_REQUEST", 5, minimum=1, cast=int))
# The assignment's convex per-slot cost (matching.engine.assignment); 0 = pure best score.
MATCH_LOAD_PENALTY = _number("MATCH_LOAD_PENALTY", 0.06, minimum=0)
PROPOSAL_EXPIRY_DAYS = int(_number("PROPOSAL_EXPIRY_DAYS", 14, minimum=1, cast=int))
# How many introductions of one request may be live (approved or accepted) at once. The
# database's one_live_introduction_per_request index holds the default of 1; a higher value
# needs that index dropped in a migration, and matching.checks reports the mismatch at start-up.
MAX_LIVE_INTRODUCTIONS = int(_number("MAX_LIVE_INTRODUCTIONS", 1, minimum=1, cast=int))

# --- Programme oversight: when a mentorship is flagged for a coordinator's attention ---------
ATTENTION_MEETING_DAYS = int(_number("ATTENTION_MEETING_DAYS", 30, minimum=1, cast=int))
ATTENTION_PAUSE_DAYS = int(_number("ATTENTION_PAUSE_DAYS", 30, minimum=1, cast=int))

# --- i18n, static ----------------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
# Our words for allauth's sign-in and security pages (locale/en_GB/LC_MESSAGES/django.po).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Uploaded resource files: served only through a view (as attachments), never as static.
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))
# Development and tests serve files from the apps; production serves collectstatic's output.
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Production hardening (on whenever DEBUG is off) ----------------------------------------
if not DEBUG:
    SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
    CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = int(_number("SECURE_HSTS_SECONDS", 31536000, minimum=0, cast=int))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"
# --- Request limits and browser policy ------------------------------------------------------
DATA_UPLOAD_MAX_MEMORY_SIZE = int(
    _number("DATA_UPLOAD_MAX_MEMORY_SIZE", 1024 * 1024, minimum=1024, cast=int)
)
JSON_MAX_DEPTH = int(_number("JSON_MAX_DEPTH", 32, minimum=1, cast=int))
# Most sectors, topics or needs one list field accepts (api.fields).
MAX_VOCABULARY_ITEMS = int(_number("MAX_VOCABULARY_ITEMS", 20, minimum=1, cast=int))
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# No inline script anywhere: pages load ES modules from /static/ (a test checks the templates).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # runserver's line per request; `make run` keeps only failures (WARNING) to stay readable.
    "loggers": {
        "django.server": {
            "handlers": ["django.server"],
            "level": env.str("SERVER_LOG_LEVEL", default="INFO"),
            "propagate": False,
        }
    },
}
