"""The costly part of an article's API data, kept in Django's cache under a key made of what it is built from.

An article's body as the API gives it (no block ids, plain list items, rich text resolved) and the fingerprint of
its medical content are most of a response's time, and both follow from the stored title, summary and body alone,
plus, for resolved links, the pages the links point to. The key holds a digest of the stored body that PostgreSQL
computes while loading the page (`with_content_digest`), the title and summary, the rich text format and the time
of the latest audit-logged change (a link target moved, renamed by a publish or unpublished). Whatever changes any
of them, a publish, an edit saved any other way, a change to a linked page, gives a new key, so nothing stale is
served. Authors, categories, tags, sign-offs, consents, images and related articles are not cached: they are read
on every request (they are cheap), so an edit to any of them shows at once.
"""

import hashlib

from django.core.cache import cache
from django.db.models import CharField, Func, TextField, Value
from django.db.models.functions import Cast

from articles.pages import list_item_value, stream_data
from cms.api.jsonld import faq_page
from cms.api.richtext import resolve_bodies
from reviews.fingerprint import content_fingerprint

CONTENT_DIGEST = "api_content_digest"
# Entries are never stale (the key says what they were built from); the timeout only bounds their memory.
CONTENT_TIMEOUT = 6 * 3600


def with_content_digest(queryset):
    """Articles loaded with a digest of their stored body, so their cached content can be found without reading it."""
    return queryset.annotate(**{CONTENT_DIGEST: _sha256_hex(Cast("body", TextField()))})


def _sha256_hex(text):
    # PostgreSQL's built-in sha256() (Django's SHA256 needs the pgcrypto extension).
    as_bytes = Func(text, Value("UTF8"), function="convert_to")
    return Func(Func(as_bytes, function="sha256"), Value("hex"), function="encode", output_field=CharField())


def plain_lists(block, value):
    """A block value with every list item as its plain value.

    Wagtail stores list items as {"type": "item", "value": …, "id": …} (older data: bare values); the API
    always gives the bare value, so a list has one shape whatever the age of the revision.
    """
    from wagtail import blocks

    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            key: plain_lists(block.child_blocks[key], item) if key in block.child_blocks else item
            for key, item in value.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [plain_lists(block.child_block, list_item_value(item)) for item in value]
    return value


def plain_body(body):
    from articles.models import ArticlePage

    children = ArticlePage.body.field.stream_block.child_blocks
    return [
        {**block, "value": plain_lists(children[block["type"]], block.get("value"))}
        if block.get("type") in children
        else block
        for block in body
    ]


def content_key(page, rich_text_format, links_changed_at):
    """The cache key of a page's content, or None when the page was loaded without its body digest."""
    digest = getattr(page, CONTENT_DIGEST, None)
    if digest is None:
        return None
    texts = hashlib.sha256(f"{page.title}\0{page.summary}".encode()).hexdigest()[:32]
    version = links_changed_at.isoformat() if links_changed_at else "-"
    return f"guide-api:article:{page.pk}:{digest}:{texts}:{rich_text_format}:{version}"


def article_contents(pages, rich_text_format, links_changed_at):
    """{page id: {"body": the API body, "fingerprint": content_fingerprint(page), "faq": its FAQPage JSON-LD}},
    from the cache where it can."""
    keys = {page.pk: content_key(page, rich_text_format, links_changed_at) for page in pages}
    cached = cache.get_many([key for key in keys.values() if key])
    contents = {pk: cached[key] for pk, key in keys.items() if key in cached}
    built = {
        page.pk: {"body": plain_body(stream_data(page.body)), "fingerprint": content_fingerprint(page)}
        for page in pages
        if page.pk not in contents
    }
    if rich_text_format == "html":
        resolve_bodies([content["body"] for content in built.values()])
    for content in built.values():
        content["faq"] = faq_page(content["body"])
    cache.set_many({keys[pk]: content for pk, content in built.items() if keys[pk]}, CONTENT_TIMEOUT)
    return {**contents, **built}
