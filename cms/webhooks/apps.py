from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    """Publish webhooks: signed events about live content, delivered through a durable queue."""

    name = "cms.webhooks"
    label = "webhooks"
    verbose_name = "Publish webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import events  # noqa: F401  (connects the Wagtail signal receivers)
