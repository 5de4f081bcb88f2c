"""The project's URLs with the stock baseline mounted under /bench-stock/ (before Wagtail's catch-all page route)."""

from django.urls import path

from bench.stock import stock_router, stock_suggest
from cms.urls import handler500  # noqa: F401 - the root URLconf must name it too
from cms.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    path("bench-stock/api/v2/", stock_router.urls),
    path("bench-stock/suggest/", stock_suggest, name="bench_stock_suggest"),
    *project_urlpatterns,
]
