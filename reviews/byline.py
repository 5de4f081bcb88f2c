"""Byline facts, all derived from publish history and sign-offs, never typed (DESIGN.md invariant 3).

`byline_facts(page)` is what the API and the templates show: author, reviewer with credentials, last reviewed,
written, last updated, next review due, review status and the public review history. A review that does not
cover the content shown is never named (the NHS rule).

`byline_facts_for(pages)` gives the same facts for many pages in two queries whatever their number (the search
index builds documents in chunks); `byline_facts` is that for one page, so the two can never disagree.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from reviews.due import review_status, signoff_for_content
from reviews.fingerprint import content_fingerprint


def _history_entry(signoff):
    return {
        "reviewer": signoff.reviewer_display,
        "reviewer_name": signoff.reviewer_name,
        "reviewer_credentials": signoff.reviewer_credentials,
        "date": timezone.localdate(signoff.created_at),
    }


def public_history(page, current):
    """The sign-offs up to the one covering the content shown, newest first: reviews of drafts that never went
    out stay private."""
    from reviews.models import MedicalSignOff

    if current is None:
        return []
    signoffs = MedicalSignOff.objects.for_page(page).filter(created_at__lte=current.created_at)
    return [_history_entry(signoff) for signoff in signoffs]


def _review_interval(own_interval):
    """MEDICAL_REVIEW_INTERVAL_DAYS, or the article's own shorter interval (reviews.due.review_interval_days)."""
    default = settings.MEDICAL_REVIEW_INTERVAL_DAYS
    return min(own_interval, default) if own_interval else default


def _facts(page, signoffs, own_interval, today):
    """`signoffs`: every sign-off of the page, newest first (MedicalSignOff's ordering)."""
    fingerprint = content_fingerprint(page)
    current = next((signoff for signoff in signoffs if signoff.content_fingerprint == fingerprint), None)
    last_reviewed = timezone.localdate(current.created_at) if current else None
    due = status = None
    if page.live:
        due = last_reviewed + timedelta(days=_review_interval(own_interval)) if current else None
        status = review_status(due, today)
    author = getattr(page, "author", None)
    last_updated = page.last_published_at
    return {
        "author": author.display_name if author else "",
        "reviewer": current.reviewer_display if current else None,
        "reviewer_name": current.reviewer_name if current else None,
        "reviewer_credentials": current.reviewer_credentials if current else None,
        "last_reviewed": last_reviewed,
        "written": page.written_date,
        "last_updated": timezone.localdate(last_updated) if last_updated else None,
        "next_review_due": due,
        "review_status": status,
        "review_history": [
            _history_entry(signoff) for signoff in signoffs if current and signoff.created_at <= current.created_at
        ],
    }


def byline_facts_for(pages, today=None):
    """{page id: byline facts} for `pages` (live pages or drafts in preview): two queries, one fingerprint each."""
    from reviews.models import ArticleReviewSettings, MedicalSignOff

    pages = list(pages)
    ids = [page.pk for page in pages]
    signoffs = {}
    for signoff in MedicalSignOff.objects.filter(page_id__in=ids).order_by("-created_at", "-id"):
        signoffs.setdefault(signoff.page_id, []).append(signoff)
    intervals = dict(
        ArticleReviewSettings.objects.filter(page_id__in=ids).values_list("page_id", "review_interval_days")
    )
    return {page.pk: _facts(page, signoffs.get(page.pk, []), intervals.get(page.pk), today) for page in pages}


def byline_facts(page, today=None):
    """The facts of the byline for `page` as shown (the live page, or a draft in preview)."""
    return byline_facts_for([page], today)[page.pk]


def medical_review(page):
    """{"reviewer": "Zahide Eris, MD", "date": date} for the review covering the page's content, else None."""
    signoff = signoff_for_content(page)
    if signoff is None:
        return None
    return {"reviewer": signoff.reviewer_display, "date": timezone.localdate(signoff.created_at)}
