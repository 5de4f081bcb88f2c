"""Invariant 1: every path that can make an article live is refused without a valid sign-off, changing nothing,
and succeeds with one. One test (pair) per path."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import override_settings
from wagtail.actions import CopyPageAction, RevertToPageRevisionAction
from wagtail.models import APIToken, Page, PageLogEntry, Revision

from articles.models import ArticlePage, GuideIndexPage
from reviews.guard import PublishRefused
from reviews.signoff import sign_off
from reviews.workflow import ensure_guide_workflow, medical_review_workflow
from tests.factories import demo_guide
from tests.reviews.conftest import BODY, edit, edit_form_data, reload

pytestmark = pytest.mark.django_db

SIGNED_AT = datetime(2021, 2, 4, 10, 0, tzinfo=UTC)
UNSIGNED = "needs medical review: no medical reviewer has signed off this content yet"
BODY_CHANGED = "needs medical review: the body changed after Zahide Eris, MD signed off on 4 Feb 2021"
NEW_BODY = [BODY[0], {"type": "rich_text", "value": "<p>Botox relaxes every muscle it is injected into.</p>"}]


def refusals(page):
    return list(PageLogEntry.objects.filter(page=page, action="reviews.publish_refused").order_by("timestamp"))


def publishes(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()


def live_state(page):
    page = reload(page)
    return page.live, page.live_revision_id, page.last_published_at, page.title, publishes(page)


def admin_messages(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


@pytest.fixture
def changed_article(reviewer, writer, editor):
    """Live article signed off on 4 Feb 2021, then the writer changed a word of the body (not signed off)."""
    from tests.factories import ArticlePageFactory, demo_guide

    with time_machine.travel(SIGNED_AT):
        page = ArticlePageFactory(title="Botox: all about it", slug="botox", live=False, body=BODY, parent=demo_guide())
        page.save_revision(user=writer)
        sign_off(page.get_latest_revision(), reviewer)
        page.get_latest_revision().publish(user=editor)
    edit(reload(page), writer, body=NEW_BODY)
    return reload(page)


# Admin publish button -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_admin_publish_of_an_unsigned_draft_is_refused_for_editor_and_superuser(client, draft, who, request):
    user = request.getfixturevalue(who)
    client.force_login(user)
    before = live_state(draft)

    response = client.post(f"/admin/pages/{draft.pk}/edit/", edit_form_data(draft))

    assert response.status_code == 302
    assert admin_messages(response) == [f"“Botox: all about it” was not published: {UNSIGNED}"]
    assert live_state(draft) == before
    [refusal] = refusals(draft)
    assert (refusal.user, refusal.data["reason"]) == (user, UNSIGNED)


def test_admin_publish_of_a_changed_body_names_the_reviewer_and_date(client, changed_article, editor):
    client.force_login(editor)
    before = live_state(changed_article)

    response = client.post(f"/admin/pages/{changed_article.pk}/edit/", edit_form_data(changed_article))

    assert admin_messages(response) == [f"“Botox: all about it” was not published: {BODY_CHANGED}"]
    assert live_state(changed_article) == before
    assert reload(changed_article).body.raw_data[1]["value"] == BODY[1]["value"]


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_admin_publish_of_a_signed_draft_goes_live(client, signed_draft, who, request):
    client.force_login(request.getfixturevalue(who))

    response = client.post(f"/admin/pages/{signed_draft.pk}/edit/", edit_form_data(signed_draft))

    assert response.status_code == 302
    assert reload(signed_draft).live
    assert refusals(signed_draft) == []


# Workflow: sign-off, then editorial approval that publishes -----------------------------------------------------


def run_workflow_to_editorial_step(page, writer, reviewer):
    guide = GuideIndexPage.objects.get()
    ensure_guide_workflow(guide)
    workflow_state = medical_review_workflow().start(page, writer)
    medical_state = workflow_state.current_task_state
    medical_state.task.specific.on_action(medical_state, reviewer, "approve", comment="Accurate.")
    workflow_state.refresh_from_db()
    return workflow_state


def test_workflow_sign_off_then_editorial_approval_publishes(draft, writer, reviewer, editor):
    workflow_state = run_workflow_to_editorial_step(draft, writer, reviewer)
    editorial = workflow_state.current_task_state
    assert editorial.task.name == "Editorial approval"

    editorial.task.specific.on_action(editorial, editor, "approve")

    page = reload(draft)
    assert page.live
    assert page.live_revision == page.get_latest_revision()


def test_workflow_approval_after_an_edit_that_followed_the_sign_off_does_not_publish(draft, writer, reviewer, editor):
    workflow_state = run_workflow_to_editorial_step(draft, writer, reviewer)
    edit(reload(draft), editor, body=NEW_BODY)
    editorial = workflow_state.current_task_state

    editorial.task.specific.on_action(editorial, editor, "approve")

    workflow_state.refresh_from_db()
    assert not reload(draft).live
    assert publishes(draft) == 0
    # Wagtail sends the changed draft back to the medical review, which the guard's rules then apply to.
    assert workflow_state.current_task_state.task.name == "Medical sign-off"


@override_settings(WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT=False)
def test_workflow_approval_is_refused_by_the_guard_even_when_wagtail_would_not_ask_again(
    draft, writer, reviewer, editor
):
    workflow_state = run_workflow_to_editorial_step(draft, writer, reviewer)
    edit(reload(draft), editor, body=NEW_BODY)
    editorial = workflow_state.current_task_state

    with pytest.raises(PublishRefused) as refused:
        editorial.task.specific.on_action(editorial, editor, "approve")

    assert str(refused.value).startswith("needs medical review: the body changed after Zahide Eris, MD signed off on")
    assert not reload(draft).live
    assert publishes(draft) == 0


# API v3 ---------------------------------------------------------------------------------------------------------


def api_publish(client, user, page):
    _, token = APIToken.create_token(user=user, name="tests")
    return client.post(
        f"/api/v3/pages/{page.pk}/actions/publish/",
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )


def test_api_v3_publish_of_a_changed_article_is_refused_with_the_reason(client, changed_article, editor):
    before = live_state(changed_article)

    response = api_publish(client, editor, changed_article)

    assert response.status_code == 403
    assert response.json()["detail"] == BODY_CHANGED
    assert live_state(changed_article) == before
    assert [entry.user for entry in refusals(changed_article)] == [editor]


def test_api_v3_publish_of_a_signed_draft_goes_live(client, signed_draft, editor):
    response = api_publish(client, editor, signed_draft)

    assert response.status_code == 200, response.content
    assert reload(signed_draft).live


# publish_scheduled ----------------------------------------------------------------------------------------------


def schedule(page, user, when):
    revision = page.get_latest_revision()
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=when)
    return revision


def test_publish_scheduled_refuses_an_unsigned_go_live_revision_and_says_why(draft, editor):
    revision = schedule(draft, editor, datetime.now(UTC) - timedelta(minutes=5))
    out, err = StringIO(), StringIO()

    call_command("publish_scheduled", stdout=out, stderr=err)

    assert err.getvalue().strip() == f"Not published: “Botox: all about it” (revision {revision.pk}): {UNSIGNED}"
    assert not reload(draft).live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None  # still scheduled: a later sign-off lets it go live
    assert [entry.data["reason"] for entry in refusals(draft)] == [UNSIGNED]


def test_publish_scheduled_publishes_a_signed_go_live_revision(signed_draft, editor):
    schedule(signed_draft, editor, datetime.now(UTC) - timedelta(minutes=5))
    err = StringIO()

    call_command("publish_scheduled", stdout=StringIO(), stderr=err)

    assert err.getvalue() == ""
    assert reload(signed_draft).live


# Revert to an old revision and publish --------------------------------------------------------------------------


@pytest.fixture
def reviewed_twice(writer, reviewer, editor):
    """v1 signed off and published on 4 Feb 2021; v2 (body changed) signed off and published 10 days later."""
    from tests.factories import ArticlePageFactory, demo_guide

    with time_machine.travel(SIGNED_AT):
        page = ArticlePageFactory(title="Botox: all about it", slug="botox", live=False, body=BODY, parent=demo_guide())
        v1 = page.save_revision(user=writer)
        sign_off(v1, reviewer)
        v1.publish(user=editor)
    with time_machine.travel(SIGNED_AT + timedelta(days=10)):
        v2 = edit(reload(page), writer, body=NEW_BODY)
        sign_off(v2, reviewer)
        v2.publish(user=editor)
    return reload(page), v1


def revert_and_publish(page, old_revision, user):
    revision = RevertToPageRevisionAction(page, old_revision, user=user).execute()
    revision.publish(user=user, previous_revision=old_revision)
    return revision


def test_revert_and_publish_is_allowed_while_the_old_sign_off_is_unexpired(reviewed_twice, editor):
    page, v1 = reviewed_twice
    with time_machine.travel(SIGNED_AT + timedelta(days=100)):
        revision = revert_and_publish(page, v1, editor)

    page = reload(page)
    assert page.live_revision == revision
    assert page.body.raw_data[1]["value"] == BODY[1]["value"]


def test_revert_and_publish_is_refused_once_the_old_sign_off_expired(reviewed_twice, editor):
    page, v1 = reviewed_twice
    before = live_state(page)
    with time_machine.travel(SIGNED_AT + timedelta(days=400)), pytest.raises(PublishRefused) as refused:
        revert_and_publish(page, v1, editor)

    assert str(refused.value) == (
        "needs medical review: this older version was signed off by Zahide Eris, MD on 4 Feb 2021, "
        "more than 365 days ago"
    )
    assert live_state(page) == before


# Copy with publish ----------------------------------------------------------------------------------------------


def copy_live(page, user, **update_attrs):
    return CopyPageAction(
        page, update_attrs={"slug": "botox-copy", **update_attrs}, keep_live=True, user=user
    ).execute()


def test_copy_with_publish_of_signed_content_goes_live(live_article, editor):
    copy = copy_live(live_article, editor)

    assert copy.live
    assert ArticlePage.objects.live().count() == 2


def test_copy_with_publish_and_a_new_title_is_refused_and_creates_nothing(live_article, editor):
    pages = Page.objects.count()

    with pytest.raises(PublishRefused) as refused:
        copy_live(live_article, editor, title="Botox copy")

    # Shell copies meet the backstop, which sees a new page whose title no sign-off covers.
    assert str(refused.value) == UNSIGNED
    assert Page.objects.count() == pages


def test_admin_copy_with_publish_is_refused_with_the_reason(client, live_article, editor):
    client.force_login(editor)
    pages = Page.objects.count()

    response = client.post(
        f"/admin/pages/{live_article.pk}/copy/",
        {
            "new_title": "Botox copy",
            "new_slug": "botox-copy",
            "new_parent_page": live_article.get_parent().pk,
            "publish_copies": "on",
        },
    )

    assert response.status_code == 302
    [message] = admin_messages(response)
    assert message.startswith("“Botox: all about it” was not copied: needs medical review: the title changed after")
    assert Page.objects.count() == pages


# Bulk publish ---------------------------------------------------------------------------------------------------


def bulk_publish(client, *pages):
    ids = "&".join(f"id={page.pk}" for page in pages)
    return client.post(f"/admin/bulk/wagtailcore/page/publish/?{ids}&next=/admin/", {})


def test_bulk_publish_is_refused_as_a_whole_when_one_article_is_unsigned(client, signed_draft, editor):
    from tests.factories import ArticlePageFactory

    other = ArticlePageFactory(title="Fillers", slug="fillers", live=False, body=BODY)
    other.save_revision(user=editor)
    client.force_login(editor)

    response = bulk_publish(client, signed_draft, other)

    assert response.status_code == 302
    assert admin_messages(response) == [f"Nothing was published. “Fillers”: {UNSIGNED}"]
    assert not reload(signed_draft).live
    assert not reload(other).live


def test_bulk_publish_of_signed_articles_goes_live(client, signed_draft, editor):
    client.force_login(editor)

    bulk_publish(client, signed_draft)

    assert reload(signed_draft).live


# Shell: revision.publish() --------------------------------------------------------------------------------------


def test_shell_publish_of_an_unsigned_revision_is_refused(draft):
    before = live_state(draft)

    with pytest.raises(PublishRefused) as refused:
        draft.get_latest_revision().publish()

    assert str(refused.value) == UNSIGNED
    assert live_state(draft) == before
    assert [entry.data["reason"] for entry in refusals(draft)] == [UNSIGNED]


def test_shell_publish_of_a_changed_live_article_is_refused(changed_article):
    before = live_state(changed_article)

    with pytest.raises(PublishRefused) as refused:
        changed_article.get_latest_revision().publish()

    assert str(refused.value) == BODY_CHANGED
    assert live_state(changed_article) == before


def test_shell_publish_of_a_signed_revision_goes_live(signed_draft):
    signed_draft.get_latest_revision().publish()

    assert reload(signed_draft).live


def test_pages_other_than_articles_publish_freely(db):
    guide = demo_guide()
    guide.intro = "Changed intro"
    guide.save_revision().publish()

    assert reload(guide).intro == "Changed intro"


def test_api_v3_edit_and_publish_of_a_medical_change_is_refused_and_saves_nothing(client, live_article, editor):
    _, token = APIToken.create_token(user=editor, name="tests")
    revisions = live_article.revisions.count()
    before = live_state(live_article)

    response = client.patch(
        f"/api/v3/pages/{live_article.pk}/",
        {"meta": {"type": "articles.ArticlePage", "action": "publish"}, "summary": "Now also for migraines."},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )

    assert response.status_code == 403, response.content
    assert response.json()["detail"].startswith("needs medical review: the summary changed after Zahide Eris, MD")
    assert live_state(live_article) == before
    assert live_article.revisions.count() == revisions
    assert [entry.user for entry in refusals(live_article)] == [editor]


def test_api_v3_copy_kept_live_with_a_new_title_is_refused_with_the_reason(client, live_article, editor):
    _, token = APIToken.create_token(user=editor, name="tests")
    pages = Page.objects.count()

    response = client.post(
        f"/api/v3/pages/{live_article.pk}/actions/copy/",
        {"title": "Botox copy", "slug": "botox-copy"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )

    assert response.status_code == 403, response.content
    assert response.json()["detail"].startswith("needs medical review: the title changed after Zahide Eris, MD")
    assert Page.objects.count() == pages
    assert [entry.user for entry in refusals(live_article)] == [editor]
