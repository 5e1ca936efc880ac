"""Heraldo settings: one module, every outside value read from the environment.

Local defaults run the embedded profile (SQLite, SQLite queue, console e-mail);
production is the same code with the variables documented in `.env.example`.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from heraldo.core.roles import MFA_REQUIRED_BY_DEFAULT, ROLE_PERMISSIONS
from heraldo.env import (
    ConfigurationError,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / env_str("HERALDO_VAR_DIR", "var")  # an absolute value replaces BASE_DIR
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DJANGO_DEBUG", True)
TESTING = env_bool("HERALDO_TESTING", False)

_DEV_SECRET = "dev-only-insecure-key-do-not-use-in-production-heraldo"  # noqa: S105
SECRET_KEY = env_str("SECRET_KEY", _DEV_SECRET if DEBUG or TESTING else None)
if not DEBUG and not TESTING and (SECRET_KEY == _DEV_SECRET or len(SECRET_KEY) < 50):
    raise ConfigurationError("SECRET_KEY: en producción debe tener al menos 50 caracteres aleatorios.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ConfigurationError("ALLOWED_HOSTS: indique los nombres de host públicos, separados por comas.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "heraldo.core",
    "heraldo.work",
    "heraldo.directory",
    "heraldo.publicity",
    "heraldo.ceremonial",
    "heraldo.press",
    "heraldo.monitoring",
    "heraldo.opinion",
    "heraldo.campaigns",
    "heraldo.reports",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "axes",
    "csp",
    "django_htmx",
    "template_partials",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "huey.contrib.djhuey",
]

MIDDLEWARE = [
    "heraldo.core.logging.RequestIdMiddleware",
    "heraldo.core.middleware.HealthzMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "heraldo.core.middleware.RequestStampsMiddleware",
    # Kept public pages for anonymous visitors, answered before the session and everything after it (after the
    # middleware above, which add the security headers to them too).
    "heraldo.core.visitor_cache.VisitorPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "heraldo.core.middleware.SessionLifetimeMiddleware",
    "heraldo.core.middleware.LanguageMiddleware",
    "heraldo.core.middleware.SessionActivityMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "heraldo.core.middleware.MfaRequiredMiddleware",
    "axes.middleware.AxesMiddleware",
    "heraldo.core.failures.StorageFailureMiddleware",
    "heraldo.core.kept_pages.KeptPagesMiddleware",
]

ROOT_URLCONF = "heraldo.urls"
FORM_RENDERER = "heraldo.core.forms_renderer.HeraldoFormRenderer"
WSGI_APPLICATION = "heraldo.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "heraldo" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "heraldo.core.context_processors.navigation",
                "heraldo.core.visitor_cache.visitor_placeholders",
            ],
            "builtins": ["template_partials.templatetags.partials"],
        },
    }
]

# --- Database ---------------------------------------------------------------
_SQLITE_OPTIONS = {
    # IMMEDIATE takes the write lock at BEGIN: with the default DEFERRED mode most
    # concurrent read-then-write transactions failed with "database is locked".
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=20000;"
    ),
}
_database_url = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'heraldo.sqlite3'}")
try:
    _default_db = dj_database_url.parse(_database_url, conn_max_age=0)
except (ValueError, KeyError) as exc:
    raise ConfigurationError(f"DATABASE_URL: no se reconoce {_database_url!r} ({exc}).") from exc
# Persistent connections on both engines: opening one (and running SQLite's PRAGMAs) on every request cost
# 4.4-6.4x of /healthz's throughput. The health check drops a connection that broke between requests.
_default_db["CONN_MAX_AGE"] = env_int("HERALDO_DB_CONN_MAX_AGE", 60, minimum=0)
_default_db["CONN_HEALTH_CHECKS"] = True
if _default_db["ENGINE"] == "django.db.backends.sqlite3":
    _default_db["OPTIONS"] = {**_SQLITE_OPTIONS, **_default_db.get("OPTIONS", {})}
    # A file, not memory, so the worker processes of integration tests share it.
    _default_db["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
elif _default_db["ENGINE"] == "django.db.backends.postgresql":
    _default_db.setdefault("OPTIONS", {})["connect_timeout"] = 2
else:
    raise ConfigurationError("DATABASE_URL: Heraldo admite sqlite:// y postgres:// solamente.")
DATABASES = {"default": _default_db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
IS_POSTGRES = _default_db["ENGINE"] == "django.db.backends.postgresql"

# --- Users, login and sessions ------------------------------------------------
AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "heraldo.core.access.CachedPermissionsBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    # PBKDF2's deliberate slowness protects stored passwords; in tests it only made every sign-in cost ~0.3 s.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:today"
LOGOUT_REDIRECT_URL = "account_login"

# Django's admin signs in through allauth (so TOTP applies there too) and is off in production
# unless asked for: every task it offers has a page of its own in Heraldo.
HERALDO_ADMIN_ENABLED = env_bool("HERALDO_ADMIN_ENABLED", DEBUG)

ACCOUNT_ADAPTER = "heraldo.core.auth.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
# Addresses are verified by a link sent through the outbox; the second factor can only be added to an account
# whose addresses are verified (allauth's rule: an unverified address would let a stranger lock the owner out).
ACCOUNT_EMAIL_VERIFICATION = "optional"
# One address per account (User.email is unique): a new address replaces the old one once its link is opened.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_FORMS = {"add_email": "heraldo.core.forms.AddEmailForm"}
# Changing the address, the password or the second factor asks for the password again (MFA always did).
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
# The password or the second factor; not a code by mail, which whoever reads the mailbox could use.
ACCOUNT_REAUTHENTICATION_METHODS = ("password", "mfa")
# The office opens every account: a reset asked for an unknown address mails nobody, so the form cannot be
# used to send Heraldo's mail to strangers (the page answers the same either way).
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Heraldo] "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Heraldo"
MFA_ADAPTER = "heraldo.core.auth.MfaAdapter"
# Roles whose accounts must set up an authenticator app before doing anything else. Default: the head of unit,
# the system administrator and the Alcaldía in production; none when DJANGO_DEBUG=true (the demo and development,
# whose accounts sign in with the published demo password). "ninguno" turns the requirement off.
_mfa_roles = env_str("HERALDO_MFA_REQUIRED_ROLES", "ninguno" if DEBUG else ",".join(MFA_REQUIRED_BY_DEFAULT))
HERALDO_MFA_REQUIRED_ROLES = (
    [] if _mfa_roles.strip().lower() == "ninguno" else [r.strip() for r in _mfa_roles.split(",") if r.strip()]
)
if _unknown_roles := sorted(set(HERALDO_MFA_REQUIRED_ROLES) - set(ROLE_PERMISSIONS)):
    raise ConfigurationError(
        f"HERALDO_MFA_REQUIRED_ROLES: {', '.join(_unknown_roles)} no es un rol; use nombres de: "
        f"{', '.join(ROLE_PERMISSIONS)} (o «ninguno»)."
    )
USERSESSIONS_TRACK_ACTIVITY = True
# django-axes owns login lockout (counted in the database, logged, per user and IP);
# allauth keeps its limits on password resets and the other account forms.
ACCOUNT_RATE_LIMITS = {"login_failed": None}

AXES_FAILURE_LIMIT = env_int("HERALDO_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = 0.25  # hours: 15 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "heraldo.core.auth.axes_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/locked_out.html"
AXES_IPWARE_PROXY_COUNT = env_int("HERALDO_TRUSTED_PROXY_COUNT", 0, minimum=0)
AXES_VERBOSE = False

SESSION_COOKIE_AGE = env_int("HERALDO_SESSION_IDLE_MINUTES", 60, minimum=5) * 60
# The idle timeout is renewed, and "last seen" written, at most this often per session (SessionActivityMiddleware)
# rather than on every request: saving the session on each read made every page two serialised writes.
HERALDO_SESSION_REFRESH_SECONDS = min(300, SESSION_COOKIE_AGE // 10)
HERALDO_SESSION_ABSOLUTE_HOURS = env_int("HERALDO_SESSION_ABSOLUTE_HOURS", 12, minimum=1)
# Signed-in pages served again until a table they read changes (heraldo.core.kept_pages); off builds every page.
HERALDO_KEPT_PAGES = env_bool("HERALDO_KEPT_PAGES", True)
SESSION_ENGINE = "heraldo.core.sessions"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Scripts take the token from the page (the form field, htmx's header in base.html), never from the cookie.
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "heraldo.core.views.errors.csrf_failure"

# Shared by every process when several serve the site (API and sign-up rate limits are counted here):
# redis://host:6379/1. Empty: each process keeps its own memory cache, enough for one process.
HERALDO_CACHE_URL = env_str("HERALDO_CACHE_URL", "")
if HERALDO_CACHE_URL and not HERALDO_CACHE_URL.startswith(("redis://", "rediss://")):
    raise ConfigurationError("HERALDO_CACHE_URL: use redis://servidor:6379/1 (o déjelo vacío).")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": HERALDO_CACHE_URL}
        if HERALDO_CACHE_URL
        # Kept pages (heraldo.core.kept_pages) share it: room for a working day's pages of a dozen people.
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 2000}}
    )
}

# --- Security headers -----------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = {
    "camera": [],
    "geolocation": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

HTTPS = env_bool("HERALDO_HTTPS", not DEBUG)
if HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    SECURE_SSL_REDIRECT = env_bool("HERALDO_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("HERALDO_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("HERALDO_HSTS_PRELOAD", False)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SILENCED_SYSTEM_CHECKS = [] if env_bool("HERALDO_HSTS_PRELOAD", False) else ["security.W021"]

# --- Language, time, formats --------------------------------------------------
LANGUAGE_CODE = "es"
LANGUAGES = [("es", _("Español")), ("en", _("Inglés"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Lima"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["heraldo.formats"]

# --- Static and media files ---------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# Uploads are never served as a directory: /archivos/<name> is a view that asks the owning app's
# gate (heraldo/core/media.py); the newsroom serves published photos itself under /noticias/foto/.
MEDIA_URL = "/archivos/"
MEDIA_ROOT = Path(env_str("HERALDO_MEDIA_ROOT", str(VAR_DIR / "media")))
_NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    BASE_DIR / "heraldo" / "static",
    ("vendor/bootstrap", _NODE_MODULES / "bootstrap" / "dist"),
    ("vendor/bootstrap-icons", _NODE_MODULES / "bootstrap-icons" / "font"),
    ("vendor/fontsource-source-sans-3", _NODE_MODULES / "@fontsource" / "source-sans-3"),
    ("vendor/squire", _NODE_MODULES / "squire-rte" / "dist"),
    ("vendor/dompurify", _NODE_MODULES / "dompurify" / "dist"),
    ("vendor/chartjs", _NODE_MODULES / "chart.js" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "heraldo.core.storage.AtomicFileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG or TESTING

# --- E-mail -------------------------------------------------------------------
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "heraldo.core.mail.ConsoleSummaryBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10, minimum=1)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Heraldo <heraldo@localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [("Administración", address) for address in env_list("HERALDO_ADMIN_EMAILS", [])]

# --- Background jobs ----------------------------------------------------------
HERALDO_QUEUE_BACKEND = env_choice("HERALDO_QUEUE_BACKEND", "sqlite", ("sqlite", "postgres", "redis"))
HERALDO_JOBS_IMMEDIATE = env_bool("HERALDO_JOBS_IMMEDIATE", False)
HERALDO_JOB_HEARTBEAT_TIMEOUT = env_int("HERALDO_JOB_HEARTBEAT_TIMEOUT", 600, minimum=30)
_consumer = {
    "workers": env_int("HERALDO_WORKERS", 2, minimum=1),
    "worker_type": "thread",
    "periodic": env_bool("HERALDO_SCHEDULER", True),
    # SIGTERM (systemd, `manage.py serve`) lets running tasks finish for a while; what is still running
    # then is handed back (heraldo.core.jobs.hand_back_interrupted_work) instead of dying with its lock.
    "graceful_signal": "TERM",
    "shutdown_timeout": 10,  # `manage.py serve` waits 15 s before it kills the worker
}
if HERALDO_QUEUE_BACKEND == "sqlite":
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "heraldo",
        "filename": env_str("HERALDO_QUEUE_SQLITE_PATH", str(VAR_DIR / "queue.sqlite3")),
        "immediate": HERALDO_JOBS_IMMEDIATE,
        "utc": True,
        "consumer": _consumer,
    }
elif HERALDO_QUEUE_BACKEND == "postgres":
    HUEY = {
        "huey_class": "huey.PostgresHuey",
        "name": "heraldo",
        "dsn": env_str("HERALDO_QUEUE_URL", _database_url),
        "immediate": HERALDO_JOBS_IMMEDIATE,
        "utc": True,
        "consumer": _consumer,
    }
else:
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "heraldo",
        "url": env_str("HERALDO_QUEUE_URL", "redis://127.0.0.1:6379/0"),
        "immediate": HERALDO_JOBS_IMMEDIATE,
        "utc": True,
        "consumer": _consumer,
    }

# --- API ----------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "heraldo.core.api.authentication.ExpiringTokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Counted in the cache: one process with the default cache; set HERALDO_CACHE_URL (Redis) when several
    # web processes serve the API, or each counts on its own.
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("HERALDO_API_RATE_ANON", "60/min"),
        "user": env_str("HERALDO_API_RATE_USER", "600/min"),
    },
    "EXCEPTION_HANDLER": "heraldo.core.api.errors.refusal_exception_handler",
    "DEFAULT_PARSER_CLASSES": [
        "heraldo.core.api.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Heraldo API",
    "DESCRIPTION": "API de la Unidad de Imagen Institucional.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["heraldo.core.api.permissions.HoldsARole"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Choice sets that share a field name across modules: a clipping's tone and the tones an alert rule listens
    # to; a task's states.
    "ENUM_NAME_OVERRIDES": {
        "ToneEnum": "heraldo.monitoring.models.clippings.Tone",
        "AlertToneEnum": "heraldo.monitoring.models.alerts.AlertTone",
        "TaskStatusEnum": "heraldo.work.models.tasks.TASK_STATUSES",
        "PieceKindEnum": "heraldo.campaigns.models.pieces.PieceKind",
        "PieceStatusEnum": "heraldo.campaigns.models.pieces.PieceStatus",
        "CampaignChannelEnum": "heraldo.campaigns.channels.Channel",
    },
}

# A personal API key stops working this many days after it was issued (and at once on a password change).
HERALDO_API_TOKEN_DAYS = env_int("HERALDO_API_TOKEN_DAYS", 90, minimum=1)

# --- Logging ------------------------------------------------------------------
# One line per event, each through one handler: Django's own console and mail_admins handlers are
# replaced (they printed every django.* line a second time), the request log is Heraldo's (one line a
# request, with its id), and Huey's consumer keeps the handler given here instead of adding its own.
# JSON for a log collector in production; text for a person reading `make run` in a terminal.
HERALDO_LOG_FORMAT = env_choice("HERALDO_LOG_FORMAT", "text" if DEBUG else "json", ("json", "text"))
_LOG_LEVEL = env_str("HERALDO_LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"context": {"()": "heraldo.core.logging.ContextFilter"}},
    "formatters": {
        "json": {"()": "heraldo.core.logging.JsonFormatter"},
        "text": {"()": "heraldo.core.logging.ConsoleFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": HERALDO_LOG_FORMAT, "filters": ["context"]},
        "admins": {"class": "heraldo.core.error_mail.AdminOutboxHandler", "level": "ERROR", "filters": ["context"]},
    },
    "root": {"handlers": ["console", "admins"], "level": _LOG_LEVEL},
    "loggers": {
        "django": {"handlers": [], "level": _LOG_LEVEL, "propagate": True},
        # 4xx are in the request log already; 5xx come with their traceback.
        "django.request": {"handlers": [], "level": "ERROR", "propagate": True},
        # runserver's own access and error lines would repeat the request log and django.request.
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": True},
        "huey": {"handlers": ["console", "admins"], "level": "WARNING", "propagate": False},
        # WeasyPrint reports every rendering step at INFO: noise in the worker's log.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# --- Heraldo ------------------------------------------------------------------
# The municipality's name is not a setting: it is the Registro's own municipality (heraldo.core.branding).
HERALDO_SITE_URL = env_str("HERALDO_SITE_URL", "http://127.0.0.1:8000")
# Bulletin sign-ups one IP address may ask for in an hour (each address also gets one mail per interval).
HERALDO_BULLETIN_SIGNUPS_PER_IP_HOUR = env_int("HERALDO_BULLETIN_SIGNUPS_PER_IP_HOUR", 10, minimum=1)
HERALDO_RESIDENT_MESSAGES_PER_IP_HOUR = env_int("HERALDO_RESIDENT_MESSAGES_PER_IP_HOUR", 5, minimum=1)
HERALDO_RESIDENT_MESSAGES_PER_EMAIL_DAY = env_int("HERALDO_RESIDENT_MESSAGES_PER_EMAIL_DAY", 3, minimum=1)
HERALDO_TRACKING_LOOKUPS_PER_IP_HOUR = env_int("HERALDO_TRACKING_LOOKUPS_PER_IP_HOUR", 30, minimum=1)
# A public survey: answers per connection an hour (a family or a school shares one), and per device a day.
HERALDO_SURVEY_ANSWERS_PER_IP_HOUR = env_int("HERALDO_SURVEY_ANSWERS_PER_IP_HOUR", 20, minimum=1)
HERALDO_SURVEY_ANSWERS_PER_DEVICE_DAY = env_int("HERALDO_SURVEY_ANSWERS_PER_DEVICE_DAY", 3, minimum=1)
# The social API adapter (docs/opinion.md): a Graph-API-style comments endpoint of the municipality's page. It
# runs only when both the page id and its token are set; the token lives in the environment, never in the database.
HERALDO_SOCIAL_GRAPH_URL = env_str("HERALDO_SOCIAL_GRAPH_URL", "https://graph.facebook.com/v19.0")
HERALDO_SOCIAL_PAGE_ID = env_str("HERALDO_SOCIAL_PAGE_ID", "")
HERALDO_SOCIAL_PAGE_TOKEN = env_str("HERALDO_SOCIAL_PAGE_TOKEN", "")
HERALDO_FETCH_ALLOWED_HOSTS = env_list("HERALDO_FETCH_ALLOWED_HOSTS", [])  # loopback host:port for tests and demos
HERALDO_MONITORING_MAILBOX = env_str("HERALDO_MONITORING_MAILBOX", "")
# The names the municipality's mail server writes in its Authentication-Results headers: only its SPF/DKIM/DMARC
# results are believed, and a message in a team member's name without a pass from it is refused.
HERALDO_MONITORING_MAIL_AUTHSERV_IDS = env_list("HERALDO_MONITORING_MAIL_AUTHSERV_IDS", [])
HERALDO_SUMMARY_HOUR = env_int("HERALDO_SUMMARY_HOUR", 7, minimum=0)  # Lima hour of the síntesis informativa
# State-publicity checks (docs/publicity.md): the figures of the JNE regulation in force, and how close a colour may
# come to a party's (CIE ΔE 1976).
HERALDO_PUBLICITY_JEE_LEAD_DAYS = env_int("HERALDO_PUBLICITY_JEE_LEAD_DAYS", 7, minimum=0)
HERALDO_PUBLICITY_REPORT_WORKING_DAYS = env_int("HERALDO_PUBLICITY_REPORT_WORKING_DAYS", 7, minimum=1)
HERALDO_PUBLICITY_COLOUR_THRESHOLD = env_int("HERALDO_PUBLICITY_COLOUR_THRESHOLD", 12, minimum=0)
# Days before a ban starts that the ban-start sweep makes its withdraw/adapt tasks (heraldo.campaigns.services.sweeps).
HERALDO_PUBLICITY_SWEEP_LEAD_DAYS = env_int("HERALDO_PUBLICITY_SWEEP_LEAD_DAYS", 7, minimum=0)
if HERALDO_SUMMARY_HOUR > 23:
    raise ConfigurationError(f"HERALDO_SUMMARY_HOUR: una hora del día, de 0 a 23 (se recibió {HERALDO_SUMMARY_HOUR}).")
HERALDO_ALERT_GATEWAY_URL = env_str("HERALDO_ALERT_GATEWAY_URL", "")  # WhatsApp/Telegram gateway; off when empty
HERALDO_ALERT_GATEWAY_TOKEN = env_str("HERALDO_ALERT_GATEWAY_TOKEN", "")
# Backups (heraldo.core.backup): one archive a day at this Lima hour, the newest HERALDO_BACKUP_KEEP kept.
HERALDO_BACKUP_DIR = Path(env_str("HERALDO_BACKUP_DIR", str(VAR_DIR / "backups")))
HERALDO_BACKUP_HOUR = env_int("HERALDO_BACKUP_HOUR", 3, minimum=0)
if HERALDO_BACKUP_HOUR > 23:
    raise ConfigurationError(f"HERALDO_BACKUP_HOUR: una hora del día, de 0 a 23 (se recibió {HERALDO_BACKUP_HOUR}).")
HERALDO_BACKUP_KEEP = env_int("HERALDO_BACKUP_KEEP", 14, minimum=1)
if HERALDO_MONITORING_MAILBOX and not HERALDO_MONITORING_MAILBOX.startswith(("imaps://", "imap://")):
    raise ConfigurationError("HERALDO_MONITORING_MAILBOX: use imaps://usuario:clave@servidor:993/INBOX.")
