"""A writer previews a draft in the frontend: /api/v2/page_preview/ returns it for a valid token only."""

import html
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.test import RequestFactory
from django.utils import timezone

from tests.api.helpers import live_article, make_user

pytestmark = pytest.mark.django_db

PREVIEW = "/api/v2/page_preview/"


def frontend_preview(page, user):
    """What the admin's "Frontend" preview mode does for the writer: returns the token the frontend receives."""
    request = RequestFactory().get("/admin/preview/", HTTP_HOST="localhost")
    request.user = user
    response = page.serve_preview(request, "frontend")
    assert response.status_code == 200
    url = html.unescape(re.search(r'src="([^"]+)"', response.content.decode()).group(1))
    assert url.startswith("http://localhost:3000/preview/?")
    query = parse_qs(urlsplit(url).query)
    assert query["content_type"] == ["articles.articlepage"]
    return query["token"][0]


@pytest.fixture
def live_with_draft(site_tree):
    page = live_article(title="Botox", summary="The live summary.")
    draft = page.get_latest_revision_as_object()
    draft.title = "Botox (draft)"
    draft.summary = "A summary nobody has reviewed yet."
    draft.save_revision()
    return page, draft


def test_the_draft_is_returned_with_a_valid_token_and_never_elsewhere(client, live_with_draft):
    page, draft = live_with_draft
    token = frontend_preview(draft, make_user("wendy", "Writers"))

    response = client.get(PREVIEW, {"content_type": "articles.articlepage", "token": token})
    assert response.status_code == 200
    data = response.json()
    assert (data["id"], data["title"], data["summary"]) == (
        page.pk,
        "Botox (draft)",
        "A summary nobody has reviewed yet.",
    )
    assert data["body"] == [
        {"type": "heading", "value": {"text": "What it is", "level": "h2"}},
        {"type": "rich_text", "value": "<p>A sample treatment explained for tests.</p>"},
    ]
    assert response["Cache-Control"] == "no-store, private"

    # The public API keeps showing the live version.
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["title"] == "Botox"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "content_type and token are required"),
        ({"content_type": "articles.articlepage", "token": "id=1:forged:signature"}, "the preview token is not valid"),
    ],
)
def test_without_a_valid_token_there_is_no_draft(client, live_with_draft, params, message):
    response = client.get(PREVIEW, params)
    assert response.status_code == 404
    assert response.json() == {"message": message}


def test_a_tampered_token_or_another_type_gets_nothing(client, live_with_draft):
    page, draft = live_with_draft
    token = frontend_preview(draft, make_user("wendy", "Writers"))
    tampered = token[:-2] + ("aa" if not token.endswith("aa") else "bb")
    assert client.get(PREVIEW, {"content_type": "articles.articlepage", "token": tampered}).status_code == 404
    wrong_type = client.get(PREVIEW, {"content_type": "articles.guideindexpage", "token": token})
    assert wrong_type.json() == {"message": "no preview for this token"}


def test_the_token_is_short_lived(client, live_with_draft, settings):
    page, draft = live_with_draft
    token = frontend_preview(draft, make_user("wendy", "Writers"))
    params = {"content_type": "articles.articlepage", "token": token}
    later = timezone.now() + timedelta(seconds=settings.HEADLESS_PREVIEW_TOKEN_MAX_AGE + 1)
    with time_machine.travel(later):
        response = client.get(PREVIEW, params)
    assert response.status_code == 404
    assert response.json() == {"message": "the preview token has expired: press Preview again"}
