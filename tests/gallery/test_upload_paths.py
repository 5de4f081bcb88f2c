"""Every way in goes through the same checks: API v3 creation and the chooser's upload tab too."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import APIToken

from articles.models import GuideImage
from tests.gallery.conftest import bucket_keys
from tests.gallery.corpus import HTML_PAGE, exif_of, jpeg_with_gps

pytestmark = [pytest.mark.django_db, pytest.mark.services]

HTML_REFUSAL = (
    "This file is a web page (HTML), not an image, even though its name is “photo.jpg”. "
    "Save the photo itself and upload that."
)


def api_v3_upload(client, writer, name, data):
    _, token = APIToken.create_token(user=writer, name="upload test")
    return client.post(
        reverse("wagtailapi_v3:create_image"),
        {"title": "From the API", "file": SimpleUploadedFile(name, data)},
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def test_api_v3_refuses_a_renamed_web_page_with_the_writers_message(client, writer, s3_bucket):
    response = api_v3_upload(client, writer, "photo.jpg", HTML_PAGE)

    assert response.status_code == 422
    assert HTML_REFUSAL in [error["msg"] for error in response.json()["errors"]]
    assert not GuideImage.objects.exists()
    assert bucket_keys(s3_bucket) == []


def test_api_v3_stores_a_stripped_copy(client, writer, s3_bucket):
    response = api_v3_upload(client, writer, "after.jpg", jpeg_with_gps())

    assert response.status_code == 201
    image = GuideImage.objects.get(pk=response.json()["id"])
    assert exif_of(s3_bucket.Object(image.file.name).get()["Body"].read()) == {}


def test_chooser_upload_tab_refuses_a_renamed_web_page(writer_client, s3_bucket):
    response = writer_client.post(
        reverse("wagtailimages_chooser:create"),
        {"image-chooser-upload-title": "x", "image-chooser-upload-file": SimpleUploadedFile("photo.jpg", HTML_PAGE)},
    )

    assert HTML_REFUSAL in response.json()["htmlFragment"]
    assert not GuideImage.objects.exists()
    assert bucket_keys(s3_bucket) == []
