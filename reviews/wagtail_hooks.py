"""Wires the medical review into Wagtail: the guarded publish action, the early guard checks that can still show
a message, the audit-log labels, the sign-off state on the edit page and the reviewers' dashboard panel."""

from django.shortcuts import redirect
from django.urls import reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from reviews.actions import (
    GuardedCopyPageAction,
    GuardedPublishPageRevisionAction,
    LoggedCreatePageAction,
    LoggedEditPageAction,
)
from reviews.guard import PublishRefused, guard_copy, is_guarded, publish_guard
from reviews.panels import ReviewsDuePanel, is_reviewer, signoff_state
from reviews.rules import format_day


@hooks.register("register_actions")
def register_guarded_publish(registry):
    registry.register(Page, GuardedPublishPageRevisionAction)
    registry.register(Page, GuardedCopyPageAction)
    registry.register(Page, LoggedEditPageAction)
    registry.register(Page, LoggedCreatePageAction)


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    @actions.register_action("reviews.signed_off")
    class SignedOff(LogFormatter):
        label = "Medical sign-off"

        def format_message(self, log_entry):
            return f"Medical sign-off by {log_entry.data.get('reviewer', 'a medical reviewer')}"

    @actions.register_action("reviews.signoff_refused")
    class SignOffRefused(LogFormatter):
        label = "Medical sign-off refused"

        def format_message(self, log_entry):
            return log_entry.data.get("reason", "Sign-off refused")

    @actions.register_action("reviews.publish_refused")
    class PublishRefusedFormatter(LogFormatter):
        label = "Publish refused"

        def format_message(self, log_entry):
            return f"Publish refused: {log_entry.data.get('reason', '')}"


def _refuse(request, page, error):
    messages.error(request, f"“{page.get_admin_display_title()}” was not published: {error}")
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_publish_page")
def guard_admin_publish(request, page):
    """Edit and create views: refuse before Wagtail publishes; the draft just saved is kept."""
    if not is_guarded(page):
        return None
    try:
        publish_guard(page.get_latest_revision(), request.user)
    except PublishRefused as error:
        return _refuse(request, page, error)
    return None


def _articles_going_live(pages, with_drafts_below):
    for page in pages:
        page = page.specific
        if is_guarded(page):
            yield page
        if with_drafts_below:
            yield from (p for p in page.get_descendants().not_live().specific() if is_guarded(p))


@hooks.register("before_bulk_action")
def guard_bulk_publish(request, action_type, objects, action_class_instance):
    """Bulk publish is refused as a whole when one article may not go live, so nothing half happens."""
    if action_type != "publish" or request.method != "POST":
        return None
    with_drafts_below = bool(request.POST.get("include_descendants"))
    refusals = []
    for page in _articles_going_live(objects, with_drafts_below):
        revision = page.get_latest_revision()
        try:
            publish_guard(revision, request.user, content=None if revision else page)
        except PublishRefused as error:
            refusals.append(f"“{page.get_admin_display_title()}”: {error}")
    if not refusals:
        return None
    messages.error(request, "Nothing was published. " + "; ".join(refusals))
    return redirect(action_class_instance.next_url or reverse("wagtailadmin_home"))


@hooks.register("before_copy_page")
def guard_copy_and_publish(request, page):
    """Admin copy with "publish copies": refused up front, with the reason, when the copy may not go live."""
    if request.method != "POST" or not request.POST.get("publish_copies"):
        return None
    try:
        guard_copy(
            page, request.user, {"title": request.POST.get("new_title")}, bool(request.POST.get("copy_subpages"))
        )
    except PublishRefused as error:
        messages.error(request, f"“{page.get_admin_display_title()}” was not copied: {error}")
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_edit_page")
def show_signoff_state(request, page):
    """On the edit page: who signed off what, whether this draft still matches, and for reviewers a comparison.

    Not on the background request that turns an autosaved new page into its edit form (`_w_hydrate_create_view`):
    a message added there is never shown on it and pops up twice on the writer's next page (found by tests/e2e).
    """
    if request.method != "GET" or request.GET.get("_w_hydrate_create_view") or not is_guarded(page.specific):
        return None
    state = signoff_state(page.specific)
    buttons = []
    if state.compare_url and is_reviewer(request.user):
        buttons.append(messages.button(state.compare_url, "Compare with the signed-off version"))
    show = messages.info if state.matches else messages.warning
    show(request, state.message, buttons=buttons)
    show_requested_changes(request, page)
    return None


def show_requested_changes(request, page):
    """A draft sent back by a reviewer shows their comment where the writer works on it: Wagtail itself shows it
    only deep in the workflow history, so writers did not find it (tests/e2e)."""
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != workflow_state.STATUS_NEEDS_CHANGES:
        return
    task_state = workflow_state.current_task_state
    comment = (task_state.get_comment() or "").strip() if task_state else ""
    if not comment:
        return
    reviewer = task_state.finished_by
    who = (reviewer.get_full_name() or reviewer.get_username()) if reviewer else "The medical reviewer"
    messages.warning(
        request,
        f"{who} requested changes on {format_day(task_state.finished_at)}: “{comment}” "
        "Edit the draft, then resubmit it for review.",
    )


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    if is_reviewer(request.user):
        panels.append(ReviewsDuePanel())


@hooks.register("register_admin_viewset")
def register_signoff_viewset():
    from reviews.admin_views import MedicalSignOffViewSet

    return MedicalSignOffViewSet("medical_signoffs")


@hooks.register("article_medical_review")
def article_medical_review(page, request=None):
    """Answers ArticlePage.medical_review_for_byline(): the review covering the content shown, or None."""
    from reviews.byline import medical_review

    return medical_review(page)


@hooks.register("register_admin_viewset")
def register_review_interval_viewset():
    from reviews.admin_views import ArticleReviewSettingsViewSet

    return ArticleReviewSettingsViewSet("review_intervals")
