"""On the edit page: the sign-off state of the draft, and for reviewers Wagtail's comparison against the
signed-off revision."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.contrib.messages import get_messages

from reviews.signoff import sign_off
from tests.factories import ArticlePageFactory, demo_guide
from tests.reviews.conftest import BODY, edit, make_reviewer, reload

pytestmark = pytest.mark.django_db

NEW_BODY = [BODY[0], {"type": "rich_text", "value": "<p>Botox relaxes every muscle it is injected into.</p>"}]


@pytest.fixture
def signed(writer, reviewer):
    with time_machine.travel(datetime(2021, 2, 4, 10, 0, tzinfo=UTC)):
        page = ArticlePageFactory(title="Botox: all about it", slug="botox", live=False, body=BODY, parent=demo_guide())
        sign_off(page.save_revision(user=writer), reviewer)
    return reload(page)


def edit_page_messages(client, user, page):
    client.force_login(user)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response, [str(message) for message in get_messages(response.wsgi_request)]


def test_a_draft_that_matches_the_sign_off_says_so(client, signed, writer):
    _, messages = edit_page_messages(client, writer, signed)

    assert any(
        "Medically reviewed by Zahide Eris, MD on 4 Feb 2021; this draft matches the reviewed content." in message
        for message in messages
    )


def test_a_changed_draft_says_it_differs_and_reviewers_get_the_comparison(client, signed, writer):
    signed_revision = signed.get_latest_revision()
    latest = edit(signed, writer, body=NEW_BODY)
    colleague = make_reviewer("colleague", "Cole League")

    _, messages = edit_page_messages(client, colleague, reload(signed))

    [state] = [message for message in messages if "Medically reviewed" in message]
    assert (
        "Medically reviewed by Zahide Eris, MD on 4 Feb 2021; this draft differs from the reviewed content "
        "(the body changed) and needs a new medical review."
    ) in state
    compare_url = f"/admin/pages/{signed.pk}/revisions/compare/{signed_revision.pk}...{latest.pk}/"
    assert compare_url in state
    assert client.get(compare_url).status_code == 200


def test_writers_see_the_state_without_the_reviewer_comparison(client, signed, writer):
    edit(signed, writer, body=NEW_BODY)

    _, messages = edit_page_messages(client, writer, reload(signed))

    [state] = [message for message in messages if "Medically reviewed" in message]
    assert "this draft differs from the reviewed content" in state
    assert "/revisions/compare/" not in state


def test_an_article_never_reviewed_says_it_needs_a_review(client, draft, writer):
    _, messages = edit_page_messages(client, writer, draft)

    assert any("No medical sign-off yet" in message for message in messages)
