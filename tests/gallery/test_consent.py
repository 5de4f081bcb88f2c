"""Withdrawing a consent takes its pair out of the page, the API and the search index at once, and says who did it."""

import datetime
import uuid
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from articles.blocks import BeforeAfterGalleryBlock
from articles.gallery.consent import live_pages_using, pair_is_shown, visible_pairs
from articles.gallery.models import SCOPE_INTERNAL, GalleryConsent
from articles.models import GuideImage
from search.connection import get_client
from search.documents import alias_name
from search.sync import drain_outbox
from tests.gallery.corpus import photo
from tests.search.conftest import es_index  # noqa: F401  (the real Elasticsearch index fixture)
from tests.search.helpers import publish_article

pytestmark = [pytest.mark.django_db, pytest.mark.services]

OBTAINED = datetime.date(2026, 1, 15)


def image(name):
    picture = GuideImage(title=name, file=ImageFile(BytesIO(photo()), name=f"{name}.jpg"))
    picture.save()
    return picture


def pair(consent, caption):
    return {
        "type": "item",
        "id": str(uuid.uuid4()),
        "value": {
            "before": image("before").pk,
            "after": image("after").pk,
            "treatment": "Botox",
            "time_after_treatment": "4 weeks",
            "caption": caption,
            "consent": consent.pk,
        },
    }


def consent(label, **fields):
    fields.setdefault("obtained_on", OBTAINED)
    return GalleryConsent.objects.create(label=label, document_reference=f"Form {label}", **fields)


@pytest.fixture
def article(s3_bucket):
    kept, withdrawn = consent("Case 1"), consent("Case 2")
    page = publish_article(
        title="Botox gallery",
        body=[
            {
                "type": "before_after_gallery",
                "value": {
                    "title": "Results",
                    "pairs": [pair(kept, "Crow's feet softened"), pair(withdrawn, "Glabellar furrows smoothed")],
                },
            }
        ],
    )
    return page, kept, withdrawn


def gallery_of(page):
    return next(child.value for child in page.body if child.block_type == "before_after_gallery")


def captions_in_context(page):
    value = gallery_of(page)
    context = BeforeAfterGalleryBlock().get_context(value)
    return [item["caption"] for item in context["value"]["pairs"]]


def captions_in_api(page):
    value = gallery_of(page)
    return [item["caption"] for item in BeforeAfterGalleryBlock().get_api_representation(value)["pairs"]]


def search_hits(words):
    get_client().indices.refresh(index=alias_name())
    response = get_client().search(
        index=alias_name(), body={"query": {"multi_match": {"query": words, "fields": ["*"]}}}
    )
    return [int(hit["_id"]) for hit in response["hits"]["hits"]]


def api_captions(page):
    """Captions of the pairs the delivery API v2 gives the frontend for this article."""
    response = Client().get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    body = response.json()["body"]
    return [
        pair["caption"] for block in body if block["type"] == "before_after_gallery" for pair in block["value"]["pairs"]
    ]


def api_image_status(image_id):
    return Client().get(f"/api/v2/images/{image_id}/").status_code


def rendered(page):
    response = Client().get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_withdrawal_removes_the_pair_from_template_api_and_search_and_records_who(
    article,
    editor_client,
    editor,
    es_index,  # noqa: F811
):
    page, kept, withdrawn = article
    drain_outbox()
    html = rendered(page)
    assert "Crow&#x27;s feet softened" in html and "Glabellar furrows smoothed" in html
    assert captions_in_context(page) == ["Crow's feet softened", "Glabellar furrows smoothed"]
    assert captions_in_api(page) == ["Crow's feet softened", "Glabellar furrows smoothed"]
    assert api_captions(page) == ["Crow's feet softened", "Glabellar furrows smoothed"]
    withdrawn_images = [
        item["value"][key] for item in page.body.raw_data[0]["value"]["pairs"][1:] for key in ("before", "after")
    ]
    assert [api_image_status(image_id) for image_id in withdrawn_images] == [200, 200]
    assert search_hits("glabellar furrows") == [page.pk]
    assert live_pages_using(withdrawn) == [page.pk]

    response = editor_client.post(reverse("gallery_withdraw_consent", args=[withdrawn.pk]))
    assert response.status_code == 302
    drain_outbox()

    withdrawn.refresh_from_db()
    assert withdrawn.withdrawn_by == editor and withdrawn.withdrawn_on is not None
    entry = ModelLogEntry.objects.get(action="gallery.consent_withdrawn")
    assert (entry.user, entry.object_id) == (editor, str(withdrawn.pk))
    page.refresh_from_db()
    html = rendered(page)
    assert "Crow&#x27;s feet softened" in html and "Glabellar furrows smoothed" not in html
    assert captions_in_context(page) == ["Crow's feet softened"]
    assert captions_in_api(page) == ["Crow's feet softened"]
    assert api_captions(page) == ["Crow's feet softened"]
    assert [api_image_status(image_id) for image_id in withdrawn_images] == [404, 404]
    assert search_hits("glabellar furrows") == []
    assert search_hits("crow's feet") == [page.pk]


def test_only_editors_may_withdraw_consent(article, writer_client):
    _, _, withdrawn = article
    response = writer_client.post(reverse("gallery_withdraw_consent", args=[withdrawn.pk]))
    assert response.status_code in (302, 403)
    withdrawn.refresh_from_db()
    assert withdrawn.withdrawn_on is None


def test_consent_rules(article):
    page, kept, _ = article
    future = consent("Not yet signed", obtained_on=datetime.date.today() + datetime.timedelta(days=3))
    internal = consent("Training only", scope=SCOPE_INTERNAL)
    assert kept.allows_publication()
    assert not future.allows_publication() and not internal.allows_publication()
    assert not pair_is_shown({"consent": None})
    assert [item["caption"] for item in visible_pairs(gallery_of(page))] == [
        "Crow's feet softened",
        "Glabellar furrows smoothed",
    ]
