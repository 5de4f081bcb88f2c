"""The search outbox worker SIGKILLed in the middle of a batch: the next run loses nothing and duplicates nothing.

The worker runs as a real `manage.py search_worker` process against the test database and the real
Elasticsearch, through tests/faults/proxy.py, which kills it at an exact point of its second bulk write:
before Elasticsearch saw the batch, or after Elasticsearch applied it but before the worker could delete the
batch's outbox rows. A second, undisturbed run must leave the index equal to the live, public articles.
"""

import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings
from elasticsearch.helpers import scan

from articles.models import ArticlePage
from bench.seed import Seeder
from search import documents
from search.connection import get_client
from search.models import IndexOutbox
from search.sync import enqueue_pages
from tests.faults.conftest import child_database_url
from tests.faults.proxy import AFTER_ES_APPLIED_IT, BEFORE_ES_SEES_IT, KillingProxy
from tests.services import ROOT, require_env

pytestmark = [pytest.mark.fault, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARTICLES = 60
UNPUBLISHED = 5
REPEATS = 4  # more rows than the worker's batch of 200, so the kill lands in the second batch


@pytest.fixture
def index_prefix(settings):
    """A fresh alias and index under this test's own prefix, deleted afterwards."""
    settings.ELASTICSEARCH_URL = require_env("ELASTICSEARCH_URL")
    settings.ELASTICSEARCH_INDEX_PREFIX = f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{uuid.uuid4().hex[:8]}"
    yield settings.ELASTICSEARCH_INDEX_PREFIX
    get_client().indices.delete(index=documents.index_pattern(), ignore_unavailable=True, allow_no_indices=True)


def worker(elasticsearch_url, *arguments):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": child_database_url(),
        "ELASTICSEARCH_URL": elasticsearch_url,
        "ELASTICSEARCH_INDEX_PREFIX": settings.ELASTICSEARCH_INDEX_PREFIX,
    }
    command = [sys.executable, "manage.py", "search_worker", *arguments]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def indexed_ids():
    client = get_client()
    client.indices.refresh(index=documents.alias_name())
    hits = scan(client, index=documents.alias_name(), query={"query": {"match_all": {}}, "_source": False})
    return [int(hit["_id"]) for hit in hits]


def queue_a_big_change():
    """An indexed corpus, then 245 outbox rows: every article four times (bulk edits) and five real unpublishes."""
    Seeder(ARTICLES, with_images=False).run()
    documents.migrate(load=True)
    ids = list(ArticlePage.objects.live().order_by("pk").values_list("pk", flat=True))
    assert len(ids) == ARTICLES
    IndexOutbox.objects.all().delete()
    for _ in range(REPEATS):
        enqueue_pages(ids)
    for page in ArticlePage.objects.filter(pk__in=ids[:UNPUBLISHED]):
        page.unpublish()
    return ids


@pytest.mark.parametrize("when", [BEFORE_ES_SEES_IT, AFTER_ES_APPLIED_IT])
def test_a_worker_killed_mid_batch_loses_and_duplicates_nothing_on_the_next_run(index_prefix, when):
    ids = queue_a_big_change()
    rows = IndexOutbox.objects.count()
    assert rows >= REPEATS * ARTICLES + UNPUBLISHED > 200

    proxy = KillingProxy(require_env("ELASTICSEARCH_URL"), kill_on_bulk=2, when=when)
    try:
        killed = worker(proxy.url, "--interval", "0.2")
        proxy.victim_pid = killed.pid
        assert proxy.killed.wait(timeout=120), "the worker never reached its second bulk write"
        killed.wait(timeout=30)
    finally:
        proxy.close()
    assert killed.returncode == -9
    left = IndexOutbox.objects.count()
    assert 0 < left < rows, "the first batch was acknowledged and the killed one was not"

    rerun = worker(require_env("ELASTICSEARCH_URL"), "--once")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert out.strip() == f"Indexed changes for {left} outbox rows."

    live = set(ids[UNPUBLISHED:])
    assert set(documents.indexable_articles().values_list("pk", flat=True)) == live
    found = indexed_ids()
    assert len(found) == len(set(found)) == len(live)
    assert set(found) == live
    assert not IndexOutbox.objects.exists()
