"""reviews.byline.byline_facts for many articles at once, in two queries whatever their number.

The rules are the review app's (a test holds the two equal): the reviewer and `last_reviewed` come only
from a sign-off whose fingerprint is that of the content shown (never a review that did not happen);
`next_review_due` and `review_status` only for live pages; the history stops at that sign-off.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from reviews.due import review_status
from reviews.fingerprint import content_fingerprint


def load_review_facts(pages, fingerprints=None):
    """{page id: {"signoff": MedicalSignOff or None, "byline": the byline_facts dict}}.

    `fingerprints` ({page id: content_fingerprint(page)}) saves computing them again when the caller has them.
    """
    from reviews.models import ArticleReviewSettings, MedicalSignOff

    ids = [page.pk for page in pages]
    signoffs = {}
    for signoff in MedicalSignOff.objects.filter(page_id__in=ids).select_related("reviewer_person"):
        signoffs.setdefault(signoff.page_id, []).append(signoff)
    intervals = dict(
        ArticleReviewSettings.objects.filter(page_id__in=ids).values_list("page_id", "review_interval_days")
    )
    fingerprints = fingerprints or {}
    return {
        page.pk: _facts(page, signoffs.get(page.pk, []), intervals.get(page.pk), fingerprints.get(page.pk))
        for page in pages
    }


def _facts(page, signoffs, own_interval, fingerprint=None):
    signoffs = sorted(signoffs, key=lambda signoff: (signoff.created_at, signoff.pk), reverse=True)
    fingerprint = fingerprint or content_fingerprint(page)
    current = next((signoff for signoff in signoffs if signoff.content_fingerprint == fingerprint), None)
    last_reviewed = timezone.localdate(current.created_at) if current else None
    due = status = None
    if page.live:
        default = settings.MEDICAL_REVIEW_INTERVAL_DAYS
        interval = min(own_interval, default) if own_interval else default
        due = last_reviewed + timedelta(days=interval) if last_reviewed else None
        status = review_status(due)
    author = getattr(page, "author", None)
    return {
        "signoff": current,
        "byline": {
            "author": author.display_name if author else "",
            "reviewer": current.reviewer_display if current else None,
            "reviewer_name": current.reviewer_name if current else None,
            "reviewer_credentials": current.reviewer_credentials if current else None,
            "last_reviewed": last_reviewed,
            "written": page.written_date,
            "last_updated": timezone.localdate(page.last_published_at) if page.last_published_at else None,
            "next_review_due": due,
            "review_status": status,
            "review_history": [
                {
                    "reviewer": signoff.reviewer_display,
                    "reviewer_name": signoff.reviewer_name,
                    "reviewer_credentials": signoff.reviewer_credentials,
                    "date": timezone.localdate(signoff.created_at),
                }
                for signoff in signoffs
                if current and signoff.created_at <= current.created_at
            ],
        },
    }
