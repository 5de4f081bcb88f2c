"""Settings for `make bench` and `make load`: production behaviour on loopback, plus the stock baseline's routes.

Like production (DEBUG off, no debug toolbar, the same middleware and caches), but served over plain HTTP on
127.0.0.1 and with its own index prefix so a benchmark never touches another run's indices.
"""

import os

from cms.settings.base import *  # noqa: F403

SECRET_KEY = os.environ.get("SECRET_KEY") or "bench-only-key-loopback"  # noqa: S105 - loopback benchmark only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX") or "bench"
# Index creation and bulk loads of a 10,000-article corpus can exceed 5 s on two busy cores.
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "30"))
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

# The project's routes plus the stock Wagtail API v2 and database-search baseline (bench/stock.py).
ROOT_URLCONF = "bench.urls"
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")  # noqa: F405
