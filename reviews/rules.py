"""Who may sign off what (DESIGN.md invariant 1): reviewer standing now, and four eyes.

Every function here only reads. The sign-off (reviews/signoff.py) and the publish guard (reviews/guard.py)
ask the same questions, so a rule cannot hold at signing time and be forgotten at publishing time.
"""

from django.utils import timezone

from reviews.fingerprint import revision_fingerprint

REVIEWER_GROUP = "Medical reviewers"


def format_day(value):
    """“4 Feb 2021”: the short date writers see in refusals."""
    return f"{value.day} {value:%b %Y}"


def reviewer_person(user):
    """The Person record linked to the user, or None."""
    from articles.models import Person

    return Person.objects.filter(user_id=user.pk).first() if user else None


def reviewer_standing_problem(user, today=None):
    """Why `user` may not act as a medical reviewer today, in words, or None when they may.

    A superuser is no exception: the group, the linked person and an unexpired verified credential are needed.
    """
    today = today or timezone.localdate()
    if user is None or not user.is_active:
        return "the reviewer's account is not active"
    name = _name(user)
    if not user.groups.filter(name=REVIEWER_GROUP).exists():
        return f"{name} is not a medical reviewer"
    person = reviewer_person(user)
    if person is None:
        return f"{name} has no reviewer profile with credentials on file"
    if person.credential_verified_until is None:
        return f"the credential of {person.display_name} is not verified"
    if person.credential_verified_until < today:
        return f"the credential of {person.display_name} expired on {format_day(person.credential_verified_until)}"
    return None


def _name(user):
    person = reviewer_person(user)
    if person is not None:
        return person.display_name
    return user.get_full_name() or user.get_username()


def page_revisions(page):
    return page.revisions.order_by("created_at", "id")


def medical_authors(page, revision, since_signoff):
    """Users who wrote a medical change after `since_signoff` (or from the start) up to and including `revision`.

    A revision is a medical change when its fingerprint differs from the one before it; changes to tags,
    SEO fields or the slug leave the fingerprint alone and so make nobody an author.
    """
    revisions = page_revisions(page).filter(created_at__lte=revision.created_at).select_related("user")
    previous = None
    if since_signoff is not None:
        start = since_signoff.revision
        revisions = revisions.filter(created_at__gt=start.created_at) if start else revisions
        previous = since_signoff.content_fingerprint
    authors = {}
    for candidate in revisions:
        if candidate.created_at == revision.created_at and candidate.pk > revision.pk:
            continue
        fingerprint = revision_fingerprint(candidate)
        if fingerprint != previous and candidate.user_id:
            authors[candidate.user_id] = candidate.user
        previous = fingerprint
    return authors


def previous_signoff(page, revision):
    """The latest sign-off given on an earlier revision of the page: the start of the changes under review."""
    from reviews.models import MedicalSignOff

    return (
        MedicalSignOff.objects.for_page(page)
        .filter(revision__created_at__lt=revision.created_at)
        .select_related("revision")
        .order_by("-revision__created_at", "-created_at", "-id")
        .first()
    )


def four_eyes_problem(page, revision, user, since_signoff=None):
    """Why `user` may not sign off `revision` under the four-eyes rule, or None."""
    if since_signoff is None:
        since_signoff = previous_signoff(page, revision)
    if user.pk not in medical_authors(page, revision, since_signoff):
        return None
    if user.is_superuser:
        return (
            f"{_name(user)} edited the medical content since the last sign-off; "
            "superusers cannot sign off their own changes either (four eyes)"
        )
    return (
        f"{_name(user)} wrote medical changes since the last sign-off and cannot sign off their own changes (four eyes)"
    )
