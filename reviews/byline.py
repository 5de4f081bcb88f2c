"""Byline facts, all derived from publish history and sign-offs, never typed (DESIGN.md invariant 3).

`byline_facts(page)` is what the API and the templates show: author, reviewer with credentials, last reviewed,
written, last updated, next review due, review status and the public review history. A review that does not
cover the content shown is never named (the NHS rule).
"""

from django.utils import timezone

from reviews.due import review_due, signoff_for_content


def public_history(page, current):
    """The sign-offs up to the one covering the content shown, newest first: reviews of drafts that never went
    out stay private."""
    from reviews.models import MedicalSignOff

    if current is None:
        return []
    signoffs = MedicalSignOff.objects.for_page(page).filter(created_at__lte=current.created_at)
    return [
        {
            "reviewer": signoff.reviewer_display,
            "reviewer_name": signoff.reviewer_name,
            "reviewer_credentials": signoff.reviewer_credentials,
            "date": timezone.localdate(signoff.created_at),
        }
        for signoff in signoffs
    ]


def byline_facts(page, today=None):
    """The facts of the byline for `page` as shown (the live page, or a draft in preview)."""
    signoff = signoff_for_content(page)
    due = review_due(page, today) if page.live else None
    author = getattr(page, "author", None)
    last_updated = page.last_published_at
    return {
        "author": author.display_name if author else "",
        "reviewer": signoff.reviewer_display if signoff else None,
        "reviewer_name": signoff.reviewer_name if signoff else None,
        "reviewer_credentials": signoff.reviewer_credentials if signoff else None,
        "last_reviewed": timezone.localdate(signoff.created_at) if signoff else None,
        "written": page.written_date,
        "last_updated": timezone.localdate(last_updated) if last_updated else None,
        "next_review_due": due.due if due else None,
        "review_status": due.status if due else None,
        "review_history": public_history(page, signoff),
    }


def medical_review(page):
    """{"reviewer": "Zahide Eris, MD", "date": date} for the review covering the page's content, else None."""
    signoff = signoff_for_content(page)
    if signoff is None:
        return None
    return {"reviewer": signoff.reviewer_display, "date": timezone.localdate(signoff.created_at)}
