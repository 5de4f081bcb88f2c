"""Turns Wagtail's publish, unpublish, move and delete signals into queued webhook deliveries.

The rows are written by the signal receivers, so they join whatever transaction the change runs in:
a change that rolls back leaves no event, and nothing here talks to the network (the worker does).
"""

import json
import uuid

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import WebhookDelivery, WebhookEndpoint

PAGE_PUBLISHED = "page.published"
PAGE_UNPUBLISHED = "page.unpublished"
PAGE_MOVED = "page.moved"
PAGE_DELETED = "page.deleted"
EVENTS = (PAGE_PUBLISHED, PAGE_UNPUBLISHED, PAGE_MOVED, PAGE_DELETED)


def site_path(url_path):
    """The path a reader sees ("/guide/botox/"), from Wagtail's tree path ("/home/guide/botox/")."""
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return "/" + url_path[len(root.root_path) :]
    return None


def page_summary(page, url_path=None):
    content_type = page.cached_content_type
    return {
        "id": page.pk,
        "type": f"{content_type.app_label}.{content_type.model_class().__name__}",
        "title": page.title,
        "slug": page.slug,
        "path": site_path(url_path or page.url_path),
    }


def enqueue(event, page, **extra):
    """Queues one delivery of `event` about `page` per active endpoint; returns the rows."""
    endpoints = list(WebhookEndpoint.objects.filter(is_active=True))
    if not endpoints:
        return []
    event_id = uuid.uuid4()
    payload = {
        "id": str(event_id),
        "event": event,
        "occurred_at": timezone.now().isoformat(),
        "page": page_summary(page, extra.pop("url_path", None)),
        **extra,
    }
    body = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return WebhookDelivery.objects.bulk_create(
        WebhookDelivery(endpoint=endpoint, event_id=event_id, event=event, body=body) for endpoint in endpoints
    )


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    enqueue(PAGE_PUBLISHED, instance, revision_id=getattr(revision, "pk", None))


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    enqueue(PAGE_UNPUBLISHED, instance)


@receiver(post_page_move)
def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    # A reorder among siblings or a move of a draft changes nothing a reader can see.
    if url_path_before == url_path_after or not instance.live:
        return
    enqueue(PAGE_MOVED, instance, url_path=url_path_after, previous_path=site_path(url_path_before))


@receiver(pre_delete, sender=Page)
def on_page_deleted(sender, instance, **kwargs):
    # Deleting a page deletes its subtree; each page a reader may have seen gets its own event. Not
    # `live`: Wagtail's own pre_delete receiver unpublishes first (sending page.unpublished too).
    if instance.first_published_at:
        enqueue(PAGE_DELETED, instance)
