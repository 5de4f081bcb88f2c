"""What a search asks of Elasticsearch and PostgreSQL, and the cheaper review-status facet counting as before."""

import datetime

import pytest

from search.connection import get_client
from search.documents import UNKNOWN_STATUS
from search.pipeline import analyzed_text

pytestmark = pytest.mark.django_db


def index_article(alias, page_id, title, review_status, due=None):
    """An article document written straight to the index, so its due date can sit on a facet's boundary."""
    get_client().index(
        index=alias,
        id=page_id,
        document={
            "page_id": page_id,
            "title": title,
            "title_tokens": analyzed_text(title),
            "summary": "",
            "body": "",
            "url": f"/guide/{page_id}/",
            "review_status": review_status,
            "next_review_due": due.isoformat() if due else None,
            "tags": [],
        },
    )


@pytest.fixture
def due_dates(es_index):
    today = datetime.datetime.now(datetime.UTC).date()  # Elasticsearch's "now" is UTC
    days = datetime.timedelta
    index_article(es_index, 1, "Peel overdue yesterday", "overdue", today - days(1))
    index_article(es_index, 2, "Peel due today", "due soon", today)
    index_article(es_index, 3, "Peel due in thirty days", "due soon", today + days(30))
    index_article(es_index, 4, "Peel due in thirty-one days", "current", today + days(31))
    index_article(es_index, 5, "Peel never reviewed", "overdue")
    index_article(es_index, 6, "Peel without the reviews app", UNKNOWN_STATUS)
    get_client().indices.refresh(index=es_index)


def search(client, **params):
    response = client.get("/api/v2/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_each_review_status_facet_counts_what_its_filter_finds(client, due_dates):
    facets = {facet["value"]: facet["count"] for facet in search(client, q="peel")["facets"]["review_status"]}
    assert facets == {"overdue": 2, "due soon": 2, "current": 1, UNKNOWN_STATUS: 1}
    for status, count in facets.items():
        assert search(client, q="peel", review_status=status)["total"] == count


class ElasticsearchRequests:
    def __init__(self, client):
        self.client, self.bodies = client, []
        self._search = client.search

    def __enter__(self):
        def search(*args, **kwargs):
            self.bodies.append(kwargs.get("body"))
            return self._search(*args, **kwargs)

        self.client.search = search
        return self

    def __exit__(self, *exc):
        self.client.search = self._search


def test_a_search_with_results_is_one_request_and_one_sql_query(client, due_dates, django_assert_num_queries):
    with ElasticsearchRequests(get_client()) as requests, django_assert_num_queries(1):  # the synonym check
        body = search(client, q="peel")
    assert body["total"] == 6 and body["did_you_mean"] is None
    assert len(requests.bodies) == 1
    assert "suggest" not in requests.bodies[0]


def test_did_you_mean_is_asked_only_when_nothing_matches(client, due_dates):
    with ElasticsearchRequests(get_client()) as requests:
        body = search(client, q="pyyl")
    assert body["total"] == 0
    assert body["did_you_mean"] == "peel"
    assert len(requests.bodies) == 2
    assert "suggest" in requests.bodies[1]
