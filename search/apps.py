from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Guide search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import sync  # noqa: F401 - connects the outbox signal receivers
