"""Baokan settings, all read from the environment.

The embedded default needs nothing installed: SQLite and a Whoosh index under
BAOKAN_DATA_DIR (default `var/` in the checkout). Another database is a
DATABASE_URL away; another search engine is a BAOKAN_SEARCH_URL away.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from search.config import haystack_connections

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DATA_DIR = Path(os.environ.get("BAOKAN_DATA_DIR") or BASE_DIR / "var")

# BAOKAN_ENV=production: no fallbacks for secrets, secure cookies, HTTPS only.
PRODUCTION = os.environ.get("BAOKAN_ENV", "").strip().lower() == "production"
if PRODUCTION:
    _missing = [n for n in ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS") if not os.environ.get(n)]
    if _missing:
        raise ImproperlyConfigured(
            f"BAOKAN_ENV=production needs {' and '.join(_missing)} set in the environment "
            "(see README, Running in production)."
        )

DEBUG = env_bool("DJANGO_DEBUG", False) and not PRODUCTION
# The embedded run on 127.0.0.1 may use this key; production refuses to start without one.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "baokan-embedded-insecure-key"
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")
    if h.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "archive",
    # Before haystack: search's rebuild_index, update_index and clear_index are
    # haystack's own, saying in a sentence when the engine does not answer.
    "search",
    "haystack",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "archive.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
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

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'baokan.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite will not create the folder it lives in; the embedded default must just work.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    # WAL lets readers go on while an ingest writes; the timeout makes a second
    # writer wait instead of failing with "database is locked". (A 64 MB page cache
    # took a person's page from 37 to 28 ms at 100k articles, but filled up and put
    # the gunicorn workers over their 250 MB: SQLite's 2 MB default stays.)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Django's own checks, applied by `create_editor` and the admin's password forms: an
# editor's password may no longer be `1`, the user name, or a common password.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names served by WhiteNoise with far-future caching.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Headers every response carries; archive.middleware adds the Content-Security-Policy.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if PRODUCTION:
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("BAOKAN_SSL_REDIRECT", True)
    # Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("BAOKAN_HSTS_SECONDS", 31_536_000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Unset: the embedded Whoosh index in DATA_DIR; elasticsearch://host:9200/baokan moves
# the index to Elasticsearch (search/config.py; README, Growing beyond one machine).
HAYSTACK_CONNECTIONS = haystack_connections(os.environ.get("BAOKAN_SEARCH_URL"), DATA_DIR)
# Saves change nothing in the index directly: `articles_changed` queues them and one
# writer applies the queue (search/queue.py): in production a process of its own
# (`process_index_queue --serve`, README), elsewhere a thread in each gunicorn worker.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
HAYSTACK_LIMIT_TO_REGISTERED_MODELS = False
HAYSTACK_QUEUE_WORKER = env_bool("BAOKAN_INDEX_QUEUE_WORKER", not PRODUCTION)
HAYSTACK_QUEUE_INTERVAL = 1.0

# --- Ingest (archive/ingest.py) -------------------------------------------------------
# A page file bigger than this is refused before it is read. Measured: a 21.7 MB page of
# 16 655 articles ingests and indexes at a 536 MB peak; anything much bigger is not a
# printed page (a whole archive in one file, a mislabelled binary).
BAOKAN_MAX_PAGE_BYTES = int(os.environ.get("BAOKAN_MAX_PAGE_BYTES", 32 * 1024 * 1024))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("BAOKAN_LOG_LEVEL", "WARNING")},
}

# --- Staff login throttle (archive/throttle.py; issue #5) ---------------------------
# After this many wrong passwords for one username from one address, that pair must
# wait BASE_DELAY seconds, doubling with each further failure up to MAX_DELAY. The
# counters are rows in the database. Behind BAOKAN_PROXY_COUNT proxies (1 in production:
# the README's nginx) the client's address is the one they appended to X-Forwarded-For.
BAOKAN_LOGIN_FREE_ATTEMPTS = int(os.environ.get("BAOKAN_LOGIN_FREE_ATTEMPTS", 5))
BAOKAN_LOGIN_BASE_DELAY = int(os.environ.get("BAOKAN_LOGIN_BASE_DELAY", 30))
BAOKAN_LOGIN_MAX_DELAY = int(os.environ.get("BAOKAN_LOGIN_MAX_DELAY", 900))
BAOKAN_PROXY_COUNT = int(os.environ.get("BAOKAN_PROXY_COUNT", 1 if PRODUCTION else 0))
