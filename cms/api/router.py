"""Wagtail API v2 (public delivery) routes; docs/api.md is the frontend's contract."""

from wagtail.api.v2.router import WagtailAPIRouter

from cms.api.images import PublicImagesAPIViewSet
from cms.api.pages import GuidePagesAPIViewSet
from cms.api.preview import PagePreviewAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", GuidePagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("page_preview", PagePreviewAPIViewSet)
