"""What the admin shows about reviews: the sign-off state of a draft and the reviewers' dashboard panel."""

from dataclasses import dataclass

from django.urls import reverse
from wagtail.admin.ui.components import Component

from reviews.due import reviews_due
from reviews.fingerprint import changed_parts, content_fingerprint
from reviews.rules import REVIEWER_GROUP, format_day


def is_reviewer(user):
    return user.is_superuser or user.groups.filter(name=REVIEWER_GROUP).exists()


@dataclass(frozen=True)
class SignOffState:
    message: str
    matches: bool
    compare_url: str | None = None


def signoff_state(page):
    """The sign-off state of the page's latest draft, in the words the edit page shows."""
    from reviews.models import MedicalSignOff

    latest = page.get_latest_revision()
    draft = latest.as_object() if latest else page
    signoffs = MedicalSignOff.objects.for_page(page)
    last = signoffs.first()
    if last is None:
        return SignOffState(
            "No medical sign-off yet: this article needs a medical review before it is published.", False
        )
    matching = signoffs.filter(content_fingerprint=content_fingerprint(draft)).first()
    if matching is not None:
        return SignOffState(
            f"Medically reviewed by {matching.reviewer_display} on {format_day(matching.created_at)}; "
            "this draft matches the reviewed content.",
            True,
        )
    parts = changed_parts(last.revision.as_object(), draft)
    what = " and ".join(parts) or "medical content"
    compare_url = None
    if latest is not None:
        compare_url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, last.revision_id, latest.pk))
    return SignOffState(
        f"Medically reviewed by {last.reviewer_display} on {format_day(last.created_at)}; "
        f"this draft differs from the reviewed content (the {what} changed) and needs a new medical review.",
        False,
        compare_url,
    )


class ReviewsDuePanel(Component):
    """Dashboard panel for medical reviewers: live articles whose review is overdue or due soon."""

    name = "reviews_due"
    template_name = "reviews/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["items"] = reviews_due()
        return context
