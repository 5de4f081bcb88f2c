"""The publish guard of DESIGN.md invariant 1: the one decision every path that makes an article live asks.

`publish_guard()` is called early by each entry point that can still show a friendly message (admin edit and
create views, bulk publish, copy, API v3, `publish_scheduled`; see wagtail_hooks.py and actions.py), and, as the
backstop no path can skip, by a `pre_save` receiver on the article page: Wagtail makes content live only by
saving the page row with `live=True` (PublishPageRevisionAction, CopyPageAction with keep_live), so a refusal
there stops workflow approval, `revision.publish()` in a shell and anything added later.
"""

from datetime import timedelta

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.utils import timezone

from reviews.due import review_interval_days
from reviews.fingerprint import MEDICAL_PARTS, changed_parts, content_fingerprint
from reviews.rules import format_day, four_eyes_problem, previous_signoff, reviewer_standing_problem

WATCHED_FIELDS = {"live", "live_revision", "live_revision_id", *MEDICAL_PARTS}


class PublishRefused(PermissionDenied):
    """The article may not go live; the message is for the writer ("needs medical review: ...")."""

    def __init__(self, reason, page=None, revision=None):
        self.reason = reason
        self.page = page
        self.revision = revision
        super().__init__(f"needs medical review: {reason}")


def is_guarded(page):
    from articles.models import ArticlePage

    return isinstance(page, ArticlePage)


def _join(parts):
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _changed_since(signoff, content):
    try:
        parts = changed_parts(signoff.revision.as_object(), content)
    except ObjectDoesNotExist:  # the signed revision went with a deleted page; the words can be vaguer
        parts = []
    what = f"the {_join(parts)}" if parts else "the medical content"
    return f"{what} changed after {signoff.reviewer_display} signed off on {format_day(signoff.created_at)}"


def _signoffs_for(content):
    """Sign-offs that may cover `content`: its own page's, or, for a page that never had one (a copy being
    published), any page's sign-off of exactly this content."""
    from reviews.models import MedicalSignOff

    own = MedicalSignOff.objects.filter(page_id=content.pk) if content.pk else MedicalSignOff.objects.none()
    if own.exists():
        return own, True
    return MedicalSignOff.objects.all(), False


def signoff_problem(signoff, content, later_signoffs, today):
    """Why this matching sign-off does not (or no longer does) allow publishing, or None."""
    standing = reviewer_standing_problem(signoff.reviewer, today)
    if standing:
        return f"{standing} (they signed off on {format_day(signoff.created_at)})"
    page = signoff.page.specific
    since = previous_signoff(page, signoff.revision)
    four_eyes = four_eyes_problem(page, signoff.revision, signoff.reviewer, since)
    if four_eyes:
        return four_eyes
    if later_signoffs.exclude(content_fingerprint=signoff.content_fingerprint).exists():
        # Publishing content that a newer review replaced: a revert, allowed while its sign-off is unexpired.
        days = review_interval_days(content)
        if timezone.localdate(signoff.created_at) + timedelta(days=days) < today:
            return (
                f"this older version was signed off by {signoff.reviewer_display} on "
                f"{format_day(signoff.created_at)}, more than {days} days ago"
            )
    return None


def refusal_reason(content, today=None):
    """Why `content` (a page version about to go live) may not go live, in a writer's words, or None."""
    today = today or timezone.localdate()
    signoffs, own = _signoffs_for(content)
    fingerprint = content_fingerprint(content)
    matching = list(signoffs.filter(content_fingerprint=fingerprint).select_related("reviewer", "page", "revision"))
    if not matching:
        latest = signoffs.first() if own else None
        if latest is None:
            return "no medical reviewer has signed off this content yet"
        return _changed_since(latest, content)
    problems = []
    for signoff in matching:
        later = signoffs.filter(page_id=signoff.page_id, created_at__gt=signoff.created_at)
        problem = signoff_problem(signoff, content, later, today)
        if problem is None:
            return None
        problems.append(problem)
    return problems[0]


def record_refusal(content, revision, user, reason):
    """Writes the refused publish to Wagtail's audit log (page history and site history), durably."""
    from reviews.auditlog import log_refusal

    if content.pk is None:
        return
    log_refusal(
        content,
        "reviews.publish_refused",
        user=user,
        revision=revision if revision is not None and revision.pk else None,
        data={"reason": f"needs medical review: {reason}", "revision_id": getattr(revision, "pk", None)},
    )


def publish_guard(revision, user=None, *, content=None):
    """Raises PublishRefused (and logs it) unless the revision's content may go live now; changes nothing else.

    `content` is the page version going live when it is not simply `revision.as_object()` (a page copy).
    Pages other than articles publish freely.
    """
    if content is None:
        content = revision.as_object()
    if not is_guarded(content):
        return
    reason = refusal_reason(content)
    if reason is None:
        return
    record_refusal(content, revision, user, reason)
    raise PublishRefused(reason, page=content, revision=revision)


def needs_check(instance, update_fields):
    """Does this save of a live article put content live? Yes for a row that turns live, a new live revision,
    a copy kept live (it arrives carrying its source's live revision) and a direct edit of published medical
    content. Bookkeeping saves (locks, draft pointers) do not; neither do rows created live without any
    publish history (test factories, raw fixtures), which no publish path produces."""
    if instance._state.adding:
        return instance.live_revision_id is not None
    if update_fields is not None and not WATCHED_FIELDS.intersection(update_fields):
        return False
    model = type(instance)
    stored = model.objects.filter(pk=instance.pk).values("live", "live_revision_id").first()
    if stored is None:
        return instance.live_revision_id is not None
    if not stored["live"] or stored["live_revision_id"] != instance.live_revision_id:
        return True
    if instance.live_revision_id is None:
        return False
    return content_fingerprint(model.objects.get(pk=instance.pk)) != content_fingerprint(instance)


def guard_live_article_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save backstop: no article row is saved live unless the publish guard allows its content."""
    if raw or not is_guarded(instance) or not instance.live:
        return
    if needs_check(instance, update_fields):
        publish_guard(instance.live_revision, content=instance)


def guard_copy(page, user, update_attrs=None, recursive=False):
    """A copy kept live publishes the copied content: each live article in it needs a valid sign-off of exactly
    that content (its title may be changed by the copy). Raises PublishRefused, logged on the source page."""
    pages = [page.specific]
    if recursive:
        pages += list(page.get_descendants().live().specific())
    for index, candidate in enumerate(pages):
        if not (candidate.live and is_guarded(candidate)):
            continue
        if index == 0 and update_attrs and update_attrs.get("title"):
            candidate.title = update_attrs["title"]
        publish_guard(candidate.live_revision, user, content=candidate)
