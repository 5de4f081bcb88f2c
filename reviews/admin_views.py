"""Sign-offs in the admin: a list and an inspect view, nothing that adds, edits or deletes (append-only)."""

from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from reviews.models import ArticleReviewSettings, MedicalSignOff

WRITE_ACTIONS = {"add", "change", "delete", "copy"}


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Viewing needs `reviews.view_medicalsignoff`; adding, editing and deleting are refused to everyone."""

    def user_has_permission(self, user, action):
        if action in WRITE_ACTIONS:
            return False
        return user.has_perm(self._get_permission_name("view"))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission(user, action) for action in actions)


class MedicalSignOffViewSet(ModelViewSet):
    model = MedicalSignOff
    icon = "success"
    menu_label = "Medical sign-offs"
    add_to_admin_menu = True
    menu_order = 250
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["__str__", "page", "reviewer_display", "content_fingerprint", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["reviewer_name", "comment"]
    form_fields = ["comment"]  # required by ModelViewSet; the views that would use it are not routed
    inspect_view_fields = [
        "page",
        "revision",
        "content_fingerprint",
        "reviewer",
        "reviewer_name",
        "reviewer_credentials",
        "created_at",
        "comment",
    ]

    def get_urlpatterns(self):
        """Only the listing, inspect and history views exist: there is no URL that could add, edit or delete."""
        return [pattern for pattern in super().get_urlpatterns() if pattern.name not in {"add", "edit", "delete"}]


class ArticleReviewSettingsViewSet(ModelViewSet):
    """Editors and medical reviewers set a shorter review interval for an article that needs one."""

    model = ArticleReviewSettings
    icon = "time"
    menu_label = "Review intervals"
    add_to_settings_menu = True
    copy_view_enabled = False
    form_fields = ["page", "review_interval_days"]
    list_display = ["page", "review_interval_days"]
