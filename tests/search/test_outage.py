"""Elasticsearch down: publishing goes on, the outbox waits, search says so clearly, and nothing is lost."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from search.documents import indexable_articles
from search.models import IndexOutbox
from search.sync import SearchUnavailable, drain_outbox
from tests.search.helpers import indexed_ids, publish_article
from tests.services import start_service, stop_service

pytestmark = pytest.mark.django_db


@pytest.mark.fault
def test_publishing_while_elasticsearch_is_stopped_loses_nothing(client, es_index):
    first = publish_article(title="Before the outage")
    drain_outbox()
    stop_service("elasticsearch")
    try:
        published = [publish_article(title=f"Published during the outage {n}") for n in range(5)]
        assert all(page.live for page in published)
        first.unpublish()
        waiting = IndexOutbox.objects.count()
        assert waiting >= 6
        with pytest.raises(SearchUnavailable, match="Elasticsearch is not answering"):
            drain_outbox()
        assert IndexOutbox.objects.count() == waiting
        with pytest.raises(CommandError, match="the outbox rows wait for the next run"):
            call_command("search_worker", "--once")
        response = client.get("/api/v2/search/", {"q": "outage"})
        assert response.status_code == 503
        assert response.json() == {
            "error": "search_unavailable",
            "message": "Search is temporarily unavailable. Please try again in a minute.",
        }
        assert client.get("/api/v2/search/suggest/", {"q": "outa"}).status_code == 503
    finally:
        start_service("elasticsearch")
    assert drain_outbox() == waiting
    assert indexed_ids() == sorted(indexable_articles().values_list("pk", flat=True))
    assert indexed_ids() == sorted(page.pk for page in published)
    assert not IndexOutbox.objects.exists()


def test_a_search_server_that_refuses_connections_answers_503(client, settings):
    """Port 9 on loopback has no listener: a real refused connection, no mock."""
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    response = client.get("/api/v2/search/", {"q": "botox"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["error"] == "search_unavailable"
