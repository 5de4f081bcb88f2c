"""The publication mode decides URLs and caching: private presigned objects, or public immutable CDN objects."""

import urllib.parse

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings

from articles.gallery.storage import GuideS3Storage
from tests.gallery.corpus import photo

pytestmark = [pytest.mark.services]


def test_private_objects_get_short_lived_presigned_urls_and_no_shared_caching(s3_bucket):
    storage = GuideS3Storage()
    name = storage.save("original_images/private.jpg", ContentFile(photo()))

    stored = s3_bucket.Object(name)
    assert (stored.content_type, stored.cache_control) == ("image/jpeg", "private, max-age=3600")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(storage.url(name)).query)
    assert query["X-Amz-Expires"] == ["3600"] and "X-Amz-Signature" in query


@override_settings(AWS_S3_CUSTOM_DOMAIN="media.guide.example", AWS_QUERYSTRING_AUTH=False)
def test_cdn_objects_are_public_immutable_and_unsigned(s3_bucket):
    storage = GuideS3Storage()
    name = storage.save("images/public.fill-10x10.png", ContentFile(photo(image_format="PNG")))

    stored = s3_bucket.Object(name)
    assert (stored.content_type, stored.cache_control) == ("image/png", "public, max-age=31536000, immutable")
    assert storage.url(name) == f"https://media.guide.example/{name}"


def test_the_type_comes_from_our_name_never_from_what_the_browser_claimed(s3_bucket):
    storage = GuideS3Storage()
    claimed_html = ContentFile(photo(), name="x.jpg")
    claimed_html.content_type = "text/html"
    name = storage.save("original_images/claimed.jpg", claimed_html)

    assert s3_bucket.Object(name).content_type == "image/jpeg"


def test_names_are_never_overwritten(s3_bucket):
    storage = GuideS3Storage()
    first = storage.save("original_images/same.jpg", ContentFile(photo()))
    second = storage.save("original_images/same.jpg", ContentFile(photo()))

    assert first != second
    assert sorted(item.key for item in s3_bucket.objects.all()) == sorted([first, second])
