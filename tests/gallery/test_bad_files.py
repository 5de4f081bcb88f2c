"""The bad-file corpus: each file is refused before storage with its own message; no row, no object."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from articles.models import GuideImage
from tests.gallery import corpus
from tests.gallery.conftest import bucket_keys

pytestmark = [pytest.mark.django_db, pytest.mark.services]

CORPUS = [
    (
        "bomb.png",
        corpus.decompression_bomb,
        "This 5.8 KB file would unpack to 48 megapixels, a trick used to crash servers "
        "(a “decompression bomb”). It was not uploaded.",
    ),
    (
        "huge.png",
        corpus.png_with_huge_declared_size,
        "This image claims to be 100000 × 100000 pixels, but the file holds far too little data for that: "
        "it is damaged or deliberately malformed. It was not uploaded.",
    ),
    (
        "half.jpg",
        corpus.truncated_jpeg,
        "This image file is damaged or incomplete (it may not have finished downloading or copying). "
        "Export the photo again and upload the new copy.",
    ),
    (
        "drawing.svg",
        lambda: corpus.SVG_WITH_SCRIPT,
        "SVG drawings cannot be uploaded because they can contain scripts. "
        "Save the picture as JPEG, PNG or WebP and upload that.",
    ),
    (
        "photo.jpg",
        lambda: corpus.HTML_PAGE,
        "This file is a web page (HTML), not an image, even though its name is “photo.jpg”. "
        "Save the photo itself and upload that.",
    ),
    (
        "empty.jpg",
        lambda: b"",
        "This file is empty (0 bytes). Choose the photo again; the copy on your computer may be incomplete.",
    ),
    (
        "big.jpg",
        lambda: corpus.photo((300, 200), quality=100),
        "This file is 9.1 KB; the largest image you can upload is 2.0 KB. Export a smaller JPEG and upload that.",
    ),
    (
        "renamed.jpg",
        lambda: corpus.photo(image_format="PNG"),
        "This file is named “renamed.jpg” but contains a PNG image. Rename it to end in .png and upload it again.",
    ),
    (
        "anim.gif",
        lambda: b"GIF89a" + b"\x00" * 64,
        "This file is a GIF. Only JPEG, PNG and WebP images can be uploaded.",
    ),
]


def limits(name):
    """The oversize case uses a small byte limit so the test need not build a 10 MB file."""
    return override_settings(GUIDE_IMAGE_MAX_BYTES=2048 if name == "big.jpg" else 10 * 1024 * 1024)


@pytest.mark.parametrize(("name", "make", "message"), CORPUS, ids=[case[0] for case in CORPUS])
def test_admin_add_view_refuses_with_its_own_message(writer_client, s3_bucket, name, make, message):
    with limits(name):
        response = writer_client.post(
            reverse("wagtailimages:add"),
            {"title": "Bad file", "file": SimpleUploadedFile(name, make()), "collection": 1},
        )

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [message]
    assert not GuideImage.objects.exists()
    assert bucket_keys(s3_bucket) == []


@pytest.mark.parametrize(("name", "make", "message"), CORPUS, ids=[case[0] for case in CORPUS])
def test_multiple_uploader_refuses_with_its_own_message(writer_client, s3_bucket, name, make, message):
    with limits(name):
        response = writer_client.post(
            reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, make())}
        )

    assert response.json() == {"success": False, "error_message": message}
    assert not GuideImage.objects.exists()
    assert bucket_keys(s3_bucket) == []


def test_every_refusal_has_a_different_message():
    assert len({message for _, _, message in CORPUS}) == len(CORPUS)


@override_settings(GUIDE_IMAGE_MAX_PIXELS=100_000)
def test_a_real_photo_over_the_pixel_limit_is_told_to_resize(writer_client, s3_bucket):
    noisy = corpus.noise_photo((400, 300))
    response = writer_client.post(
        reverse("wagtailimages:add"), {"title": "Big", "file": SimpleUploadedFile("big.jpg", noisy), "collection": 1}
    )

    assert response.context["form"].errors["file"] == [
        "This image is 400 × 300 pixels (0.1 megapixels); the largest you can upload is 0.1 megapixels. "
        "Resize it and upload it again."
    ]
    assert not GuideImage.objects.exists()
