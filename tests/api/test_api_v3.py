"""API v3 (Wagtail 8) for management: writers create and edit drafts with a token; publishing goes through the
medical-review guard; the OpenAPI document is served."""

import json

import pytest
from wagtail.models import APIToken

from articles.models import ArticlePage
from reviews.signoff import sign_off
from tests.api.helpers import PersonFactory, make_reviewer, make_user

pytestmark = pytest.mark.django_db

BODY = [
    {"type": "heading", "value": {"text": "What it is", "level": "h2"}},
    {"type": "rich_text", "value": "<p>Botox relaxes the muscles it is injected into.</p>"},
]


def bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name="test")
    return {"authorization": f"Bearer {plaintext}"}


def post(client, url, data, auth):
    return client.post(url, data=json.dumps(data), content_type="application/json", headers=auth)


@pytest.fixture
def writer(site_tree):
    return make_user("wendy", "Writers")


@pytest.fixture
def draft(client, site_tree, writer):
    home, guide = site_tree
    author = PersonFactory(name="Jane Doe")
    response = post(
        client,
        "/api/v3/pages/",
        {
            "meta": {"parent_id": guide.pk, "type": "articles.ArticlePage"},
            "title": "Botox: all about it",
            "slug": "botox",
            "summary": "What Botox is, what it costs and what can go wrong.",
            "author_id": author.pk,
            "body": BODY,
        },
        bearer(writer),
    )
    assert response.status_code == 201, response.content
    return ArticlePage.objects.get(slug="botox")


def test_a_writer_creates_a_draft_that_the_public_api_does_not_show(client, draft, writer):
    assert not draft.live
    assert draft.summary == "What Botox is, what it costs and what can go wrong."
    assert draft.author.name == "Jane Doe"
    assert [block.block_type for block in draft.body] == ["heading", "rich_text"]
    assert draft.get_latest_revision().user == writer
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v3/pages/{draft.pk}/").status_code == 404  # anonymous: the public tier


def test_a_writer_edits_the_draft(client, draft, writer):
    response = client.patch(
        f"/api/v3/pages/{draft.pk}/",
        data=json.dumps({"meta": {"type": "articles.ArticlePage"}, "summary": "A shorter summary."}),
        content_type="application/json",
        headers=bearer(writer),
    )
    assert response.status_code == 200, response.content
    draft.refresh_from_db()
    latest = draft.get_latest_revision_as_object()
    assert (latest.summary, latest.title, latest.live) == ("A shorter summary.", "Botox: all about it", False)


def test_a_writer_cannot_publish(client, draft, writer):
    response = post(client, f"/api/v3/pages/{draft.pk}/actions/publish/", {}, bearer(writer))
    assert response.status_code == 403
    draft.refresh_from_db()
    assert not draft.live


def test_api_v3_publish_goes_through_the_publish_guard(client, draft, writer):
    editor = make_user("eddie", "Editors")
    refused = post(client, f"/api/v3/pages/{draft.pk}/actions/publish/", {}, bearer(editor))
    assert refused.status_code == 403
    assert refused.json()["detail"] == "needs medical review: no medical reviewer has signed off this content yet"
    draft.refresh_from_db()
    assert not draft.live

    reviewer, _person = make_reviewer()
    sign_off(draft.get_latest_revision(), reviewer)
    published = post(client, f"/api/v3/pages/{draft.pk}/actions/publish/", {}, bearer(editor))
    assert published.status_code == 200, published.content
    draft.refresh_from_db()
    assert draft.live
    assert client.get(f"/api/v2/pages/{draft.pk}/").json()["byline"]["reviewer"] == "Zahide Eris, MD"


def test_the_openapi_document_is_served(client, site_tree):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert {"/api/v3/pages/", "/api/v3/pages/{page_id}/", "/api/v3/pages/{page_id}/actions/publish/"} <= set(
        document["paths"]
    )
    article_schemas = [name for name in document["components"]["schemas"] if name.startswith("ArticlePage")]
    assert article_schemas


def test_nul_characters_and_root_page_actions_are_refused_with_400(client, site_tree, writer):
    """Both crashed Wagtail 8.0.1 with a 500 in the schemathesis run."""
    response = client.get("/api/v3/pages/find/", {"html_path": "/guide/\x00"})
    assert response.status_code == 400
    assert response.json() == {"message": "null characters are not allowed in the URL"}
    root = site_tree[0].get_parent()
    moved = post(client, f"/api/v3/pages/{root.pk}/actions/move/", {"destination_id": site_tree[1].pk}, bearer(writer))
    assert moved.status_code == 400
    assert moved.json()["detail"] == "The root of the page tree cannot be changed through the API."
