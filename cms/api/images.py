"""/api/v2/images/: only images that live, public articles show (hero, author photo, visible gallery pairs).

An image of a draft, of a private page or of a pair whose consent is not valid is not listed, and its
detail URL answers 404, like a page that does not exist.
"""

import copy

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
    ids = {page.hero_image_id for page in pages} | {page.author.photo_id for page in pages}
    for page in pages:
        signoff = batch.review[page.pk]["signoff"]
        if signoff and signoff.reviewer_person:
            ids.add(signoff.reviewer_person.photo_id)
        # Only pairs whose consent is valid now, by the same rule the articles' data uses.
        for block in batch.visible_body(copy.deepcopy(batch.base[page.pk]["body"]), with_images=False):
            if block["type"] == "before_after_gallery":
                ids.update(image_id for pair in block["value"]["pairs"] for image_id in (pair["before"], pair["after"]))
    ids.discard(None)
    return ids


class PublicImagesAPIViewSet(ConditionalGetMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=published_image_ids(self.request))
