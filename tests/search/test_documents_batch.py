"""Search documents built a chunk at a time are the documents built one article at a time, in constant queries.

A rebuild builds documents 200 articles at a time with their sign-offs and review settings read once per chunk,
and reads the body's text from its stored JSON instead of building block values. Readers must not be able to
tell: the same fields, review status, reviewer and text, and no article's facts leaking into another's.
"""

import datetime

import pytest
from django.utils.html import strip_tags

from articles.gallery.models import GalleryConsent
from articles.models import ArticlePage
from bench.corpus import article
from reviews.models import ArticleReviewSettings
from search import documents
from tests.factories import CategoryFactory, PersonFactory
from tests.search.helpers import consented_pair, publish_article, qa, rich

pytestmark = pytest.mark.django_db


def corpus_article(index, **fields):
    """A live, signed-off article with the benchmark corpus's whole block mix (facts, choices, tables, lists)."""
    content = article(index)
    return publish_article(title=content.title, summary=content.summary, body=content.body, **fields)


def gallery_article(consent):
    pair = consented_pair(consent)
    body = [
        {"type": "heading", "value": {"text": "Results", "level": "h2"}},
        {"type": "before_after_gallery", "value": {"title": "Before and after", "pairs": [pair]}},
        qa("Does it hurt?", "A <b>little</b> &amp; briefly."),
    ]
    return publish_article(title="Botox results", body=body)


@pytest.fixture
def varied_articles(s3_bucket):
    """Four articles that differ in every way a document can: blocks, taxonomy, review interval, review state."""
    with_interval = corpus_article(0, category=CategoryFactory(name="Injectables", slug="injectables"))
    with_interval.tags.add("botox", "wrinkles")
    with_interval.save_revision().publish()
    ArticleReviewSettings.objects.create(page=with_interval, review_interval_days=30)
    other_author = corpus_article(1, author=PersonFactory(name="Other Author"))
    consent = GalleryConsent.objects.create(
        label="Clinic A, case 7", obtained_on=datetime.date(2026, 1, 15), document_reference="Form 7"
    )
    gallery = gallery_article(consent)
    # Changed without a new sign-off (as a bulk import could): its review no longer covers what readers see.
    unreviewed = publish_article(title="Peels", body=[rich("Chemical peels, <i>explained</i>.")])
    ArticlePage.objects.filter(pk=unreviewed.pk).update(title="Peels, revised")
    return [with_interval, other_author, gallery, unreviewed]


def converted_body_text(page):
    """The body text the way it was read before chunked builds: through Wagtail's block values."""
    parts, headings = [], []
    for child in page.body:
        if child.block_type in documents.SKIPPED_BLOCKS:
            continue
        if child.block_type == "before_after_gallery":
            texts = documents._gallery_text(child.value)
        else:
            texts = child.block.get_searchable_content(child.value)
        texts = [strip_tags(str(text)).strip() for text in texts if text]
        parts.extend(texts)
        if child.block_type in documents.HEADING_BLOCKS:
            headings.extend(texts)
        elif child.block_type == "question_answer":
            headings.append(strip_tags(str(child.value.get("question", ""))))
    return "\n".join(text for text in parts if text), "\n".join(headings)


def fresh(pages):
    return list(documents.indexable_articles().filter(pk__in=[page.pk for page in pages]))


def test_a_chunk_builds_the_same_documents_as_one_article_at_a_time(varied_articles):
    one_at_a_time = [documents.build_document(page) for page in fresh(varied_articles)]

    in_one_chunk = documents.build_documents(fresh(varied_articles))

    assert in_one_chunk == one_at_a_time
    with_interval, other_author, gallery, unreviewed = in_one_chunk
    assert with_interval["tags"] == ["botox", "wrinkles"]
    assert with_interval["category_name"] == "Injectables"
    assert with_interval["next_review_due"] == with_interval["last_reviewed"] + datetime.timedelta(days=30)
    assert other_author["author"] == "Other Author"
    assert other_author["reviewer"] == "Search Reviewer, MD"
    assert "marionett furrow soften" in gallery["body_tokens"]
    assert (unreviewed["reviewer"], unreviewed["review_status"]) == (None, "overdue")


def test_the_body_text_read_from_stored_json_is_the_text_of_the_block_values(varied_articles):
    for page in fresh(varied_articles):
        assert documents.body_text(page) == converted_body_text(ArticlePage.objects.get(pk=page.pk))


def test_the_whole_corpus_through_builder_processes_equals_the_documents_built_here(varied_articles):
    """all_documents() builds here inside a test's open transaction; forked builders would not see its rows."""
    expected = documents.build_documents(fresh(varied_articles))

    assert list(documents.all_documents(processes=2)) == expected


def test_building_a_chunk_costs_the_same_queries_for_two_articles_or_five(django_assert_num_queries):
    pages = [corpus_article(index) for index in range(5)]
    documents.build_documents(fresh(pages[:1]))  # the site's root paths are cached after the first URL

    two, five = fresh(pages[:2]), fresh(pages)
    with django_assert_num_queries(2):  # the chunk's sign-offs, its review intervals
        documents.build_documents(two)
    with django_assert_num_queries(2):
        documents.build_documents(five)
