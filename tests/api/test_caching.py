"""A frontend or CDN revalidates cheaply: ETag / Last-Modified on lists and details, 304 while nothing changed."""

import pytest
from django.utils.http import http_date, parse_http_date

from tests.api.helpers import draft_article, live_article, make_reviewer, make_user, review_and_publish

pytestmark = pytest.mark.django_db

LIST = "/api/v2/pages/?type=articles.ArticlePage&fields=*"


@pytest.mark.parametrize("kind", ["list", "detail"])
def test_unchanged_content_answers_304_and_a_change_gives_a_new_etag(client, site_tree, kind):
    people = make_user("wendy", "Writers"), make_reviewer()[0], make_user("eddie", "Editors")
    page = review_and_publish(draft_article(title="Botox"), *people)
    url = LIST if kind == "list" else f"/api/v2/pages/{page.pk}/"

    first = client.get(url)
    assert first.status_code == 200
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and len(etag) == 42
    assert first["Cache-Control"] == "public, max-age=60, stale-while-revalidate=300"

    again = client.get(url, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert again["Cache-Control"] == "public, max-age=60, stale-while-revalidate=300"
    assert client.get(url, headers={"if-modified-since": last_modified}).status_code == 304

    page.title = "Botox explained"
    review_and_publish(page, *people)

    changed = client.get(url, headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "Botox explained" in changed.content.decode()
    assert parse_http_date(changed["Last-Modified"]) >= parse_http_date(last_modified)


def test_last_modified_follows_unpublishing_so_a_removal_is_never_answered_with_304(client, site_tree):
    keep = live_article(title="Stays")
    gone = live_article(title="Goes")
    before = client.get(LIST)
    stale_date = http_date(0)  # a client copy from long ago
    gone.unpublish()

    after = client.get(LIST, headers={"if-none-match": before["ETag"]})
    assert after.status_code == 200
    assert [item["title"] for item in after.json()["items"]] == [keep.title]
    assert client.get(LIST, headers={"if-modified-since": stale_date}).status_code == 200
    assert client.get(LIST, headers={"if-modified-since": after["Last-Modified"]}).status_code == 304


def test_errors_are_not_given_validators(client, site_tree):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert not response.has_header("ETag")
