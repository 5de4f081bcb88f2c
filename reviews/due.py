"""Review expiry: when the next medical review of an article is due, and which articles need one soon."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.utils import timezone

from reviews.fingerprint import content_fingerprint

DUE_SOON_DAYS = 30

STATUS_CURRENT = "current"
STATUS_DUE_SOON = "due soon"
STATUS_OVERDUE = "overdue"


def review_interval_days(page):
    """MEDICAL_REVIEW_INTERVAL_DAYS, or the article's own shorter interval."""
    from reviews.models import ArticleReviewSettings

    default = settings.MEDICAL_REVIEW_INTERVAL_DAYS
    own = ArticleReviewSettings.objects.filter(page_id=page.pk).values_list("review_interval_days", flat=True).first()
    return min(own, default) if own else default


def signoff_for_content(page, content=None):
    """The latest sign-off of the page whose fingerprint is that of `content` (default: the page as it is)."""
    from reviews.models import MedicalSignOff

    fingerprint = content_fingerprint(content or page)
    return MedicalSignOff.objects.for_page(page).filter(content_fingerprint=fingerprint).first()


def live_signoff(page):
    """The sign-off that covers the live content of a live page (None for drafts or unreviewed content)."""
    if not page.live:
        return None
    return signoff_for_content(page)


def review_status(due, today=None, due_soon_days=DUE_SOON_DAYS):
    today = today or timezone.localdate()
    if due is None or due < today:
        return STATUS_OVERDUE
    if due <= today + timedelta(days=due_soon_days):
        return STATUS_DUE_SOON
    return STATUS_CURRENT


@dataclass(frozen=True)
class ReviewDue:
    page: object
    last_reviewed: date | None
    reviewer: str
    due: date | None
    status: str

    @property
    def days_left(self):
        return (self.due - timezone.localdate()).days if self.due else None


def review_due(page, today=None, due_soon_days=DUE_SOON_DAYS):
    """The review facts of one live article; `due` is None when its live content was never signed off."""
    signoff = live_signoff(page)
    if signoff is None:
        return ReviewDue(page, None, "", None, STATUS_OVERDUE)
    reviewed = timezone.localdate(signoff.created_at)
    due = reviewed + timedelta(days=review_interval_days(page))
    return ReviewDue(page, reviewed, signoff.reviewer_display, due, review_status(due, today, due_soon_days))


def reviews_due(days=DUE_SOON_DAYS, today=None):
    """Live articles whose review is overdue or due within `days` days, the most urgent first."""
    from articles.models import ArticlePage

    today = today or timezone.localdate()
    found = []
    for page in ArticlePage.objects.live().order_by("pk"):
        item = review_due(page, today, days)
        if item.status != STATUS_CURRENT:
            found.append(item)
    return sorted(found, key=lambda item: (item.due or date.min, item.page.title))
