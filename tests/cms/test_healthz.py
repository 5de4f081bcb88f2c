"""/healthz tells an operator which part is down, with 503, and recovers when it is back."""

import pytest
from django.test import override_settings

from search import connection as search_connection
from tests.services import require_env, start_service, stop_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def reset_search_client():
    search_connection.reset()
    yield
    search_connection.reset()


def test_all_parts_answer(client, reset_search_client):
    require_env("ELASTICSEARCH_URL")
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == {"status": "ok", "vendor": "postgresql"}
    assert body["checks"]["search"]["backend"] == "elasticsearch"
    assert body["checks"]["storage"]["backend"] == "s3"
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.fault
def test_stopped_storage_server_gives_503_then_recovers(client):
    require_env("AWS_S3_ENDPOINT_URL")
    stop_service("s3")
    try:
        response = client.get("/healthz")
        assert response.status_code == 503
        body = response.json()
        assert body["status"] == "error"
        assert body["checks"]["storage"]["status"] == "error"
        assert body["checks"]["database"]["status"] == "ok"
    finally:
        start_service("s3")
    assert client.get("/healthz").status_code == 200


def test_unreachable_search_node_gives_503(client, reset_search_client):
    # Nothing listens on port 9 of loopback: a real refused connection, as when the node is down.
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9"):
        search_connection.reset()
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["search"]["status"] == "error"


def test_without_configured_services_the_embedded_defaults_are_healthy(client, reset_search_client, settings):
    settings.ELASTICSEARCH_URL = ""
    settings.AWS_STORAGE_BUCKET_NAME = ""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["checks"]["search"] == {"status": "ok", "backend": "database"}
    assert response.json()["checks"]["storage"] == {"status": "ok", "backend": "local"}
