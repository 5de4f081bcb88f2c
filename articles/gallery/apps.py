from django.apps import AppConfig


class GalleryConfig(AppConfig):
    """Consent records and image upload handling; nested in articles but with its own migrations."""

    name = "articles.gallery"
    label = "gallery"
    verbose_name = "Before-and-after gallery"
    default_auto_field = "django.db.models.BigAutoField"
