"""Admin: editors manage webhook endpoints and read the delivery log (menu: Webhooks)."""

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import WebhookDelivery, WebhookEndpoint


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The delivery log is written only by the queue: anyone may at most view it."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")


register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery), exact_class=True)


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = "Endpoints"
    form_fields = ["name", "url", "secret", "is_active"]
    list_display = ["name", "url", "is_active", "created_at"]
    copy_view_enabled = False


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "list-ul"
    menu_label = "Delivery log"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []  # never editable: ReadOnlyPermissionPolicy refuses add, change and delete
    list_display = ["event", "endpoint", "status", "attempts", "last_status_code", "last_error", "created_at"]
    list_filter = ["status", "event", "endpoint"]
    inspect_view_fields = [
        "event_id",
        "event",
        "endpoint",
        "status",
        "attempts",
        "last_attempt_at",
        "last_status_code",
        "last_error",
        "next_attempt_at",
        "delivered_at",
        "created_at",
        "body",
    ]


class WebhooksViewSetGroup(ModelViewSetGroup):
    menu_label = "Webhooks"
    menu_icon = "link-external"
    menu_order = 8000
    items = (WebhookEndpointViewSet("webhook_endpoints"), WebhookDeliveryViewSet("webhook_deliveries"))


@hooks.register("register_admin_viewset")
def register_webhooks_viewsets():
    return WebhooksViewSetGroup()
