"""Without ELASTICSEARCH_URL the same endpoints answer from Wagtail's database backend, in the same shape."""

import pytest

from tests.factories import CategoryFactory
from tests.search.helpers import publish_article, rich

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"id", "title", "title_html", "url", "summary", "snippet", "tags", "category", "review_status"}
BODY_KEYS = {"query", "backend", "total", "page", "page_size", "num_pages", "results", "facets", "did_you_mean"}


@pytest.fixture
def guide(no_elasticsearch):
    skin = CategoryFactory(name="Skin", slug="skin")
    peel = publish_article(
        title="Chemical peels",
        summary="A peel removes damaged outer layers of skin.",
        category=skin,
        tags=["peels"],
        body=[rich("Light peels need no downtime; deep peels need two weeks.")],
    )
    laser = publish_article(
        title="Laser resurfacing",
        summary="Laser light removes layers of skin to smooth lines.",
        category=skin,
        tags=["laser"],
    )
    draft = publish_article(title="Peel aftercare draft", summary="Not for readers yet.")
    draft.unpublish()
    return {"peel": peel, "laser": laser}


def test_search_answers_from_the_database_in_the_same_shape(client, guide):
    body = client.get("/api/v2/search/", {"q": "peel"}).json()
    assert set(body) == BODY_KEYS
    assert body["backend"] == "database"
    assert [result["title"] for result in body["results"]] == ["Chemical peels"]
    (result,) = body["results"]
    assert set(result) == RESULT_KEYS
    assert result["snippet"] == "Light <mark>peels</mark> need no downtime; deep <mark>peels</mark> need two weeks."
    assert result["url"].endswith("/guide/chemical-peels/")
    assert body["facets"]["tags"] == [{"value": "peels", "label": "peels", "count": 1}]
    assert body["facets"]["category"] == [{"value": "skin", "label": "Skin", "count": 1}]
    assert body["facets"]["review_status"] == [{"value": "current", "label": "current", "count": 1}]


def test_filters_and_empty_query(client, guide):
    body = client.get("/api/v2/search/", {"q": "", "category": "skin", "tag": "laser"}).json()
    assert [result["title"] for result in body["results"]] == ["Laser resurfacing"]
    assert body["total"] == 1
    assert {facet["value"]: facet["count"] for facet in body["facets"]["tags"]} == {"laser": 1, "peels": 1}


def test_did_you_mean_from_the_guide_vocabulary(client, guide):
    body = client.get("/api/v2/search/", {"q": "lazer"}).json()
    assert body["total"] == 0
    assert body["did_you_mean"] == "laser"


def test_suggest_from_the_database(client, guide):
    body = client.get("/api/v2/search/suggest/", {"q": "las"}).json()
    assert body == {
        "query": "las",
        "suggestions": [{"id": guide["laser"].pk, "title": "Laser resurfacing", "url": guide["laser"].get_url()}],
    }


def test_bad_page_number_is_refused_with_a_reason(client, no_elasticsearch):
    response = client.get("/api/v2/search/", {"q": "peel", "page": "0"})
    assert response.status_code == 400
    assert response.json() == {"error": "bad_request", "message": "page must be a whole number from 1 to 100"}


def test_without_elasticsearch_publishing_queues_nothing(no_elasticsearch):
    from search.models import IndexOutbox

    publish_article(title="Nothing to queue")
    assert not IndexOutbox.objects.exists()
