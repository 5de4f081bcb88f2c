"""One consent rule for templates, the API and search: a pair is shown only while its consent allows it.

`visible_pairs(gallery_value)` is what the page template, the API serializer and the search document
call; `reindex_pages_using(consent)` asks search to look again at every live page showing a consent's pairs.
"""

import logging

from django.db.models import Q, TextField
from django.db.models.functions import Cast

logger = logging.getLogger(__name__)

GALLERY_BLOCK = "before_after_gallery"


def _consent_of(pair):
    """The pair's GalleryConsent, from a StructValue (instance) or raw stream data (a primary key)."""
    from .models import GalleryConsent

    consent = pair.get("consent") if hasattr(pair, "get") else None
    if consent is None or isinstance(consent, GalleryConsent):
        return consent
    return GalleryConsent.objects.filter(pk=consent).first()


def pair_is_shown(pair):
    """True while the pair's consent is valid; a pair without a consent record is never shown."""
    consent = _consent_of(pair)
    return consent is not None and consent.allows_publication()


def visible_pairs(gallery_value):
    """The pairs of a gallery (its StructValue, or its list of pairs) that readers may see."""
    if gallery_value is None:
        return []
    pairs = gallery_value.get("pairs", []) if hasattr(gallery_value, "get") else gallery_value
    return [pair for pair in pairs if pair_is_shown(pair)]


def _raw_consent_ids(stream_data):
    for child in stream_data or []:
        if child.get("type") != GALLERY_BLOCK:
            continue
        for item in (child.get("value") or {}).get("pairs") or []:
            # ListBlock stores items as {"type": "item", "value": ..., "id": ...}; old data as bare values.
            value = item.get("value", item) if isinstance(item, dict) else {}
            if isinstance(value, dict) and value.get("consent") is not None:
                yield value["consent"]


def live_pages_using(consent):
    """Ids of live articles whose live content shows a pair under this consent."""
    from articles.models import ArticlePage

    marker = f'"consent": {consent.pk}'
    candidates = (
        ArticlePage.objects.live()
        .annotate(body_text=Cast("body", TextField()))
        .filter(Q(body_text__contains=f"{marker},") | Q(body_text__contains=f"{marker}}}"))
    )
    return [page.pk for page in candidates if consent.pk in set(_raw_consent_ids(page.body.raw_data))]


def _enqueue_page(page_id):
    """search.sync.enqueue_page writes the outbox row in our transaction; without it, index at once."""
    try:
        from search.sync import enqueue_page
    except ImportError:
        from wagtail.models import Page
        from wagtail.search.index import insert_or_update_object

        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            insert_or_update_object(page.specific)
        return
    enqueue_page(page_id)


def reindex_pages_using(consent):
    page_ids = live_pages_using(consent)
    for page_id in page_ids:
        _enqueue_page(page_id)
    logger.info("Consent %s changed: %d live page(s) queued for search", consent.pk, len(page_ids))
    return page_ids


def shown_gallery(gallery_value):
    """A copy of a gallery StructValue holding only its visible pairs (block ids kept), for rendering and the API."""
    from wagtail.blocks.list_block import ListValue

    if gallery_value is None or "pairs" not in gallery_value:
        return gallery_value
    pairs = gallery_value["pairs"]
    if isinstance(pairs, ListValue):
        kept = ListValue(
            pairs.list_block, bound_blocks=[item for item in pairs.bound_blocks if pair_is_shown(item.value)]
        )
    else:
        kept = visible_pairs(pairs)
    return type(gallery_value)(
        gallery_value.block, [(name, kept if name == "pairs" else value) for name, value in gallery_value.items()]
    )
