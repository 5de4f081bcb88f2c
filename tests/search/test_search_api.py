"""The public search API on the real Elasticsearch node: synonyms, stemming, typos, facets, snippets, suggest."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from search.sync import drain_outbox
from tests.factories import CategoryFactory
from tests.search.helpers import publish_article, qa, rich

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(es_index):
    """A small guide: the words each test looks for are in exactly the articles named here."""
    injectables = CategoryFactory(name="Injectables", slug="injectables")
    conditions = CategoryFactory(name="Conditions", slug="conditions")
    pages = {
        "botox": publish_article(
            title="Botox: all about it",
            summary="What botulinum toxin injections do, how long they last and what they cost.",
            category=injectables,
            tags=["wrinkles", "injections"],
            body=[
                rich("Botox relaxes the muscles that cause expression lines."),
                qa("How long does Botox last?", "Results usually last three to four months."),
            ],
        ),
        "crows": publish_article(
            title="Treating lateral canthal lines",
            summary="The fine lines at the outer corner of the eyes and the treatments that soften them.",
            category=injectables,
            tags=["wrinkles"],
            body=[rich("OnabotulinumtoxinA is approved for lateral canthal lines in adults.")],
        ),
        "sweat": publish_article(
            title="Hyperhidrosis explained",
            summary="Why some people sweat far more than the body needs, and how it is treated.",
            category=conditions,
            tags=["sweating"],
            body=[rich("Hyperhidrosis affects the armpits, hands and feet; injections can block the nerve signal.")],
        ),
        "fillers": publish_article(
            title="Dermal fillers",
            summary="Hyaluronic acid gels that restore volume to cheeks and lips.",
            category=injectables,
            tags=["volume"],
            body=[rich("A filler injection adds volume; results last six to eighteen months.")],
        ),
    }
    drain_outbox()
    return pages


def search(client, **params):
    response = client.get("/api/v2/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(body):
    return [result["title"] for result in body["results"]]


def test_a_brand_name_finds_the_article_written_with_the_generic_name(client, corpus):
    body = search(client, q="botox crow's feet")
    assert titles(body)[:1] == ["Treating lateral canthal lines"]


def test_a_reader_phrase_finds_the_medical_term(client, corpus):
    assert titles(search(client, q="excessive sweating")) == ["Hyperhidrosis explained"]


def test_plurals_and_other_word_forms_match(client, corpus):
    assert "Dermal fillers" in titles(search(client, q="filler injections"))
    assert titles(search(client, q="hyperhidrosis"))[0] == "Hyperhidrosis explained"


@pytest.mark.parametrize(
    ("typo", "expected"), [("botx", "Botox: all about it"), ("hyperhydrosis", "Hyperhidrosis explained")]
)
def test_typos_are_forgiven(client, corpus, typo, expected):
    assert titles(search(client, q=typo))[0] == expected


def test_the_title_match_ranks_first(client, corpus):
    assert titles(search(client, q="botox"))[0] == "Botox: all about it"


def test_facets_count_results_and_filters_narrow_them(client, corpus):
    body = search(client, q="injections")
    assert body["facets"]["category"] == [
        {"value": "injectables", "label": "Injectables", "count": 2},
        {"value": "conditions", "label": "Conditions", "count": 1},
    ]
    assert body["facets"]["review_status"] == [{"value": "current", "label": "current", "count": 3}]
    filtered = search(client, q="injections", category="conditions")
    assert titles(filtered) == ["Hyperhidrosis explained"]
    assert filtered["total"] == 1
    # The category facet still offers the other categories, counted without its own filter.
    assert {facet["value"] for facet in filtered["facets"]["category"]} == {"injectables", "conditions"}
    assert titles(search(client, q="", tag="volume")) == ["Dermal fillers"]


def test_snippets_mark_matches_and_escape_the_rest(client, es_index):
    publish_article(
        title="Side effects <script>",
        summary="Bruising & swelling after injections are common.",
        body=[rich("Most side effects fade within days.")],
    )
    drain_outbox()
    (result,) = search(client, q="injection bruising")["results"]
    assert result["snippet"] == "<mark>Bruising</mark> &amp; swelling after <mark>injections</mark> are common."
    assert result["title_html"] == "Side effects &lt;script&gt;"


def test_did_you_mean_when_nothing_matches(client, corpus):
    body = search(client, q="bttx")
    assert body["total"] == 0
    assert body["did_you_mean"] == "botox"


def test_suggest_completes_titles_as_you_type(client, corpus):
    response = client.get("/api/v2/search/suggest/", {"q": "hyperh"})
    assert response.status_code == 200
    assert [suggestion["title"] for suggestion in response.json()["suggestions"]] == ["Hyperhidrosis explained"]
    inside = client.get("/api/v2/search/suggest/", {"q": "canthal"}).json()["suggestions"]
    assert [suggestion["title"] for suggestion in inside] == ["Treating lateral canthal lines"]


def test_pagination(client, corpus):
    first = search(client, q="", page_size=3)
    second = search(client, q="", page_size=3, page=2)
    assert first["total"] == 4 and first["num_pages"] == 2
    assert len(first["results"]) == 3 and len(second["results"]) == 1
    assert not set(titles(first)) & set(titles(second))


def test_review_status_facet_and_filter_follow_the_calendar(client, es_index):
    """Status is derived from the indexed due date at query time, so it changes with the date without a reindex."""
    from reviews.models import ArticleReviewSettings

    current = publish_article(title="Peel current")
    soon = publish_article(title="Peel due soon")
    ArticleReviewSettings.objects.create(page=soon, review_interval_days=10)
    with time_machine.travel(timezone.now() - datetime.timedelta(days=400)):
        overdue = publish_article(title="Peel overdue")
    drain_outbox()
    body = search(client, q="peel")
    assert body["facets"]["review_status"] == [
        {"value": "current", "label": "current", "count": 1},
        {"value": "due soon", "label": "due soon", "count": 1},
        {"value": "overdue", "label": "overdue", "count": 1},
    ]
    assert [result["id"] for result in search(client, q="peel", review_status="overdue")["results"]] == [overdue.pk]
    assert [result["id"] for result in search(client, q="peel", review_status="due soon")["results"]] == [soon.pk]
    assert current.pk in [result["id"] for result in search(client, q="peel", review_status="current")["results"]]


def test_a_synonym_set_saved_in_the_admin_works_on_the_next_search_without_reindex(client, admin_client, corpus):
    assert titles(search(client, q="underarm dampness")) == []
    response = admin_client.post(
        reverse("wagtailsnippets_search_synonymset:add"),
        {"name": "Underarm sweating", "terms": "underarm dampness\nhyperhidrosis", "enabled": "on"},
    )
    assert response.status_code == 302
    assert titles(search(client, q="underarm dampness")) == ["Hyperhidrosis explained"]


def test_suggest_names_each_article_once(client, corpus):
    suggestions = client.get("/api/v2/search/suggest/", {"q": "a"}).json()["suggestions"]
    assert [suggestion["title"] for suggestion in suggestions] == ["Botox: all about it"]
