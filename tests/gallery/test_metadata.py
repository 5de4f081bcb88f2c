"""A camera JPEG with GPS comes back from S3 upright and without any metadata, as original and as rendition."""

from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles.models import GuideImage
from tests.gallery.corpus import exif_of, jpeg_with_gps, size_of

pytestmark = [pytest.mark.django_db, pytest.mark.services]


def stored_bytes(bucket, name):
    return bucket.Object(name).get()["Body"].read()


def test_corpus_photo_really_carries_gps_and_a_rotation():
    traces = exif_of(jpeg_with_gps())
    assert traces["exif_tags"][0x0112] == 6  # orientation: rotate 90° clockwise
    assert traces["comment"] == b"patient 4711"
    with Image.open(BytesIO(jpeg_with_gps())) as image:
        assert image.getexif().get_ifd(0x8825)[2] == (51.0, 30.0, 12.5)


def test_uploaded_original_and_rendition_lose_gps_exif_and_comment_but_stay_upright(writer_client, s3_bucket):
    response = writer_client.post(
        reverse("wagtailimages:add"),
        {"title": "After", "file": SimpleUploadedFile("after.jpg", jpeg_with_gps((64, 48))), "collection": 1},
    )
    assert response.status_code == 302
    image = GuideImage.objects.get()

    original = stored_bytes(s3_bucket, image.file.name)
    assert exif_of(original) == {}
    # Orientation 6 was applied before removal: the 64×48 sensor image is stored as a 48×64 portrait.
    assert size_of(original) == (48, 64) and (image.width, image.height) == (48, 64)

    rendition = image.get_rendition("fill-24x32")
    rendered = stored_bytes(s3_bucket, rendition.file.name)
    assert exif_of(rendered) == {}
    assert size_of(rendered) == (24, 32)


def test_renditions_of_an_image_stored_outside_the_upload_form_are_stripped(s3_bucket):
    """Images from code (imports, factories) skip the form; Willow would copy their EXIF into renditions."""
    image = GuideImage(title="Legacy", file=ImageFile(BytesIO(jpeg_with_gps((64, 48))), name="legacy.jpg"))
    image.save()
    assert exif_of(stored_bytes(s3_bucket, image.file.name))  # the original really has EXIF

    rendered = stored_bytes(s3_bucket, image.get_rendition("width-32").file.name)
    assert exif_of(rendered) == {}
