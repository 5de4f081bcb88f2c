"""HTTP caching for the delivery API: ETag, Last-Modified, conditional GET (304) and Cache-Control.

The ETag is a hash of the response data, so it changes whenever anything a client sees changes (a new
revision, an unpublished related article, an expired gallery consent) and is the validator to rely on.
Last-Modified is the latest change recorded anywhere in the content: a publish, or an audit-log entry
(unpublish, delete, move, privacy change, consent change). It is conservative, one timestamp for the
whole site, so an If-Modified-Since answer of 304 is never wrong about a removal.
"""

import hashlib
import json

from django.conf import settings
from django.db.models import Max
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from wagtail.models import ModelLogEntry, Page, PageLogEntry


def content_changed_at():
    """The most recent moment the public content could have changed, or None on an empty site."""
    candidates = [
        Page.objects.aggregate(at=Max("last_published_at"))["at"],
        PageLogEntry.objects.aggregate(at=Max("timestamp"))["at"],
        ModelLogEntry.objects.aggregate(at=Max("timestamp"))["at"],
    ]
    candidates = [moment for moment in candidates if moment is not None]
    return max(candidates) if candidates else None


def data_etag(data, variant=""):
    """A strong ETag over the serialised data; `variant` separates renderings (JSON vs browsable HTML)."""
    payload = json.dumps(data, sort_keys=True, default=str, separators=(",", ":"))
    return '"' + hashlib.sha256(f"{variant}\n{payload}".encode()).hexdigest()[:40] + '"'


def is_personalised(request):
    """Signed-in users and visitors who unlocked a password-protected page may see non-public pages."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    session = getattr(request, "session", None)
    return bool(session is not None and session.get("wagtail-page-passed-restrictions"))


class ConditionalGetMixin:
    """For Wagtail API v2 viewsets: validators on every 200, 304 when the client's copy is current."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        renderer = getattr(response, "accepted_renderer", None)
        etag = data_etag(response.data, variant=getattr(renderer, "format", ""))
        last_modified = content_changed_at()
        response["ETag"] = etag
        if last_modified:
            response["Last-Modified"] = http_date(last_modified.timestamp())
        self.patch_cache_headers(request, response)
        conditional = get_conditional_response(
            request,
            etag=etag,
            last_modified=last_modified and int(last_modified.timestamp()),
            response=response,
        )
        if conditional is not response:
            self.patch_cache_headers(request, conditional)
        return conditional

    def patch_cache_headers(self, request, response):
        patch_vary_headers(response, ["Cookie", "Authorization"])
        if is_personalised(request):
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(
                response,
                public=True,
                max_age=settings.API_CACHE_MAX_AGE,
                stale_while_revalidate=settings.API_CACHE_STALE_WHILE_REVALIDATE,
            )
