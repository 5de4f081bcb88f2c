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
import multiprocessing
import time
from collections import deque
from datetime import UTC, datetime

from django.conf import settings
from django.db import connection, connections
from django.utils.html import strip_tags
from elastic_transport import TransportError
from elasticsearch import ApiError, NotFoundError
from elasticsearch.helpers import bulk
from elasticsearch_dsl import Completion, Date, Document, Index, Integer, Keyword, Text
from wagtail import blocks

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
    body = Text(index=False, copy_to="spell")  # only shown (snippets); queries match body_tokens
    # search.pipeline's terms, already folded, stemmed and split into [a-z0-9]+: Elasticsearch only splits on
    # spaces (the standard tokenizer would give the same terms, at several times the cost per word).
    title_tokens = Text(analyzer="whitespace")
    headings_tokens = Text(analyzer="whitespace")
    summary_tokens = Text(analyzer="whitespace")
    body_tokens = Text(analyzer="whitespace")
    # Did-you-mean's vocabulary: the term suggester reads document frequencies only, so no positions are kept.
    spell = Text(analyzer="standard", index_options="docs", norms=False)
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
    index = _index(new_index)
    if load:  # no periodic refresh while loading: nobody searches the new index before the swap
        index.settings(refresh_interval="-1")
    index.create(using=client)
    client.indices.put_alias(index=new_index, name=building_alias_name())
    old_indices = live_indices()
    try:
        if load:
            load_all(new_index)
            client.indices.put_settings(index=new_index, settings={"index": {"refresh_interval": None}})
        client.indices.refresh(index=new_index)
    except Exception:
        client.indices.delete(index=new_index, ignore_unavailable=True)
        raise
    if load:
        _merge_segments(client, new_index)
    actions = [{"add": {"index": new_index, "alias": alias_name()}}]
    actions += [{"remove": {"index": old, "alias": alias_name()}} for old in old_indices]
    actions.append({"remove": {"index": new_index, "alias": building_alias_name()}})
    client.indices.update_aliases(actions=actions)
    if old_indices:
        client.indices.delete(index=",".join(old_indices), ignore_unavailable=True)
    logger.info("search index %s is live (replaced %s)", new_index, old_indices or "nothing")
    return new_index


def _merge_segments(client, index_name):
    """One segment per shard before readers see the index: fuzzy terms then expand over one term dictionary,
    not one per segment (Elasticsearch's `took` for the benchmark queries: p50 18 -> 13 ms on 10,000 articles,
    for about 4 s of merging). A failed merge leaves a working index, so it only logs."""
    try:
        client.options(request_timeout=900).indices.forcemerge(index=index_name, max_num_segments=1)
    except (ApiError, TransportError) as error:
        logger.warning("search index %s: merging segments failed (%s); it works, a little slower", index_name, error)


def indexable_articles():
    """Only live, public articles ever reach the index (DESIGN.md invariant 4)."""
    from articles.models import ArticlePage

    return (
        ArticlePage.objects.live().public().select_related("author", "category").prefetch_related("tags").order_by("pk")
    )


# Articles per database read and per document build: sign-offs, review settings and tags load once per chunk.
BUILD_CHUNK = 200
# Documents per bulk request (each carries ~20 KB of body text and its tokens).
BULK_CHUNK = 200
# Processes building documents during a rebuild while this one streams them to Elasticsearch (0: build here).
BUILD_PROCESSES = 2
# Chunks built ahead of the bulk writes, per process: enough to keep both busy, few enough to bound memory.
CHUNKS_AHEAD = 2


def chunked_articles(queryset=None, size=BUILD_CHUNK):
    """Lists of at most `size` indexable articles, read with a server-side cursor (tags prefetched per chunk)."""
    chunk = []
    for page in (queryset if queryset is not None else indexable_articles()).iterator(chunk_size=size):
        chunk.append(page)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _build_chunk(page_ids):
    """The documents of these articles (those still indexable), read in one chunk; runs in a builder process too."""
    return build_documents(indexable_articles().filter(pk__in=page_ids))


def all_documents(processes=BUILD_PROCESSES):
    """Every indexable article's document, built in chunks by `processes` forked builders, in page id order.

    Builders read through their own database connections, so they would not see rows of a transaction that is
    still open here (a test's): then, or for a corpus of a few chunks, the documents are built in this process.
    """
    ids = list(indexable_articles().values_list("pk", flat=True))
    chunks = [ids[start : start + BUILD_CHUNK] for start in range(0, len(ids), BUILD_CHUNK)]
    if processes < 1 or len(chunks) <= processes or connection.in_atomic_block:
        for chunk in chunks:
            yield from _build_chunk(chunk)
        return
    connections.close_all()  # a forked builder must open its own connection, never share this one
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pending = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_build_chunk, (chunk,)))
            if len(pending) >= processes * CHUNKS_AHEAD:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def load_all(index_name, processes=BUILD_PROCESSES):
    """Bulk-loads every indexable article into `index_name`; versions make it lose to any newer worker write."""
    version = time.time_ns()  # taken before reading, so a later worker write (newer data) always wins
    actions = (
        {
            "_op_type": "index",
            "_index": index_name,
            "_id": document["page_id"],
            "version": version,
            "version_type": "external_gte",
            "_source": document,
        }
        for document in all_documents(processes)
    )
    bulk(get_client(), actions, chunk_size=BULK_CHUNK, raise_on_error=False)


def body_text(page, choice_labels=None):
    """All readable text of the body (questions, answers, facts, pros, cons, side effects, cells, conditions).

    `choice_labels`: a dict shared by the documents of one chunk (see `stored_searchable_content`).
    """
    parts, headings = [], []
    stream_block = page.body.stream_block
    choice_labels = {} if choice_labels is None else choice_labels
    for index, item in enumerate(page.body.raw_data):
        block_type = item["type"]
        block = stream_block.child_blocks.get(block_type)
        if block is None or block_type in SKIPPED_BLOCKS:
            continue
        if block_type == "before_after_gallery":
            texts = _gallery_text(page.body[index].value)
        else:
            texts = stored_searchable_content(block, item["value"], choice_labels)
        texts = [_plain(str(text)).strip() for text in texts if text]
        parts.extend(texts)
        if block_type in HEADING_BLOCKS:
            headings.extend(texts)
        elif block_type == "question_answer":
            headings.append(_plain(str(_struct_child_value(block, item["value"], "question"))))
    return "\n".join(text for text in parts if text), "\n".join(headings)


# Block classes whose get_searchable_content `stored_searchable_content` follows on the stored JSON itself.
_WALKED = {
    blocks.Block.get_searchable_content: "nothing",
    blocks.StructBlock.get_searchable_content: "struct",
    blocks.ListBlock.get_searchable_content: "list",
    blocks.StreamBlock.get_searchable_content: "stream",
    blocks.ChoiceBlock.get_searchable_content: "choice",
}


def stored_searchable_content(block, raw, choice_labels=None):
    """`block.get_searchable_content(block.to_python(raw))`, read from the stored JSON `raw`.

    Building block values (struct values, list children, choice normalisation) was most of the cost of a
    document. This walk follows Wagtail's own get_searchable_content of struct, list, stream and choice blocks
    over the stored data; a block class with its own get_searchable_content gets its converted value, as before.
    `choice_labels` remembers the text of choices already looked up (pass one dict per chunk of documents).
    """
    kind = _WALKED.get(type(block).get_searchable_content)
    if kind == "nothing":
        return []
    if kind is not None and not block.search_index:
        return []
    if kind == "struct" and isinstance(raw, dict):
        content = []
        for name, child in block.child_blocks.items():
            if name in raw:
                content.extend(stored_searchable_content(child, raw[name], choice_labels))
            else:
                content.extend(child.get_searchable_content(child.get_default()))
        return content
    if kind == "list" and isinstance(raw, list):
        child = block.child_block
        values = (item["value"] if block._item_is_in_block_format(item) else item for item in raw)
        return [text for value in values for text in stored_searchable_content(child, value, choice_labels)]
    if kind == "stream" and isinstance(raw, list) and all(isinstance(item, dict) for item in raw):
        content = []
        for item in raw:
            child = block.child_blocks.get(item["type"])
            if child is not None:
                content.extend(stored_searchable_content(child, item["value"], choice_labels))
        return content
    if kind == "choice" and choice_labels is not None and isinstance(raw, str | int | None):
        key = (id(block), type(raw), raw)
        if key not in choice_labels:
            choice_labels[key] = block.get_searchable_content(block.to_python(raw))
        return choice_labels[key]
    return block.get_searchable_content(block.to_python(raw))


def _plain(text):
    """strip_tags, skipped for the many texts that hold no tag (it returns those unchanged, but slowly)."""
    return strip_tags(text) if "<" in text else text


def _struct_child_value(block, raw, name):
    """The value `block.to_python(raw)[name]` would have, converting only that child ("" if there is none)."""
    child = block.child_blocks.get(name)
    if child is None:
        return ""
    return child.to_python(raw[name]) if name in raw else child.get_default()


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


def _byline_facts_for(pages):
    """Adapter to the review engineer's `reviews.byline.byline_facts_for`; without it, status "unknown"."""
    try:
        from reviews.byline import byline_facts_for
    except ImportError:
        return {page.pk: {"review_status": UNKNOWN_STATUS} for page in pages}
    return byline_facts_for(pages)


def _review_status(page):
    """The review status as of now: "current", "due soon", "overdue", or "unknown" without the reviews app."""
    return _byline_facts_for([page])[page.pk].get("review_status") or UNKNOWN_STATUS


def _url(page):
    try:
        url = page.get_url()
    except Exception:  # noqa: BLE001 - a page outside any site still has its tree path
        url = None
    return url or page.url_path


def build_documents(pages):
    """The `_source` of each of `pages` (in order), with the queries of their byline facts made once for all.

    Pass pages with `author` and `category` selected and `tags` prefetched (`indexable_articles()` does), and the
    number of queries does not grow with the number of pages.
    """
    pages = list(pages)
    facts = _byline_facts_for(pages)
    choice_labels = {}
    return [_document(page, facts[page.pk], choice_labels) for page in pages]


def build_document(page):
    """The `_source` of one article: raw text for snippets, pipeline tokens for matching, facets, suggest inputs."""
    return build_documents([page])[0]


def _document(page, facts, choice_labels):
    body, headings = body_text(page, choice_labels)
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
