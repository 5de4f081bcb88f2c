"""HTTP caching for the delivery API: ETag, Last-Modified, conditional GET (304) and Cache-Control.

The ETag is a hash of the rendered response, so it changes whenever anything a client sees changes (a new
revision, an unpublished related article, an expired gallery consent) and is the validator to rely on.
Last-Modified is the latest change recorded anywhere in the content: an audit-log entry (publish, unpublish,
delete, move, privacy change, consent change) or the publish of a page the response shows. It is
conservative, site-wide for removals, so an If-Modified-Since answer of 304 is never wrong about a removal.
"""

import hashlib

from django.conf import settings
from django.db import connection
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from wagtail.models import ModelLogEntry, Page, PageLogEntry


def content_changed_at(pages=None, request=None):
    """The most recent moment the public content could have changed, or None on an empty site.

    With `pages` (what a response shows), their own publish dates stand in for the site-wide latest
    publish: that maximum is a scan of the whole page table, the audit logs' maxima are index lookups,
    and every publish, unpublish, move, delete, privacy or consent change is in the audit log anyway.
    """
    if pages is None:
        return _latest_of([(PageLogEntry, "timestamp"), (ModelLogEntry, "timestamp"), (Page, "last_published_at")])
    published = [page.last_published_at for page in pages if page.last_published_at]
    candidates = [moment for moment in (logged_change_at(request), *published) if moment is not None]
    return max(candidates) if candidates else None


def logged_change_at(request=None):
    """The time of the latest audit-log entry (pages and other models), read once per request."""
    if request is not None and hasattr(request, "_guide_logged_change_at"):
        return request._guide_logged_change_at
    moment = _latest_of([(PageLogEntry, "timestamp"), (ModelLogEntry, "timestamp")])
    if request is not None:
        request._guide_logged_change_at = moment
    return moment


def _latest_of(columns):
    """The latest of MAX(column) over (model, column) pairs, in one round trip (GREATEST skips NULLs)."""
    quote = connection.ops.quote_name
    maxima = ", ".join(
        f"(SELECT MAX({quote(column)}) FROM {quote(model._meta.db_table)})"  # noqa: S608 - quoted model names
        for model, column in columns
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT GREATEST({maxima})")
        return cursor.fetchone()[0]


def body_etag(content, variant=""):
    """A strong ETag over the rendered body; `variant` separates renderings (JSON vs browsable HTML)."""
    return '"' + hashlib.sha256(variant.encode() + b"\n" + content).hexdigest()[:40] + '"'


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
        # Rendered here, once: hashing the bytes a client gets is exact and far cheaper than re-serialising.
        response.render()
        etag = body_etag(response.content, variant=getattr(renderer, "format", ""))
        last_modified = content_changed_at(getattr(self, "served_pages", None), request)
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
