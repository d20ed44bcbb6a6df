"""Settings of the web workbench: every deployment setting comes from an environment variable.

With no environment at all it runs on SQLite in the data directory. Each variable is listed
once, in ``ENVIRONMENT`` below, with its default and meaning; docs/web.md shows the same table
and a test keeps the two in step. Bad values fail loudly at start (``ImproperlyConfigured``);
problems that are not fatal are Django system checks (``reinstate.web.checks``).
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

# name -> (default, meaning). The defaults run on a laptop with nothing set.
ENVIRONMENT: dict[str, tuple[str, str]] = {
    "REINSTATE_DATA_DIR": (
        "~/.local/share/reinstate",
        "Folder of the SQLite database, uploaded files and the generated secret key.",
    ),
    "DATABASE_URL": (
        "sqlite:///<data dir>/reinstate.sqlite3",
        "Database, e.g. postgres://user:password@host:5432/name for PostgreSQL.",
    ),
    "REINSTATE_SECRET_KEY": (
        "generated once into <data dir>/secret_key",
        "Django's secret key; set it when several servers share one database.",
    ),
    "REINSTATE_DEBUG": ("0", "1 shows Django's debug pages; never in production."),
    "REINSTATE_ALLOWED_HOSTS": (
        "127.0.0.1,localhost",
        "Comma-separated host names the server answers to.",
    ),
    "REINSTATE_SECURE_COOKIES": ("0", "1 sends cookies over HTTPS only (behind TLS)."),
    "REINSTATE_MAX_UPLOAD_MB": ("25", "Largest upload accepted, in megabytes, per file."),
    "REINSTATE_WORKERS": (
        "the number of CPU cores",
        "Server processes answering requests (gunicorn workers; on Windows, waitress runs "
        "workers × threads threads in one process).",
    ),
    "REINSTATE_THREADS": ("4", "Threads in each server process."),
    "REINSTATE_SERVER": (
        "gunicorn (waitress on Windows)",
        "The WSGI server of reinstate serve: gunicorn (worker processes; Linux and macOS) "
        "or waitress (threads in one process; runs everywhere).",
    ),
    "REINSTATE_BACKGROUND_MB": (
        "5",
        "Report uploads bigger than this (in total, MB) are computed in the background "
        "with a progress bar.",
    ),
}


def env(name: str) -> str:
    return os.environ.get(name, "")


def env_flag(name: str) -> bool:
    value = env(name) or ENVIRONMENT[name][0]
    if value not in {"0", "1", "true", "false", "yes", "no"}:
        raise ImproperlyConfigured(f"{name} must be 0 or 1, not {value!r}.")
    return value in {"1", "true", "yes"}


def env_int(name: str) -> int:
    value = env(name) or ENVIRONMENT[name][0]
    if not value.isdigit() or int(value) < 1:
        raise ImproperlyConfigured(f"{name} must be a whole number of at least 1, not {value!r}.")
    return int(value)


def env_count(name: str, default: int) -> int:
    """A whole number of at least 1 from `name`, or `default` when it is not set."""
    return env_int(name) if env(name) else default


def secret_key(data_dir: Path) -> str:
    """The key from the environment, or one generated once and kept in the data directory."""
    if env("REINSTATE_SECRET_KEY"):
        return env("REINSTATE_SECRET_KEY")
    path = data_dir / "secret_key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(secrets.token_urlsafe(50))
        temporary.chmod(0o600)
        temporary.replace(path)
    return path.read_text().strip()


DATA_DIR = Path(env("REINSTATE_DATA_DIR") or ENVIRONMENT["REINSTATE_DATA_DIR"][0]).expanduser()
SECRET_KEY = secret_key(DATA_DIR)
DEBUG = env_flag("REINSTATE_DEBUG")
ALLOWED_HOSTS = [
    h.strip() for h in (env("REINSTATE_ALLOWED_HOSTS") or "127.0.0.1,localhost").split(",")
]
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'reinstate.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while a request writes; IMMEDIATE avoids lock upgrades.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Tests use a file, not memory: the browser tests' live server then opens and closes
    # its own connections per request, like `reinstate serve`.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

# Uploaded files live here, outside any static root; only permission-checked views serve them.
FILES_DIR = DATA_DIR / "files"
MAX_UPLOAD_BYTES = env_int("REINSTATE_MAX_UPLOAD_MB") * 1024 * 1024
BACKGROUND_BYTES = env_int("REINSTATE_BACKGROUND_MB") * 1024 * 1024
SERVER_WORKERS = env_count("REINSTATE_WORKERS", os.cpu_count() or 1)
SERVER_THREADS = env_int("REINSTATE_THREADS")


def server_name(platform: str) -> str:
    """The WSGI server to run: REINSTATE_SERVER, or gunicorn (waitress on Windows)."""
    default = "waitress" if platform == "win32" else "gunicorn"
    name = env("REINSTATE_SERVER") or default
    if name not in {"gunicorn", "waitress"}:
        raise ImproperlyConfigured(f"REINSTATE_SERVER must be gunicorn or waitress, not {name!r}.")
    if name == "gunicorn" and platform == "win32":
        raise ImproperlyConfigured(
            "REINSTATE_SERVER=gunicorn does not run on Windows: use waitress or leave it unset."
        )
    return name


SERVER = server_name(sys.platform)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024  # form fields (a pasted notice or plan)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "reinstate.web.apps.WebConfig",
]
MIDDLEWARE = [
    "reinstate.web.timing.server_timing",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "reinstate.web.urls"
WSGI_APPLICATION = "reinstate.web.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [Path(__file__).parent / "templates"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "reinstate.web.jinja.environment",
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "reinstate.web.views.members.nav",
            ],
        },
    }
]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"
STATIC_URL = "/static/"
WHITENOISE_USE_FINDERS = True  # serve the app's static folder without collectstatic
WHITENOISE_AUTOREFRESH = DEBUG
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_flag("REINSTATE_SECURE_COOKIES")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Notices and plans are never logged: only Django's own warnings, to standard error.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
