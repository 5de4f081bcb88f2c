"""The Elasticsearch connection, built from settings on first use (never at import time)."""

from functools import cache

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch_dsl import connections

ALIAS = "default"


def is_configured():
    return bool(settings.ELASTICSEARCH_URL)


@cache
def _client_for(url, timeout):
    client = Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)
    connections.add_connection(ALIAS, client)
    return client


def get_client():
    """The shared client for ELASTICSEARCH_URL; also registered as elasticsearch-dsl's default connection."""
    return _client_for(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT)


def reset():
    """Forget the cached client (tests that change ELASTICSEARCH_URL call this)."""
    _client_for.cache_clear()
