"""The Elasticsearch side of search: the article document, its versioned indices and the alias readers search.

Like elasticsearch-dsl's examples/alias_migration.py: every index is `<prefix>-articles-<timestamp>` and readers
only ever query the alias `<prefix>-articles`, so `migrate()` builds a complete new index and swaps the alias in
one atomic call. While a rebuild runs, the new index also carries the write alias `<prefix>-articles-building`, so
the outbox worker writes to both and nothing published during a rebuild is lost. Indices are created with explicit
settings and mappings rather than an index template, so test runs with different prefixes never share one.

Text fields come in two kinds: raw text (`title`, `summary`, `body`) kept for snippets and for the
did-you-mean spelling field, and `*_tokens` fields holding the output of `search.pipeline`, which queries match.
"""

import logging
import time
from datetime import UTC, datetime

from django.conf import settings
from django.utils.html import strip_tags
from elasticsearch import NotFoundError
from elasticsearch.helpers import bulk
from elasticsearch_dsl import Completion, Date, Document, Index, Integer, Keyword, Text

from search.connection import get_client
from search.pipeline import analyzed_text, fold_for_suggest

logger = logging.getLogger(__name__)

# Body blocks whose text is not something a reader searches for.
SKIPPED_BLOCKS = {"references"}
HEADING_BLOCKS = {"heading"}
UNKNOWN_STATUS = "unknown"


class ArticleDocument(Document):
    page_id = Integer()
    title = Text(analyzer="standard", copy_to="spell")
    summary = Text(analyzer="standard", copy_to="spell")
    body = Text(analyzer="standard", copy_to="spell")
    title_tokens = Text(analyzer="standard")
    headings_tokens = Text(analyzer="standard")
    summary_tokens = Text(analyzer="standard")
    body_tokens = Text(analyzer="standard")
    spell = Text(analyzer="standard")
    tags = Keyword()
    category = Keyword()
    category_name = Keyword()
    author = Keyword()
    reviewer = Keyword()
    review_status = Keyword()
    written_date = Date()
    last_updated = Date()
    last_reviewed = Date()
    next_review_due = Date()
    url = Keyword(index=False)
    suggest = Completion(analyzer="standard", preserve_separators=True)


def alias_name():
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-articles"


def building_alias_name():
    return f"{alias_name()}-building"


def index_pattern():
    return f"{alias_name()}-*"


def _index(name):
    index = Index(name)
    index.settings(
        number_of_shards=settings.ELASTICSEARCH_SHARDS,
        number_of_replicas=settings.ELASTICSEARCH_REPLICAS,
    )
    index.document(ArticleDocument)
    return index


def _next_index_name():
    return f"{alias_name()}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"


def live_indices():
    """The concrete index names behind the read alias (normally exactly one)."""
    try:
        return sorted(get_client().indices.get_alias(name=alias_name()))
    except NotFoundError:
        return []


def setup():
    """Makes sure the alias exists, creating an empty first index if this prefix has none yet."""
    client = get_client()
    if not client.indices.exists_alias(name=alias_name()):
        migrate(load=False)


def migrate(load=True):
    """Builds a new versioned index (filled from the database when `load`), swaps the alias, drops old indices.

    Readers keep querying the old index until the single `update_aliases` call, so a rebuild never shows them an
    empty or half-filled index. Returns the new index name.
    """
    client = get_client()
    new_index = _next_index_name()
    _index(new_index).create(using=client)
    client.indices.put_alias(index=new_index, name=building_alias_name())
    old_indices = live_indices()
    try:
        if load:
            load_all(new_index)
        client.indices.refresh(index=new_index)
    except Exception:
        client.indices.delete(index=new_index, ignore_unavailable=True)
        raise
    actions = [{"add": {"index": new_index, "alias": alias_name()}}]
    actions += [{"remove": {"index": old, "alias": alias_name()}} for old in old_indices]
    actions.append({"remove": {"index": new_index, "alias": building_alias_name()}})
    client.indices.update_aliases(actions=actions)
    if old_indices:
        client.indices.delete(index=",".join(old_indices), ignore_unavailable=True)
    logger.info("search index %s is live (replaced %s)", new_index, old_indices or "nothing")
    return new_index


def indexable_articles():
    """Only live, public articles ever reach the index (DESIGN.md invariant 4)."""
    from articles.models import ArticlePage

    return (
        ArticlePage.objects.live().public().select_related("author", "category").prefetch_related("tags").order_by("pk")
    )


def load_all(index_name):
    """Bulk-loads every indexable article into `index_name`; versions make it lose to any newer worker write."""
    version = time.time_ns()  # taken before reading, so a later worker write (newer data) always wins
    actions = (
        {
            "_op_type": "index",
            "_index": index_name,
            "_id": page.pk,
            "version": version,
            "version_type": "external_gte",
            "_source": build_document(page),
        }
        for page in indexable_articles().iterator(chunk_size=200)
    )
    bulk(get_client(), actions, chunk_size=200, raise_on_error=False)


def body_text(page):
    """All readable text of the body (questions, answers, facts, pros, cons, side effects, cells, conditions)."""
    parts, headings = [], []
    for child in page.body:
        if child.block_type in SKIPPED_BLOCKS:
            continue
        if child.block_type == "before_after_gallery":
            texts = _gallery_text(child.value)
        else:
            texts = child.block.get_searchable_content(child.value)
        texts = [strip_tags(str(text)).strip() for text in texts if text]
        parts.extend(texts)
        if child.block_type in HEADING_BLOCKS:
            headings.extend(texts)
        elif child.block_type == "question_answer":
            headings.append(strip_tags(str(child.value.get("question", ""))))
    return "\n".join(text for text in parts if text), "\n".join(headings)


def _gallery_text(value):
    """Captions of before/after pairs whose patient consent is still valid; a withdrawn consent hides its words."""
    texts = [value.get("title", "")]
    for pair in value.get("pairs", []):
        if _pair_is_shown(pair):
            texts += [pair.get("treatment", ""), pair.get("caption", "")]
    return texts


def _pair_is_shown(pair):
    """Adapter to the images engineer's consent rule; until it exists every pair is shown."""
    try:
        from articles.gallery.consent import pair_is_shown
    except ImportError:
        return True
    return pair_is_shown(pair)


def _byline_facts(page):
    """Adapter to the review engineer's `reviews.byline.byline_facts`; without it, status "unknown"."""
    try:
        from reviews.byline import byline_facts
    except ImportError:
        return {"review_status": UNKNOWN_STATUS}
    return byline_facts(page)


def _review_status(page):
    """The review status as of now: "current", "due soon", "overdue", or "unknown" without the reviews app."""
    return _byline_facts(page).get("review_status") or UNKNOWN_STATUS


def _url(page):
    try:
        url = page.get_url()
    except Exception:  # noqa: BLE001 - a page outside any site still has its tree path
        url = None
    return url or page.url_path


def build_document(page):
    """The `_source` of one article: raw text for snippets, pipeline tokens for matching, facets, suggest inputs."""
    body, headings = body_text(page)
    facts = _byline_facts(page)
    category = page.category
    title_words = fold_for_suggest(page.title).split()
    suggest_inputs = [" ".join(title_words[start:]) for start in range(min(len(title_words), 6))]
    return {
        "page_id": page.pk,
        "title": page.title,
        "summary": page.summary,
        "body": body,
        "title_tokens": analyzed_text(page.title),
        "headings_tokens": analyzed_text(headings),
        "summary_tokens": analyzed_text(page.summary),
        "body_tokens": analyzed_text(body),
        "tags": sorted(tag.name for tag in page.tags.all()),
        "category": category.slug if category else None,
        "category_name": category.name if category else None,
        "author": page.author.name if page.author_id else None,
        "reviewer": facts.get("reviewer"),
        "review_status": facts.get("review_status") or UNKNOWN_STATUS,
        "next_review_due": facts.get("next_review_due"),
        "written_date": page.written_date,
        "last_updated": page.last_updated,
        "last_reviewed": facts.get("last_reviewed"),
        "url": _url(page),
        "suggest": {"input": [text for text in suggest_inputs if text], "weight": 10},
    }
