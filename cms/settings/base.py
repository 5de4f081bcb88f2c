"""Settings shared by every environment: secure by default, configured from the environment.

Each variable is described in ../shared/CONTRACT.md and the README; unset means the embedded default
(SQLite, Wagtail's database search, media on local disk).
"""

import os
from pathlib import Path

import dj_database_url
from botocore.config import Config as BotoConfig
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "")
    if not value:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from error


def env_bool(name, default=False):
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return value in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "articles",
    "articles.gallery",
    "reviews",
    "search",
    "cms.api",
    "cms.webhooks",
    "wagtail_headless_preview",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "ninja",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "storages",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.api.middleware.RejectNulCharactersMiddleware",
    "cms.api.middleware.RootPageActionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

# Images and renditions go to S3 when a bucket is configured, to local disk otherwise (articles/gallery/storage.py).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
AWS_S3_FILE_OVERWRITE = False
AWS_DEFAULT_ACL = None
# Without a CDN domain the objects stay private and are served through short-lived presigned URLs.
AWS_QUERYSTRING_AUTH = AWS_S3_CUSTOM_DOMAIN is None
AWS_QUERYSTRING_EXPIRE = env_int("AWS_QUERYSTRING_EXPIRE", 3600)
# Cache-Control is set per object by the storage: public and immutable behind a CDN, private otherwise.
AWS_S3_OBJECT_PARAMETERS = {}
# An unreachable S3 fails an upload within seconds, with a message, instead of hanging the writer's browser.
AWS_S3_CLIENT_CONFIG = BotoConfig(
    signature_version="s3v4",
    connect_timeout=env_int("AWS_S3_CONNECT_TIMEOUT", 5),
    read_timeout=env_int("AWS_S3_READ_TIMEOUT", 30),
    retries={"mode": "standard", "max_attempts": 3},
)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "articles.gallery.storage.GuideS3Storage"}

# Every upload path (admin, multiple upload, chooser, API v3) builds its form on this base: checks, stripping.
WAGTAILIMAGES_IMAGE_FORM_BASE = "articles.gallery.forms.GuideImageForm"
GUIDE_IMAGE_MAX_BYTES = env_int("GUIDE_IMAGE_MAX_BYTES", 10 * 1024 * 1024)
GUIDE_IMAGE_MAX_PIXELS = env_int("GUIDE_IMAGE_MAX_PIXELS", 40_000_000)
# Wagtail's own limits only feed the uploader's help text and browser-side checks; ours decide.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = GUIDE_IMAGE_MAX_BYTES
WAGTAILIMAGES_MAX_IMAGE_PIXELS = GUIDE_IMAGE_MAX_PIXELS
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security: the secure choices are the defaults; test.py and dev.py relax what they must.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "guide@example.com")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {name: {"level": "WARNING"} for name in ("elastic_transport", "django_tasks", "wagtail")},
}

# Wagtail
WAGTAIL_SITE_NAME = "Medical Guide"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "articles.GuideImage"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50

# The admin keeps using Wagtail's database backend; public search goes to Elasticsearch (search/).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "cms")
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "5"))
ELASTICSEARCH_SHARDS = env_int("ELASTICSEARCH_SHARDS", 1)
ELASTICSEARCH_REPLICAS = env_int("ELASTICSEARCH_REPLICAS", 0)

MEDICAL_REVIEW_INTERVAL_DAYS = env_int("MEDICAL_REVIEW_INTERVAL_DAYS", 365)
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]

# Wagtail's live preview shows the page in a same-origin iframe, so SAMEORIGIN (not DENY) is deliberate.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Delivery API (docs/api.md): the frontend that shows drafts, HTTP caching, publish webhooks.
FRONTEND_URL = os.environ.get("FRONTEND_URL", "http://localhost:3000")
WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": f"{FRONTEND_URL.rstrip('/')}/preview"}}
HEADLESS_PREVIEW_TOKEN_MAX_AGE = env_int("HEADLESS_PREVIEW_TOKEN_MAX_AGE", 60 * 60)
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
API_CACHE_STALE_WHILE_REVALIDATE = env_int("API_CACHE_STALE_WHILE_REVALIDATE", 300)
# Each web worker keeps built article content (cms/api/article_content.py) and signed image URLs in memory.
# Django's default of 300 entries is less than one page of a busy list endpoint: a few thousand articles
# (about 25 KB each) keep the hot part of the guide built. Entries are never stale; the size only bounds memory.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "guide",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 3000)},
    }
}
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 10)
WEBHOOK_TIMEOUT_SECONDS = env_int("WEBHOOK_TIMEOUT_SECONDS", 5)
WEBHOOK_RETRY_BASE_SECONDS = env_int("WEBHOOK_RETRY_BASE_SECONDS", 30)

# Autosave is off: every revision of an article is something a medical reviewer compares and signs. Wagtail 8.0's
# background autosaves made "compare with previous" empty and raced with workflow actions (Approve ran twice: a 500).
WAGTAIL_AUTOSAVE_INTERVAL = 0
