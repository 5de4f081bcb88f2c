"""/api/v2/page_preview/?content_type=articles.articlepage&token=…: a writer's draft, for the frontend.

wagtail-headless-preview stores the draft (PagePreview) when a writer presses "Preview" and sends the
browser to FRONTEND_URL/preview/ with a signed token. The token is short-lived: it is refused once
HEADLESS_PREVIEW_TOKEN_MAX_AGE seconds have passed, and a tampered or unknown token gets nothing.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature, SignatureExpired, TimestampSigner
from django.http import Http404
from django.urls import path
from rest_framework.response import Response
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail_headless_preview.models import PagePreview

from cms.api.pages import GuidePagesAPIViewSet

# wagtail-headless-preview's signer (HeadlessPreviewMixin.get_preview_signer), checked here with a max age.
SIGNER_SALT = "headlesspreview.token"


def preview_page(content_type, token):
    """The previewed page for a valid, unexpired token; Http404 with the reason otherwise."""
    if not content_type or not token:
        raise Http404("content_type and token are required")
    try:
        TimestampSigner(salt=SIGNER_SALT).unsign(token, max_age=settings.HEADLESS_PREVIEW_TOKEN_MAX_AGE)
    except SignatureExpired as error:
        raise Http404("the preview token has expired: press Preview again") from error
    except BadSignature as error:
        raise Http404("the preview token is not valid") from error
    app_label, _, model = content_type.lower().partition(".")
    preview = PagePreview.objects.filter(
        token=token, content_type=ContentType.objects.filter(app_label=app_label, model=model).first()
    ).first()
    if preview is None:
        raise Http404("no preview for this token")
    page = preview.as_page()
    page.pk = page.pk or 0
    return page


class PagePreviewAPIViewSet(GuidePagesAPIViewSet):
    """One page, the draft behind the token, with every field; never cached."""

    known_query_parameters = GuidePagesAPIViewSet.known_query_parameters.union(["content_type", "token"])
    name = "page_preview"

    def get_object(self):
        if not hasattr(self, "_preview_page"):
            self._preview_page = preview_page(self.request.GET.get("content_type"), self.request.GET.get("token"))
        return self._preview_page

    def preview_view(self, request):
        serializer = self.get_serializer(self.get_object())
        return Response(serializer.data)

    def get_serializer_class(self):
        self.action = "detail_view"  # every field, as a detail response
        return super().get_serializer_class()

    def finalize_response(self, request, response, *args, **kwargs):
        # No validators and no shared caching: a draft must not outlive its token in any cache.
        response = PagesAPIViewSet.finalize_response(self, request, response, *args, **kwargs)
        response["Cache-Control"] = "no-store, private"
        return response

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "preview_view"}), name="listing")]
