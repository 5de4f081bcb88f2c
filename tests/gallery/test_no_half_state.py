"""Failures leave no half state: S3 down means no row; a save failing after the upload removes the object."""

import time
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DataError
from django.db.models.signals import post_save
from django.urls import reverse

from articles.gallery.forms import STORAGE_UNAVAILABLE
from articles.gallery.storage import GuideS3Storage
from articles.models import GuideImage
from tests.gallery.conftest import bucket_keys
from tests.gallery.corpus import photo
from tests.services import start_service, stop_service

pytestmark = [pytest.mark.django_db, pytest.mark.services]


def post_photo(client, data):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Before", "file": SimpleUploadedFile("before.jpg", data), "collection": 1},
    )


@pytest.mark.fault
def test_s3_stopped_during_upload_gives_a_clear_error_and_no_row_then_the_same_upload_works(writer_client, s3_bucket):
    data = photo((320, 240))
    stop_service("s3")
    try:
        started = time.monotonic()
        response = post_photo(writer_client, data)
        elapsed = time.monotonic() - started
    finally:
        start_service("s3")

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [STORAGE_UNAVAILABLE]
    assert STORAGE_UNAVAILABLE.encode() in response.content
    assert not GuideImage.objects.exists()
    assert elapsed < 30  # the writer is told within seconds, not after minutes of retries

    response = post_photo(writer_client, data)
    assert response.status_code == 302
    image = GuideImage.objects.get()
    assert bucket_keys(s3_bucket) == [image.file.name]


def test_a_row_the_database_refuses_takes_its_object_with_it(s3_bucket):
    """A real database failure after the upload: PostgreSQL rejects a title longer than the column."""
    image = GuideImage(title="x" * 300, file=ImageFile(BytesIO(photo()), name="long.jpg"))

    with pytest.raises(DataError):
        image.save()

    assert bucket_keys(s3_bucket) == []


def test_admin_upload_whose_save_fails_after_storing_leaves_neither_row_nor_object(writer_client, s3_bucket):
    """Fault injection: a post_save receiver raising stands in for any failure after the object is stored."""

    def fail(**kwargs):
        raise RuntimeError("simulated failure after upload")

    post_save.connect(fail, sender=GuideImage, dispatch_uid="test-fail-after-upload")
    try:
        with pytest.raises(RuntimeError, match="simulated failure after upload"):
            post_photo(writer_client, photo())
    finally:
        post_save.disconnect(dispatch_uid="test-fail-after-upload", sender=GuideImage)

    assert not GuideImage.objects.exists()
    assert bucket_keys(s3_bucket) == []


@pytest.mark.fault
def test_s3_dying_between_the_checks_and_the_write_leaves_no_row(writer_client, s3_bucket, monkeypatch):
    """The real server is stopped from inside the storage, after validation and just before the PUT.

    The wrapper only chooses the moment; the failure itself is boto3 meeting a closed port.
    """
    real_save = GuideS3Storage._save

    def stop_then_save(storage, name, content):
        stop_service("s3")
        return real_save(storage, name, content)

    monkeypatch.setattr(GuideS3Storage, "_save", stop_then_save)
    try:
        response = post_photo(writer_client, photo((320, 240)))
    finally:
        start_service("s3")

    assert response.context["form"].errors["file"] == [STORAGE_UNAVAILABLE]
    assert not GuideImage.objects.exists()
    assert bucket_keys(s3_bucket) == []
