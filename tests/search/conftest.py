import uuid

import pytest

from search import documents
from search.connection import get_client
from tests.services import require_env


@pytest.fixture
def es_index(settings):
    """A fresh alias and index under a prefix of this test's own, deleted afterwards."""
    require_env("ELASTICSEARCH_URL")
    settings.ELASTICSEARCH_URL = require_env("ELASTICSEARCH_URL")
    settings.ELASTICSEARCH_INDEX_PREFIX = f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{uuid.uuid4().hex[:8]}"
    documents.setup()
    yield documents.alias_name()
    get_client().indices.delete(index=documents.index_pattern(), ignore_unavailable=True, allow_no_indices=True)


@pytest.fixture
def no_elasticsearch(settings):
    """The embedded default: no ELASTICSEARCH_URL, so search answers from Wagtail's database backend."""
    settings.ELASTICSEARCH_URL = ""
