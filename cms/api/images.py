"""/api/v2/images/: only images that live, public articles show (hero, author photo, visible gallery pairs).

An image of a draft, of a private page or of a pair whose consent is not valid is not listed, and its
detail URL answers 404, like a page that does not exist.
"""

from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.api.articles import ArticleBatch, PublicRequest, public_pages
from cms.caching import ConditionalGetMixin


def published_image_ids(request):
    """Ids of the images the public articles show, checked with the same rules as the articles' data."""
    from articles.models import ArticlePage

    pages = list(
        public_pages(PublicRequest(request), ArticlePage)
        .select_related("author", "category", "hero_image")
        .prefetch_related("tags", "related_articles__related")
    )
    if not pages:
        return set()
    batch = ArticleBatch(pages, request, rich_text_format="db_html")
    ids = set()
    for page in pages:
        data = batch.article(page)
        for person in (data["author"], data["reviewer"]):
            if person and person["photo"]:
                ids.add(person["photo"]["id"])
        if data["hero_image"]:
            ids.add(data["hero_image"]["id"])
        for block in data["body"]:
            for pair in block["value"].get("pairs", []) if block["type"] == "before_after_gallery" else []:
                ids.update(image["id"] for image in (pair["before_image"], pair["after_image"]) if image)
    return ids


class PublicImagesAPIViewSet(ConditionalGetMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=published_image_ids(self.request))
