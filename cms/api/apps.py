from django.apps import AppConfig


class GuideAPIConfig(AppConfig):
    """The delivery API: v2 endpoints, preview, structured data (its template tags need an app)."""

    name = "cms.api"
    label = "guide_api"
    verbose_name = "Delivery API"
