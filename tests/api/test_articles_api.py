"""/api/v2/pages/ gives a frontend everything about an article in one request, in the documented shape."""

import datetime

import pytest
from django.utils import timezone

from articles.serializers import article_to_data
from cms.api.articles import plain_body
from reviews.byline import byline_facts
from tests.api.helpers import (
    CategoryFactory,
    PersonFactory,
    draft_article,
    live_article,
    make_image,
    make_reviewer,
    make_user,
    review_and_publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(site_tree):
    writer = make_user("wendy", "Writers")
    reviewer, reviewer_person = make_reviewer(photo=make_image("Reviewer photo"))
    editor = make_user("eddie", "Editors")
    return writer, reviewer, editor


def detail(client, page, **params):
    response = client.get(f"/api/v2/pages/{page.pk}/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_an_article_comes_with_every_field_in_one_request(client, site_tree):
    author = PersonFactory(name="Jane Doe", credentials="RN", photo=make_image("Jane", alt="Jane smiling"))
    other = live_article(title="Dermal fillers", summary="What fillers do.")
    page = live_article(
        title="Botox",
        author=author,
        hero_image=make_image("Hero", alt="A syringe", size=(2000, 1000)),
        category=CategoryFactory(name="Injectables", slug="injectables"),
        body=[{"type": "rich_text", "value": f'<p>Compare <a linktype="page" id="{other.pk}">fillers</a>.</p>'}],
    )
    page.related_articles.create(related=other)
    page.tags.add("wrinkles", "forehead")
    page.save()

    data = detail(client, page)

    assert data["title"] == "Botox"
    assert data["author"]["name"] == "Jane Doe"
    assert data["author"]["credentials"] == "RN"
    assert data["author"]["photo"]["alt"] == "Jane smiling"
    assert data["author"]["photo"]["renditions"]["small"]["width"] == 96
    assert data["category"] == {"slug": "injectables", "name": "Injectables"}
    assert data["tags"] == ["forehead", "wrinkles"]
    hero = data["hero_image"]
    assert (hero["alt"], hero["width"], hero["height"]) == ("A syringe", 2000, 1000)
    assert {name: (r["width"], r["height"]) for name, r in hero["renditions"].items()} == {
        "thumbnail": (400, 300),
        "medium": (800, 400),
        "large": (1600, 800),
    }
    assert hero["renditions"]["large"]["url"].startswith("http")
    assert data["related_articles"] == [
        {"id": other.pk, "slug": "dermal-fillers", "title": "Dermal fillers", "url": "/guide/dermal-fillers/",
         "summary": "What fillers do."}
    ]  # fmt: skip
    # Rich text as HTML for the frontend: the internal link resolved to the page's path.
    assert data["body"] == [
        {"type": "rich_text", "value": '<p>Compare <a href="/guide/dermal-fillers/">fillers</a>.</p>'}
    ]


def test_the_api_shape_is_the_shared_article_shape_plus_documented_additions(client, site_tree):
    """Every key of article_to_data (the import format) is in the API, with the same value where nothing is added."""
    other = live_article(title="Peels")
    page = live_article(
        title="Botox", body=[{"type": "rich_text", "value": f'<p><a linktype="page" id="{other.pk}">x</a></p>'}]
    )
    page.related_articles.create(related=other)
    page.save()
    page.refresh_from_db()

    shared = article_to_data(page)
    api = detail(client, page, rich_text_format="db_html")
    assert set(shared) <= set(api)
    additions = {"author", "hero_image", "related_articles", "body"}  # values that gain keys (docs/api.md)
    for key in set(shared) - additions:
        assert api[key] == shared[key], key
    assert api["body"] == plain_body(shared["body"])
    assert {k: v for k, v in api["author"].items() if k in shared["author"]} == shared["author"]
    assert [{k: link[k] for k in ("slug", "title")} for link in api["related_articles"]] == shared["related_articles"]


def test_byline_and_json_ld_name_the_reviewer_only_after_a_real_sign_off(client, people):
    writer, reviewer, editor = people
    unreviewed = live_article(title="Not reviewed yet")
    data = detail(client, unreviewed)
    assert data["reviewer"] is None
    assert data["byline"]["last_reviewed"] is None
    assert "reviewedBy" not in data["jsonld"][0] and "lastReviewed" not in data["jsonld"][0]

    page = draft_article(title="Botox")
    page = review_and_publish(page, writer, reviewer, editor)
    data = detail(client, page)
    today = timezone.localdate().isoformat()
    assert data["reviewer"]["name"] == "Zahide Eris"
    assert data["reviewer"]["credentials"] == "MD"
    assert data["reviewer"]["photo"]["renditions"]["medium"]["width"] == 240
    assert data["byline"]["reviewer"] == "Zahide Eris, MD"
    assert data["byline"]["last_reviewed"] == today
    assert data["byline"]["review_status"] == "current"
    assert data["byline"]["review_history"] == [
        {"reviewer": "Zahide Eris, MD", "reviewer_name": "Zahide Eris", "reviewer_credentials": "MD", "date": today}
    ]
    medical_page = data["jsonld"][0]
    assert medical_page["@type"] == "MedicalWebPage"
    assert medical_page["reviewedBy"] == {"@type": "Person", "name": "Zahide Eris", "honorificSuffix": "MD"}
    assert medical_page["lastReviewed"] == today
    assert medical_page["datePublished"].startswith(today)


def test_bulk_byline_facts_equal_the_review_apps_byline_facts(client, people):
    writer, reviewer, editor = people
    page = draft_article(title="Botox")
    page = review_and_publish(page, writer, reviewer, editor)
    expected = byline_facts(page)
    expected = {
        key: [{**entry, "date": entry["date"].isoformat()} for entry in value]
        if key == "review_history"
        else value.isoformat()
        if isinstance(value, datetime.date)
        else value
        for key, value in expected.items()
    }
    assert detail(client, page)["byline"] == expected


def test_question_and_answer_blocks_become_an_faq_page(client, site_tree):
    answer = {"question": "Does it hurt?", "answer": "<p>A <b>little</b>.</p>", "cites": []}
    page = live_article(body=[{"type": "question_answer", "value": answer}])
    faq = detail(client, page)["jsonld"][1]
    assert faq == {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": "Does it hurt?", "acceptedAnswer": {"@type": "Answer", "text": "A little."}}
        ],
    }


def test_the_rendered_page_has_the_same_json_ld_in_its_head(client, site_tree):
    page = live_article(
        title="Botox",
        body=[{"type": "question_answer", "value": {"question": "Safe?", "answer": "<p>Mostly.</p>", "cites": []}}],
    )
    html = client.get(page.url).content.decode()
    head = html.split("</head>")[0]
    assert head.count('<script type="application/ld+json">') == 2
    assert '"@type": "MedicalWebPage"' in head
    assert '"@type": "FAQPage"' in head
