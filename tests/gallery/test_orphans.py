"""The backstop for a crash between upload and commit: files with no row are found and removed."""

from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from articles.models import GuideImage
from tests.gallery.conftest import bucket_keys
from tests.gallery.corpus import photo

pytestmark = [pytest.mark.django_db, pytest.mark.services]


def test_orphans_are_listed_then_deleted_and_images_in_use_are_kept(writer_client, s3_bucket):
    writer_client.post(
        reverse("wagtailimages:add"),
        {"title": "Kept", "file": SimpleUploadedFile("kept.jpg", photo()), "collection": 1},
    )
    image = GuideImage.objects.get()
    rendition = image.get_rendition("fill-10x10")
    orphan = default_storage.save("original_images/crashed.jpg", ContentFile(photo()))

    listing = StringIO()
    call_command("gallery_orphans", "--min-age", "0", stdout=listing)
    assert listing.getvalue() == f"orphan: {orphan}\n1 orphaned file(s).\n"
    assert orphan in bucket_keys(s3_bucket)

    call_command("gallery_orphans", "--min-age", "0", "--delete", stdout=StringIO())
    assert bucket_keys(s3_bucket) == sorted([image.file.name, rendition.file.name])


def test_young_files_may_be_uploads_in_progress_and_are_left_alone(s3_bucket):
    default_storage.save("original_images/in-flight.jpg", ContentFile(photo()))

    output = StringIO()
    call_command("gallery_orphans", "--delete", stdout=output)

    assert output.getvalue() == "0 orphaned file(s) deleted.\n"
    assert bucket_keys(s3_bucket) == ["original_images/in-flight.jpg"]
