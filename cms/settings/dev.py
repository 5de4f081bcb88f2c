"""Local development: the embedded defaults, no service needed."""

import os

from .base import *  # noqa: F403
from .base import STORAGES, env_list

DEBUG = True
# A fixed key is acceptable for a local, loopback-only development server.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
DEMO_ACCOUNT_PASSWORD = os.environ.get("DEMO_ACCOUNT_PASSWORD") or "guide-demo"  # noqa: S105 - documented dev-only default
WHITENOISE_AUTOREFRESH = True  # serve static files from the apps, no collectstatic needed
