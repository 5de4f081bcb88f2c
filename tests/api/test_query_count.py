"""A list of 20 articles with every field costs the same number of queries as a list of 5 (no N+1), and an article's
detail costs no more than a list: its author, tags, images and related articles are loaded in bulk, not one by one."""

import datetime

import pytest
from django.utils import timezone

from articles.gallery.models import GalleryConsent
from reviews.fingerprint import content_fingerprint
from reviews.models import MedicalSignOff
from tests.api.helpers import CategoryFactory, PersonFactory, live_article, make_image, make_reviewer

pytestmark = pytest.mark.django_db

# Measured on PostgreSQL; the same for 5 and for 20 articles (docs/api.md quotes it).
QUERIES_FOR_A_FULL_LIST = 15
# 29 while a detail loaded its author, tags, images and each related article one by one.
QUERIES_FOR_A_DETAIL = 15


@pytest.fixture
def twenty_rich_articles(site_tree):
    reviewer_user, reviewer = make_reviewer(photo=make_image("Reviewer", size=(64, 64)))
    consent = GalleryConsent.objects.create(
        label="Case 1", obtained_on=datetime.date(2024, 1, 1), document_reference="1"
    )
    before, after = make_image("Before", size=(64, 48)), make_image("After", size=(64, 48))
    previous = live_article(title="Article 00")
    for number in range(1, 21):
        page = live_article(
            title=f"Article {number:02d}",
            author=PersonFactory(name=f"Author {number}", photo=make_image(f"Author {number}", size=(64, 64))),
            hero_image=make_image(f"Hero {number}", size=(64, 48)),
            category=CategoryFactory(name=f"Category {number}"),
            published=timezone.now() - datetime.timedelta(minutes=number),
            body=[
                {"type": "rich_text", "value": f'<p>See <a linktype="page" id="{previous.pk}">this</a>.</p>'},
                {"type": "question_answer", "value": {"question": "Why?", "answer": "<p>Because.</p>", "cites": []}},
                {
                    "type": "before_after_gallery",
                    "value": {
                        "title": "Results",
                        "pairs": [
                            {
                                "before": before.pk,
                                "after": after.pk,
                                "treatment": "Botox",
                                "time_after_treatment": "",
                                "caption": "",
                                "consent": consent.pk,
                            }
                        ],
                    },
                },
            ],  # fmt: skip
        )
        page.tags.add(f"tag-{number}", "shared")
        page.related_articles.create(related=previous)
        page.save()
        MedicalSignOff.objects.create(
            page_id=page.pk,
            revision=page.save_revision(),
            content_fingerprint=content_fingerprint(page),
            reviewer=reviewer_user,
            reviewer_person=reviewer,
            reviewer_name=reviewer.name,
            reviewer_credentials="MD",
            created_at=timezone.now(),
        )
        previous = page


def full_list(client, limit):
    response = client.get(f"/api/v2/pages/?type=articles.ArticlePage&fields=*&order=-title&limit={limit}")
    assert response.status_code == 200
    return response.json()["items"]


def test_twenty_articles_cost_the_same_queries_as_five(client, twenty_rich_articles, django_assert_num_queries):
    full_list(client, 21)  # the first request creates the renditions; later ones only read them

    with django_assert_num_queries(QUERIES_FOR_A_FULL_LIST):
        five = full_list(client, 5)
    with django_assert_num_queries(QUERIES_FOR_A_FULL_LIST):
        twenty = full_list(client, 20)

    assert [item["title"] for item in five] == [f"Article {n:02d}" for n in range(20, 15, -1)]
    assert len(twenty) == 20
    for item in twenty:  # every field really is there
        assert item["reviewer"]["photo"]["renditions"]["small"]["url"]
        assert item["hero_image"]["renditions"]["large"]["width"] == 64
        assert item["author"]["photo"]["renditions"]["medium"]["width"] == 64  # never upscaled
        assert item["related_articles"][0]["title"].startswith("Article ")
        assert item["body"][2]["value"]["pairs"][0]["before_image"]["id"]
        assert item["byline"]["reviewer"] == "Zahide Eris, MD"
        assert item["jsonld"][1]["@type"] == "FAQPage"
        assert '<a href="/guide/' in item["body"][0]["value"]


def test_a_detail_costs_what_a_list_costs(client, twenty_rich_articles, django_assert_num_queries):
    from articles.models import ArticlePage

    page = ArticlePage.objects.get(title="Article 20")
    url = f"/api/v2/pages/{page.pk}/"
    client.get(url)  # creates the renditions

    with django_assert_num_queries(QUERIES_FOR_A_DETAIL):
        item = client.get(url).json()

    assert item["reviewer"]["photo"]["renditions"]["small"]["url"]
    assert item["author"]["name"] == "Author 20"
    assert item["category"]["name"] == "Category 20"
    assert item["tags"] == ["shared", "tag-20"]
    assert item["related_articles"][0]["title"] == "Article 19"
    assert item["body"][2]["value"]["pairs"][0]["after_image"]["renditions"]["thumbnail"]["url"]
    assert item["byline"]["reviewer"] == "Zahide Eris, MD"
