import uuid

import pytest

from tests.search.helpers import own_search_index


@pytest.fixture
def es_index(settings):
    """A fresh alias and index under a prefix of this test's own, deleted afterwards."""
    yield from own_search_index(settings, uuid.uuid4().hex[:8])


@pytest.fixture
def no_elasticsearch(settings):
    """The embedded default: no ELASTICSEARCH_URL, so search answers from Wagtail's database backend."""
    settings.ELASTICSEARCH_URL = ""
