"""Articles in the APIs: which fields API v2 delivers and API v3 writes, and the image shape they share.

The article's API shape is `articles.serializers.article_to_data` (the shape the import reads), made
ready for a frontend by cms/api/articles.py; docs/api.md documents every key it adds.
"""

from rest_framework.fields import Field

# Rendition sizes: a frontend picks one per layout; `fill` crops to the box, `max` keeps proportions.
IMAGE_RENDITIONS = {"thumbnail": "fill-400x300", "medium": "max-800x800", "large": "max-1600x1600"}
PHOTO_RENDITIONS = {"small": "fill-96x96", "medium": "fill-240x240"}

# The v2 body fields of an article, in order; `?fields=*` returns them all.
ARTICLE_FIELDS = (
    "summary",
    "written_date",
    "last_updated",
    "author",
    "reviewer",
    "byline",
    "category",
    "tags",
    "hero_image",
    "body",
    "related_articles",
    "jsonld",
)

# What API v3 lets a writer set on a draft (title and slug come with every page).
ARTICLE_WRITABLE_FIELDS = ("summary", "author", "hero_image", "body", "category", "tags")


def image_data(image, renditions, specs):
    """{id, title, alt, width, height, renditions: {name: {url, width, height}}}, or None without an image.

    `renditions` maps (image id, filter spec) to renditions loaded in bulk; a missing one is created.
    """
    if image is None:
        return None
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.alt_text or image.title,
        "width": image.width,
        "height": image.height,
        "renditions": {name: _rendition(image, spec, renditions) for name, spec in specs.items()},
    }


def _rendition(image, spec, renditions):
    rendition = renditions.get((image.pk, spec)) or image.get_rendition(spec)
    return {"url": rendition.full_url, "width": rendition.width, "height": rendition.height}


class ArticleDataField(Field):
    """One key of an article's API data; the data is built once per response for all its articles."""

    def __init__(self, key, **kwargs):
        self.key = key
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        from cms.api.articles import ArticleBatch

        batch = self.context.get("article_batch")
        if batch is None or page.pk not in batch.base:
            batch = ArticleBatch([page], self.context["request"], self.context.get("_wagtail_rich_text_format"))
            self.context["article_batch"] = batch
        return batch.article(page)[self.key]


def article_v2_fields():
    from wagtail.api import APIField

    return [APIField(key, serializer=ArticleDataField(key)) for key in ARTICLE_FIELDS]


def article_v3_fields():
    """For `ArticlePage.api_fields`: read by API v3 (and its OpenAPI document), writable by writers."""
    from wagtail.api import APIField

    return [APIField(name, writable=True) for name in ARTICLE_WRITABLE_FIELDS]
