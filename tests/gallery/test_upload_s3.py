"""Upload, rendition, fetch through the API's URLs, delete: against the real moto S3 server over HTTP."""

import urllib.request

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from articles.api import IMAGE_RENDITIONS
from articles.models import GuideImage
from tests.gallery.conftest import bucket_keys
from tests.gallery.corpus import photo, size_of
from tests.search.helpers import publish_article

pytestmark = [pytest.mark.django_db, pytest.mark.services]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read()


def upload(client, name, data, title="Before, left cheek"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": 1},
    )


def test_writer_uploads_a_photo_and_it_lands_in_the_bucket_with_type_and_caching(writer_client, s3_bucket):
    response = upload(writer_client, "cheek.jpg", photo((800, 600)))

    assert response.status_code == 302
    image = GuideImage.objects.get()
    assert (image.width, image.height) == (800, 600)
    assert image.file.name.startswith("original_images/cheek")
    stored = s3_bucket.Object(image.file.name)
    assert stored.content_type == "image/jpeg"
    assert stored.cache_control == "private, max-age=3600"
    assert image.file_size == stored.content_length
    assert bucket_keys(s3_bucket) == [image.file.name]


def test_the_api_sizes_are_ready_once_the_upload_commits(writer_client, s3_bucket, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload(writer_client, "cheek.jpg", photo((1200, 900)))

    image = GuideImage.objects.get()
    sizes = {r.filter_spec: (r.width, r.height) for r in image.renditions.all()}
    assert sizes == {"fill-400x300": (400, 300), "max-800x800": (800, 600), "max-1600x1600": (1200, 900)}
    assert len(bucket_keys(s3_bucket)) == 4  # the original and its three sizes, before any reader asked


def test_an_upload_whose_renditions_fail_is_kept_and_they_are_made_on_first_read(
    writer_client, s3_bucket, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(self, *filters):
        raise OSError("decoder crashed")

    monkeypatch.setattr(GuideImage, "get_renditions", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(writer_client, "cheek.jpg", photo((800, 600)))
    monkeypatch.undo()

    assert response.status_code == 302
    image = GuideImage.objects.get()
    assert not image.renditions.exists()
    assert image.get_rendition("fill-400x300").width == 400


def test_multiple_uploader_stores_the_photo(writer_client, s3_bucket):
    response = writer_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile("after.png", photo(image_format="PNG"))}
    )

    assert response.json()["success"] is True
    image = GuideImage.objects.get(pk=response.json()["image_id"])
    assert s3_bucket.Object(image.file.name).content_type == "image/png"


def test_rendition_and_api_urls_fetch_the_bytes_then_delete_empties_the_bucket(
    writer_client, editor_client, s3_bucket, django_capture_on_commit_callbacks
):
    upload(writer_client, "chin.jpg", photo((800, 600)))
    image = GuideImage.objects.get()
    rendition = image.get_rendition("fill-200x150")
    rendition_object = s3_bucket.Object(rendition.file.name)
    assert rendition_object.content_type == "image/jpeg"
    assert rendition_object.cache_control == "private, max-age=3600"

    # Private bucket: the URLs are presigned and expire.
    assert "X-Amz-Signature=" in rendition.url and "X-Amz-Expires=3600" in rendition.url
    status, headers, body = fetch(rendition.url)
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert size_of(body) == (200, 150)

    # The delivery API lists an image once a live article shows it, with rendition URLs a frontend fetches.
    page = publish_article(title="Chin filler", hero_image=image)
    api = Client().get(f"/api/v2/pages/{page.pk}/").json()
    thumbnail = api["hero_image"]["renditions"]["thumbnail"]
    status, headers, body = fetch(thumbnail["url"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert size_of(body) == (thumbnail["width"], thumbnail["height"]) == (400, 300)
    download_url = Client().get(f"/api/v2/images/{image.pk}/").json()["meta"]["download_url"]
    status, _, body = fetch(download_url)
    assert body == s3_bucket.Object(image.file.name).get()["Body"].read()
    assert size_of(body) == (800, 600)
    assert len(bucket_keys(s3_bucket)) == 5  # the original, fill-200x150 and the API's three sizes

    page.delete()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("wagtailimages:delete", args=[image.pk]))

    assert response.status_code == 302
    assert not GuideImage.objects.exists()
    assert bucket_keys(s3_bucket) == []


def test_replacing_the_file_checks_the_new_one_and_removes_the_old_object_and_renditions(
    writer_client, editor_client, s3_bucket, django_capture_on_commit_callbacks
):
    upload(writer_client, "first.jpg", photo((80, 60)))
    image = GuideImage.objects.get()
    image.get_rendition("fill-20x20")
    edit_url = reverse("wagtailimages:edit", args=[image.pk])

    refused = editor_client.post(
        edit_url, {"title": "Replaced", "file": SimpleUploadedFile("second.jpg", b"<html>"), "collection": 1}
    )
    assert refused.status_code == 200
    assert [key for key in bucket_keys(s3_bucket) if key.startswith("original_images/")] == [
        "original_images/first.jpg"
    ]

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            edit_url,
            {"title": "Replaced", "file": SimpleUploadedFile("second.png", photo(image_format="PNG")), "collection": 1},
        )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.file.name.startswith("original_images/second")
    # The old original and its renditions are gone; the API's three sizes of the new file were made at once.
    assert sorted(image.renditions.values_list("filter_spec", flat=True)) == sorted(IMAGE_RENDITIONS.values())
    assert bucket_keys(s3_bucket) == sorted([image.file.name, *(r.file.name for r in image.renditions.all())])
    assert not any("first" in key for key in bucket_keys(s3_bucket))
