"""The baseline: what a team gets from stock Wagtail, served beside the project's own routes.

- Pages: Wagtail's plain `PagesAPIViewSet` with default `APIField(name)`s for the article's fields (no serializer
  overrides, no prefetching, no query tuning), as a team would write it from the Wagtail docs.
- Search: the same endpoint's `?search=` on Wagtail's database backend (PostgreSQL full text), the default
  WAGTAILSEARCH_BACKENDS entry.
- Suggest: the database backend's `autocomplete()` on the title, returned as JSON; stock Wagtail has no suggest
  endpoint, so this small view is the closest stock equivalent.
"""

from django.http import JsonResponse
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from articles.models import ArticlePage

# The article's content as a stock configuration would list it.
STOCK_ARTICLE_FIELDS = ["summary", "hero_image", "author", "category", "tags", "body", "related_articles"]


def _stock_fields(model):
    names = {field.name for field in model._meta.get_fields()}
    return [APIField(name) for name in STOCK_ARTICLE_FIELDS if name in names]


class StockPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint exactly as shipped, with plain APIFields for articles instead of the project's."""

    @classmethod
    def get_body_fields(cls, model):
        extra = _stock_fields(model) if issubclass(model, ArticlePage) else []
        return cls._convert_api_fields(cls.body_fields) + extra

    @classmethod
    def get_meta_fields(cls, model):
        return cls._convert_api_fields(cls.meta_fields)


stock_router = WagtailAPIRouter("bench_stock_api")
stock_router.register_endpoint("pages", StockPagesAPIViewSet)
stock_router.register_endpoint("images", ImagesAPIViewSet)


def stock_suggest(request):
    """Titles completing `q`, from Wagtail's database backend (the stock way to autocomplete)."""
    query = request.GET.get("q", "").strip()
    if not query:
        return JsonResponse({"suggestions": []})
    results = ArticlePage.objects.live().public().autocomplete(query, fields=["title"])[:10]
    return JsonResponse({"suggestions": [{"title": page.title, "id": page.pk} for page in results]})
