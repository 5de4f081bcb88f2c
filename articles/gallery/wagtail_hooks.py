"""Admin wiring for the gallery: the image create action that cleans up, the consent snippet and its withdrawal."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.actions.create import CreateAction
from wagtail.admin.widgets import Button
from wagtail.images import get_image_model
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GalleryConsent
from .views import WITHDRAW_PERMISSION, withdraw_consent


class GuideImageCreateAction(CreateAction):
    """Wagtail's create action; if anything after the upload fails (the log entry too), the object goes."""

    def execute(self, *args, **kwargs):
        try:
            return super().execute(*args, **kwargs)
        except BaseException:
            self.instance.discard_uncommitted_upload()
            raise


@hooks.register("register_actions")
def register_image_create_action(registry):
    registry.register(get_image_model(), GuideImageCreateAction)


class GalleryConsentViewSet(SnippetViewSet):
    model = GalleryConsent
    icon = "doc-full"
    menu_label = "Photo consents"
    add_to_admin_menu = False
    list_display = ["label", "obtained_on", "scope", "document_reference", "withdrawn_on", "withdrawn_by"]
    list_filter = ["scope"]
    search_fields = ["label", "document_reference"]


register_snippet(GalleryConsentViewSet)


@hooks.register("register_admin_urls")
def register_withdraw_url():
    return [path("gallery/consents/<int:pk>/withdraw/", withdraw_consent, name="gallery_withdraw_consent")]


@hooks.register("register_snippet_listing_buttons")
def withdraw_button(snippet, user, next_url=None):
    if isinstance(snippet, GalleryConsent) and not snippet.is_withdrawn and user.has_perm(WITHDRAW_PERMISSION):
        yield Button(
            "Withdraw consent",
            reverse("gallery_withdraw_consent", args=[snippet.pk]),
            icon_name="warning",
            priority=90,
        )


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    actions.register_action("gallery.consent_withdrawn", "Withdraw consent", "Consent withdrawn")
