"""Each service the suite relies on is the real thing, not a stand-in."""

import uuid

import boto3
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.db import connection
from storages.backends.s3 import S3Storage

from search.connection import get_client
from tests.services import require_env

pytestmark = pytest.mark.django_db


def test_database_is_postgresql():
    require_env("DATABASE_URL")
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        assert cursor.fetchone()[0].startswith("15.")


def test_elasticsearch_is_a_real_8x_node():
    require_env("ELASTICSEARCH_URL")
    response = get_client().cluster.health()
    assert response.meta.headers["X-Elastic-Product"] == "Elasticsearch"
    nodes = get_client().nodes.info(filter_path="nodes.*.version")
    versions = [node["version"] for node in nodes["nodes"].values()]
    assert versions and all(version.startswith("8.") for version in versions)


def test_file_saved_through_django_storages_is_read_back_by_a_separate_client(s3_bucket):
    require_env("AWS_S3_ENDPOINT_URL")
    assert isinstance(storages["default"], S3Storage)
    name = default_storage.save(f"smoke/{uuid.uuid4()}.txt", ContentFile(b"stored through django-storages"))

    separate = boto3.client(
        "s3",
        endpoint_url=settings.AWS_S3_ENDPOINT_URL,
        region_name=settings.AWS_S3_REGION_NAME,
    )
    body = separate.get_object(Bucket=settings.AWS_STORAGE_BUCKET_NAME, Key=name)["Body"].read()
    assert body == b"stored through django-storages"
    assert settings.AWS_S3_ENDPOINT_URL.startswith("http://127.0.0.1:")
