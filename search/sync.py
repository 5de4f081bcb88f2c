"""Keeping the index in step with the database: an outbox written with the change, drained by a worker.

Why `post_save` and not `page_published`: Wagtail 8's PublishRevisionAction is not wrapped in a transaction and
sends `page_published` after `page.save()` returned, so a crash in between would lose the index update. Every way
a page goes live, goes dark, moves or is edited lands in `Page.save()`, which is `@transaction.atomic`, and its
`post_save` runs inside that transaction: the outbox row commits or rolls back with the page row. Deletes use
`post_delete` (inside Wagtail's delete transaction); privacy changes use the view restriction's own signals.

The worker never trusts the row's action: it looks at the page as it is now (live and public, or not), so rows
can be drained in order, repeated or merged without ever putting an old state into the index.
"""

import logging
import time
from datetime import timedelta

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError
from elasticsearch.helpers import BulkIndexError, bulk
from wagtail.models import Page, PageViewRestriction

from search import documents
from search.connection import get_client, is_configured
from search.models import IndexOutbox

logger = logging.getLogger(__name__)

# Fields a draft save touches (save_revision, locks): no change to what readers see, so no outbox row.
BOOKKEEPING_FIELDS = {
    "draft_title",
    "latest_revision",
    "latest_revision_id",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "locked_by_id",
    "latest_revision_created_at",
}


class SearchUnavailable(RuntimeError):
    """Elasticsearch did not answer; outbox rows stay where they are until it does."""


def _article_ids(pages_queryset):
    from articles.models import ArticlePage

    return list(ArticlePage.objects.filter(pk__in=pages_queryset.values("pk")).values_list("pk", flat=True))


def enqueue_page(page_id, action=IndexOutbox.ACTION_UPSERT):
    """Asks the worker to look at this page again, in the caller's transaction.

    The public hook for other apps: the images engineer calls it when a gallery consent is withdrawn.
    Without ELASTICSEARCH_URL there is no index to follow and no worker, so nothing is queued
    (`search_index rebuild` fills a newly configured index).
    """
    if not is_configured():
        return None
    return IndexOutbox.objects.create(page_id=page_id, action=action)


def enqueue_pages(page_ids, action=IndexOutbox.ACTION_UPSERT):
    if is_configured():
        IndexOutbox.objects.bulk_create([IndexOutbox(page_id=page_id, action=action) for page_id in page_ids])


def enqueue_subtree(page, action=IndexOutbox.ACTION_UPSERT):
    """The page and every article below it (a move or a privacy change affects them all)."""
    enqueue_pages(_article_ids(Page.objects.filter(path__startswith=page.path)), action)


def _is_article(page):
    from articles.models import ArticlePage

    if isinstance(page, ArticlePage):
        return True
    content_type = getattr(page, "content_type", None) if page.content_type_id else None
    return content_type is not None and content_type.model_class() is ArticlePage


@receiver(pre_save, dispatch_uid="search-remember-url-path")
def remember_url_path(sender, instance, raw=False, update_fields=None, **kwargs):
    """Notes the stored url_path so post_save can tell a move (which changes every descendant's URL)."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and "url_path" not in update_fields:
        return
    instance._search_old_url_path = Page.objects.filter(pk=instance.pk).values_list("url_path", flat=True).first()


@receiver(post_save, dispatch_uid="search-outbox-on-page-save")
def page_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    old_url_path = getattr(instance, "_search_old_url_path", None)
    if old_url_path and old_url_path != instance.url_path:
        enqueue_subtree(instance)
    elif _is_article(instance):
        enqueue_page(instance.pk)


@receiver(post_delete, dispatch_uid="search-outbox-on-page-delete")
def page_deleted(sender, instance, **kwargs):
    from articles.models import ArticlePage

    if sender is ArticlePage:
        enqueue_page(instance.pk, IndexOutbox.ACTION_DELETE)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="search-outbox-on-restriction-save")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="search-outbox-on-restriction-delete")
def privacy_changed(sender, instance, **kwargs):
    try:
        page = Page.objects.get(pk=instance.page_id)
    except Page.DoesNotExist:  # the restriction goes with its deleted page; the page's own delete queued it
        return
    enqueue_subtree(page)


@receiver(post_save, sender="articles.Category", dispatch_uid="search-outbox-on-category-save")
@receiver(post_save, sender="articles.Person", dispatch_uid="search-outbox-on-person-save")
def byline_or_category_changed(sender, instance, raw=False, **kwargs):
    """Documents carry the category and author names: renaming one updates the articles that show it."""
    from articles.models import ArticlePage

    if raw:
        return
    field = "category" if sender._meta.model_name == "category" else "author"
    enqueue_pages(ArticlePage.objects.live().filter(**{field: instance}).values_list("pk", flat=True))


@receiver(post_save, sender="reviews.ArticleReviewSettings", dispatch_uid="search-outbox-on-review-interval")
@receiver(post_delete, sender="reviews.ArticleReviewSettings", dispatch_uid="search-outbox-on-review-interval-del")
def review_interval_changed(sender, instance, raw=False, **kwargs):
    """A shorter or longer review interval moves the indexed next-review date."""
    if not raw:
        enqueue_page(instance.page_id)


def _write_targets(client):
    """The read alias, plus the building index of a rebuild in progress so its new index misses nothing."""
    targets = [documents.alias_name()]
    if client.indices.exists_alias(name=documents.building_alias_name()):
        targets.append(documents.building_alias_name())
    return targets


# Up to this many pages a batch refreshes the index itself (a publish is searchable as soon as the write returns);
# a larger batch waits for Elasticsearch's own refresh instead of forcing many small segments.
REFRESH_NOW_MAX = 20


def _apply(page_ids):
    """Writes the current state of these pages to every target; raises SearchUnavailable on any failure."""
    version = time.time_ns()  # taken before reading the pages, so an older read never overwrites newer data
    pages = list(documents.indexable_articles().filter(pk__in=page_ids))
    sources = {document["page_id"]: document for document in documents.build_documents(pages)}
    client = get_client()
    documents.setup()
    targets = _write_targets(client)
    actions = []
    for target in targets:
        for page_id in page_ids:
            common = {"_index": target, "_id": page_id, "version": version, "version_type": "external_gte"}
            if page_id in sources:
                actions.append({**common, "_op_type": "index", "_source": sources[page_id]})
            else:
                actions.append({**common, "_op_type": "delete"})
    # A rebuild's new index does not refresh by itself while it loads, so "wait_for" would wait for its end.
    refresh = True if len(page_ids) <= REFRESH_NOW_MAX or len(targets) > 1 else "wait_for"
    try:
        bulk(client, actions, require_alias=True, refresh=refresh, raise_on_error=True)
    except BulkIndexError as error:
        failures = [item for item in error.errors if not _is_harmless(item)]
        if failures:
            raise SearchUnavailable(f"{len(failures)} index writes failed, first: {failures[0]}") from error


def _is_harmless(item):
    """A delete of a document that was never indexed, or a write that lost to a newer one, needs no retry."""
    ((op, result),) = item.items()
    return result.get("status") == 409 or (op == "delete" and result.get("status") == 404)


def drain_outbox(batch_size=200):
    """Processes outbox rows in id order until none are left; returns how many rows it consumed.

    Rows are deleted only after Elasticsearch accepted the writes, so a failure leaves them for the next run.
    Rows written while a batch is processed get higher ids and are picked up by the next batch.
    """
    if not is_configured():
        return 0
    consumed = 0
    while True:
        rows = list(IndexOutbox.objects.order_by("id").values_list("id", "page_id")[:batch_size])
        if not rows:
            return consumed
        page_ids = list(dict.fromkeys(page_id for _, page_id in rows))
        try:
            _apply(page_ids)
        except (TransportConnectionError, ConnectionTimeout, ApiError) as error:
            raise SearchUnavailable(f"Elasticsearch is not answering: {error}") from error
        IndexOutbox.objects.filter(id__in=[row_id for row_id, _ in rows]).delete()
        consumed += len(rows)


def outbox_status():
    """Length of the outbox and the age of its oldest row, for `search_index status` and /healthz."""
    oldest = IndexOutbox.objects.order_by("id").values_list("created_at", flat=True).first()
    age = (timezone.now() - oldest) if oldest else timedelta(0)
    return {"length": IndexOutbox.objects.count(), "oldest_age_seconds": round(age.total_seconds(), 1)}
