"""Invariant 2: tags, SEO fields, related articles and the slug are not medical content. Changing them publishes
without a new review, keeps “last reviewed” and moves “last updated”; changing a word of the body does not publish."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.contrib.messages import get_messages
from wagtail.test.utils.form_data import inline_formset, rich_text

from reviews.byline import byline_facts
from reviews.signoff import sign_off
from tests.factories import ArticlePageFactory, demo_guide
from tests.reviews.conftest import BODY, edit_form_data, reload

pytestmark = pytest.mark.django_db

SIGNED_AT = datetime(2021, 2, 4, 10, 0, tzinfo=UTC)
EDITED_AT = SIGNED_AT + timedelta(days=30)


@pytest.fixture
def published(writer, reviewer, editor):
    with time_machine.travel(SIGNED_AT):
        page = ArticlePageFactory(title="Botox: all about it", slug="botox", live=False, body=BODY, parent=demo_guide())
        sign_off(page.save_revision(user=writer), reviewer)
        page.get_latest_revision().publish(user=editor)
    return reload(page)


def publish_in_admin(client, page, **changes):
    with time_machine.travel(EDITED_AT):
        response = client.post(f"/admin/pages/{page.pk}/edit/", edit_form_data(page, **changes))
    return response, [str(message).strip() for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    "changes",
    [
        {"tags": "wrinkles, injectables"},
        {"seo_title": "Botox: costs, risks and alternatives", "search_description": "All about Botox."},
        {"slug": "botox-guide"},
        "related",
    ],
    ids=["tags", "seo", "slug", "related-articles"],
)
def test_metadata_edits_publish_without_review_and_keep_last_reviewed(client, published, editor, changes):
    if changes == "related":
        other = ArticlePageFactory(title="Fillers", slug="fillers")
        changes = {"related_articles": inline_formset([{"related": other.pk}])}
    client.force_login(editor)

    response, messages = publish_in_admin(client, published, **changes)

    page = reload(published)
    assert response.status_code == 302
    assert not any("not published" in message for message in messages)
    assert page.live_revision == page.get_latest_revision()
    facts = byline_facts(page)
    assert facts["last_reviewed"] == date(2021, 2, 4)
    assert facts["reviewer"] == "Zahide Eris, MD"
    assert facts["last_updated"] == EDITED_AT.date()
    assert facts["written"] == date(2021, 2, 4)


def test_editing_a_word_of_the_body_needs_a_new_review(client, published, editor):
    client.force_login(editor)
    body = [
        ("heading", {"text": "What it is", "level": "h2"}),
        ("rich_text", rich_text("<p>Botox relaxes the muscles it is put into.</p>")),
    ]

    response, messages = publish_in_admin(client, published, body=body)

    page = reload(published)
    assert messages == [
        "“Botox: all about it” was not published: needs medical review: "
        "the body changed after Zahide Eris, MD signed off on 4 Feb 2021"
    ]
    assert page.live_revision != page.get_latest_revision()
    assert byline_facts(page)["last_updated"] == date(2021, 2, 4)
