"""`search_index rebuild` swaps in a new index with no gap readers could notice, and loses no write."""

import threading
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connections
from django.test import Client

from search import documents
from search.models import IndexOutbox
from search.sync import drain_outbox
from tests.search.helpers import indexed_ids, publish_article, rich

pytestmark = pytest.mark.django_db

QUERIES = ["botox", "fillers", "hyperhidrosis", "peel"]


def publish_corpus():
    topics = ["Botox", "Fillers", "Hyperhidrosis", "Peel"]
    pages = [
        publish_article(title=f"{topic} guide part {n}", body=[rich(f"All about {topic.lower()}, part {n}.")])
        for n in range(3)
        for topic in topics
    ]
    drain_outbox()
    return pages


def test_searches_during_rebuild_never_fail_nor_come_back_empty(es_index):
    publish_corpus()
    failures, answers = [], []
    stop = threading.Event()

    def search_continuously():
        client = Client()
        try:
            while not stop.is_set():
                for query in QUERIES:
                    response = client.get("/api/v2/search/", {"q": query})
                    answers.append(query)
                    if response.status_code != 200 or response.json()["total"] != 3:
                        failures.append((query, response.status_code, response.content[:200]))
        finally:
            connections.close_all()

    searcher = threading.Thread(target=search_continuously)
    searcher.start()
    try:
        first_index = documents.live_indices()
        for _ in range(3):
            call_command("search_index", "rebuild", stdout=StringIO())
    finally:
        stop.set()
        searcher.join(timeout=60)
    assert failures == []
    assert len(answers) > 20  # the searches really overlapped the rebuilds
    (new_index,) = documents.live_indices()
    assert new_index not in first_index
    assert documents.get_client().indices.get(index=documents.index_pattern()).keys() == {new_index}


def test_an_article_published_during_a_rebuild_is_in_the_new_index(es_index, monkeypatch):
    """The publish is placed between the bulk load and the alias swap, where only the building alias catches it."""
    existing = publish_article(title="Before the rebuild")
    drain_outbox()
    load_all = documents.load_all
    late = []

    def load_then_publish(index_name):
        load_all(index_name)
        late.append(publish_article(title="During the rebuild"))
        drain_outbox()

    monkeypatch.setattr(documents, "load_all", load_then_publish)
    documents.migrate(load=True)
    assert indexed_ids() == sorted([existing.pk, late[0].pk])


def test_status_prints_counts_and_outbox_lag(es_index):
    publish_article(title="Counted")
    drain_outbox()
    publish_article(title="Waiting")
    output = StringIO()
    call_command("search_index", "status", stdout=output)
    lines = output.getvalue().splitlines()
    assert lines[0].startswith(f"Alias: {documents.alias_name()} -> {documents.alias_name()}-")
    assert lines[1:4] == [
        "Documents in index: 1",
        "Live public articles in database: 2",
        f"Outbox rows waiting: {IndexOutbox.objects.count()}",
    ]
    assert lines[4].startswith("Oldest outbox row age: ")


def test_a_rebuilt_index_reaches_readers_merged_into_one_segment(es_index, monkeypatch):
    """Fuzzy matching expands each typo over every segment's terms: readers get one segment per shard."""
    publish_article(title="Merged article 0")
    load_all = documents.load_all

    def load_while_the_worker_writes(index_name):  # each worker write during a rebuild refreshes: a new segment
        load_all(index_name)
        for index in (1, 2):
            publish_article(title=f"Merged article {index}")
            drain_outbox()

    monkeypatch.setattr(documents, "load_all", load_while_the_worker_writes)
    client = documents.get_client()
    new_index = documents.migrate(load=True)
    shards = client.indices.segments(index=new_index)["indices"][new_index]["shards"]
    assert [len(copy["segments"]) for copies in shards.values() for copy in copies] == [1] * len(shards)
    assert len(indexed_ids()) == 3


def test_a_merge_that_times_out_still_swaps_in_the_rebuilt_index(es_index, monkeypatch, caplog):
    from elastic_transport import ConnectionTimeout

    publish_article(title="Kept")

    def time_out(*args, **kwargs):
        raise ConnectionTimeout("merge took too long")

    monkeypatch.setattr(type(documents.get_client().indices), "forcemerge", time_out)
    new_index = documents.migrate(load=True)
    assert documents.live_indices() == [new_index]
    assert len(indexed_ids()) == 1
    assert "merging segments failed" in caplog.text
