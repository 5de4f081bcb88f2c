"""The one JSON shape of an article: what the API returns and what `import_articles` reads.

docs/import.md documents it. Read-only keys (`id`, `type`, `url`, `live`, `last_updated`) are
output only; the import ignores them. Everything else round-trips: exporting an article and
importing the result into an empty database gives an equal article.
"""

from articles.pages import stream_data

ARTICLE_TYPE = "articles.ArticlePage"
READ_ONLY_KEYS = ("id", "type", "url", "live", "last_updated")
PERSON_KEYS = ("slug", "name", "credentials", "job_title", "bio")


def person_to_data(person):
    return {key: getattr(person, key) for key in PERSON_KEYS}


def image_to_data(image):
    if image is None:
        return None
    return {"id": image.pk, "title": image.title, "alt": image.alt_text}


def article_to_data(page, body=None):
    """The article as plain JSON data; body blocks carry no ids, so equal content gives equal data.

    `body` is the body's data when the caller already has it (the API keeps it cached).
    """
    return {
        "id": page.pk,
        "type": ARTICLE_TYPE,
        "url": page.url,
        "live": page.live,
        "title": page.title,
        "slug": page.slug,
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "summary": page.summary,
        "written_date": page.written_date.isoformat() if page.written_date else None,
        "last_updated": page.last_updated.isoformat() if page.last_updated else None,
        "author": person_to_data(page.author),
        "category": {"slug": page.category.slug, "name": page.category.name} if page.category else None,
        "tags": sorted(tag.name for tag in page.tags.all()),
        "hero_image": image_to_data(page.hero_image),
        "body": stream_data(page.body) if body is None else body,
        "related_articles": [
            {"slug": link.related.slug, "title": link.related.title} for link in page.related_articles.all()
        ],
    }


def content_of(data):
    """The keys an import writes, for comparing two articles' data."""
    return {key: value for key, value in data.items() if key not in READ_ONLY_KEYS}
