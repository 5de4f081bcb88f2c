"""The "Frontend" preview mode for pages: the draft opens in the frontend with a short-lived token.

Kept apart from the API views because page models import it while models load.
"""

from wagtail_headless_preview.models import HeadlessPreviewMixin

FRONTEND_MODE = "frontend"


class FrontendPreviewMixin(HeadlessPreviewMixin):
    """Adds a "Frontend" preview mode next to the server-rendered one (which stays the default)."""

    @property
    def preview_modes(self):
        return [*super(HeadlessPreviewMixin, self).preview_modes, (FRONTEND_MODE, "Frontend")]

    def serve_preview(self, request, mode_name):
        if mode_name == FRONTEND_MODE:
            # Stores the draft as a PagePreview and shows the frontend's /preview page with its signed token.
            return super().serve_preview(request, mode_name)
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)
