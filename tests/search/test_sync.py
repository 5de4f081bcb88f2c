"""Every change readers would notice reaches the index through the outbox, and nothing else does."""

import datetime

import pytest
from django.db import transaction
from wagtail.models import PageViewRestriction

from articles.gallery.models import GalleryConsent
from search.connection import get_client
from search.documents import alias_name
from search.models import IndexOutbox
from search.sync import drain_outbox, enqueue_page
from tests.factories import CategoryFactory, GuideIndexPageFactory, UserFactory
from tests.search.helpers import consented_pair, indexed_ids, publish_article, rich

pytestmark = pytest.mark.django_db


def indexed_source(page):
    return get_client().get(index=alias_name(), id=page.pk)["_source"]


def found(client, query):
    return [result["id"] for result in client.get("/api/v2/search/", {"q": query}).json()["results"]]


def test_publishing_writes_the_outbox_row_in_the_same_transaction(es_index):
    page = publish_article(title="Microneedling")
    assert list(IndexOutbox.objects.filter(page_id=page.pk).values_list("page_id", flat=True))
    drain_outbox()
    revision = page.save_revision()
    with pytest.raises(RuntimeError, match="crash after publish"), transaction.atomic():
        revision.publish()
        raise RuntimeError("crash after publish")
    assert not IndexOutbox.objects.exists()


def test_unpublish_removes_the_hit_once_the_worker_ran(client, es_index):
    page = publish_article(title="Chemical peels", body=[rich("A peel removes the outer layer of skin.")])
    drain_outbox()
    assert found(client, "peel") == [page.pk]
    page.unpublish()
    assert found(client, "peel") == [page.pk]  # eventually consistent: the outbox row waits for the worker
    assert drain_outbox() >= 1
    assert found(client, "peel") == []
    assert not IndexOutbox.objects.exists()


def test_deleting_a_page_removes_its_document(es_index):
    keep = publish_article(title="Laser hair removal")
    gone = publish_article(title="Tattoo removal")
    drain_outbox()
    gone.delete()
    drain_outbox()
    assert indexed_ids() == [keep.pk]


def test_moving_a_page_updates_its_url(es_index):
    page = publish_article(title="Thread lift")
    drain_outbox()
    assert indexed_source(page)["url"].endswith("/guide/thread-lift/")
    other_guide = GuideIndexPageFactory(title="Archive", slug="archive")
    page.move(other_guide, pos="last-child")
    drain_outbox()
    assert indexed_source(page)["url"].endswith("/archive/thread-lift/")


def test_a_private_page_leaves_the_index_and_returns_when_public_again(es_index):
    page = publish_article(title="Private clinic notes")
    drain_outbox()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    drain_outbox()
    assert indexed_ids() == []
    restriction.delete()
    drain_outbox()
    assert indexed_ids() == [page.pk]


def test_a_draft_edit_does_not_change_what_readers_find(client, es_index):
    page = publish_article(title="Cryolipolysis")
    drain_outbox()
    page.title = "Fat freezing draft"
    page.save_revision()
    assert not IndexOutbox.objects.exists()
    drain_outbox()
    assert indexed_source(page)["title"] == "Cryolipolysis"


def test_enqueue_page_is_the_hook_for_other_apps(es_index):
    page = publish_article(title="Skin boosters")
    drain_outbox()
    get_client().delete(index=alias_name(), id=page.pk, refresh=True)
    enqueue_page(page.pk)
    drain_outbox()
    assert indexed_ids() == [page.pk]


def test_only_live_public_articles_are_indexed(es_index):
    live = publish_article(title="Live article")
    publish_article(title="Draft article").unpublish()
    drain_outbox()
    assert indexed_ids() == [live.pk]


def test_withdrawing_a_gallery_consent_removes_its_words_from_search(client, es_index, s3_bucket):
    consent = GalleryConsent.objects.create(
        label="Clinic A, case 7", obtained_on=datetime.date(2026, 1, 15), document_reference="Form 7"
    )
    pair = consented_pair(consent)
    page = publish_article(
        title="Before and after Botox",
        body=[{"type": "before_after_gallery", "value": {"title": "Results", "pairs": [pair]}}],
    )
    drain_outbox()
    assert found(client, "marionette furrows") == [page.pk]
    consent.withdraw(UserFactory(username="search-editor"))
    assert drain_outbox() == 1
    assert found(client, "marionette furrows") == []
    assert found(client, "before and after botox") == [page.pk]


def test_renaming_a_category_updates_the_articles_that_show_it(es_index):
    category = CategoryFactory(name="Skin care", slug="skin-care")
    page = publish_article(title="Retinoids", category=category)
    drain_outbox()
    category.name = "Skin health"
    category.save()
    drain_outbox()
    assert indexed_source(page)["category_name"] == "Skin health"
