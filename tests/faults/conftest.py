"""Fault tests run the real application in a real gunicorn, against the test database, while a service fails."""

import pytest
from django.conf import settings

from bench.processes import Gunicorn
from tests.services import require_env


def child_database_url():
    """DATABASE_URL of the database pytest-django created for this run (test_<name>), for child processes."""
    database = settings.DATABASES["default"]
    user = database["USER"] or ""
    return f"postgres://{user}@{database['HOST']}:{database['PORT']}/{database['NAME']}"


@pytest.fixture
def gunicorn(monkeypatch, transactional_db):
    """gunicorn (1 worker, 2 threads, persistent database connections) serving the test database on loopback."""
    require_env("DATABASE_URL")
    monkeypatch.setenv("DATABASE_URL", child_database_url())
    monkeypatch.setenv("ELASTICSEARCH_INDEX_PREFIX", settings.ELASTICSEARCH_INDEX_PREFIX)
    server = Gunicorn(workers=1, threads=2, settings_module="cms.settings.test")
    yield server
    server.stop()
