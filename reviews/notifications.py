"""E-mails of the review workflow: to the medical reviewers on submit, to the writer on sign-off or rejection."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse

from reviews.rules import REVIEWER_GROUP


def _edit_url(page):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])


def notify_review_requested(task_state, submitter):
    """Tells every medical reviewer (except the submitter) that a draft waits for them."""
    page = task_state.workflow_state.content_object.specific
    User = get_user_model()
    recipients = sorted(
        User.objects.filter(groups__name=REVIEWER_GROUP, is_active=True)
        .exclude(email="")
        .exclude(pk=getattr(submitter, "pk", None))
        .values_list("email", flat=True)
        .distinct()
    )
    if not recipients:
        return 0
    who = submitter.get_full_name() or submitter.get_username() if submitter else "A writer"
    return send_mail(
        subject=f"Medical review requested: {page.title}",
        message=f"{who} submitted “{page.title}” for medical review.\n\nReview it here: {_edit_url(page)}\n",
        from_email=None,
        recipient_list=recipients,
    )


def notify_writer(task_state, reviewer, approved, signoff=None):
    """Tells the writer who asked for the review what the reviewer decided."""
    workflow_state = task_state.workflow_state
    writer = workflow_state.requested_by
    if writer is None or not writer.email or writer.pk == reviewer.pk:
        return 0
    page = workflow_state.content_object.specific
    if approved:
        subject = f"Medical review passed: {page.title}"
        body = f"{signoff.reviewer_display} signed off the medical content of “{page.title}”."
    else:
        subject = f"Changes requested by the medical reviewer: {page.title}"
        body = f"The medical reviewer sent “{page.title}” back to you:\n\n{task_state.comment}"
    return send_mail(
        subject=subject, message=f"{body}\n\n{_edit_url(page)}\n", from_email=None, recipient_list=[writer.email]
    )
