"""An article's body is cached between requests (cms/api/article_content.py); a reader never sees stale data.

Each test reads an article once, so its content is in the cache, changes something the article shows in a
different way, and reads it again.
"""

import pytest

from tests.api.helpers import CategoryFactory, PersonFactory, live_article, make_reviewer, make_user, review_and_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(site_tree):
    return make_user("wendy", "Writers"), make_reviewer()[0], make_user("eddie", "Editors")


def detail(client, page):
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


def listed(client):
    response = client.get("/api/v2/pages/?type=articles.ArticlePage&fields=*&order=title")
    assert response.status_code == 200, response.content
    return {item["title"]: item for item in response.json()["items"]}


def paragraph(text):
    return [{"type": "rich_text", "value": f"<p>{text}</p>"}]


def test_a_published_change_and_a_new_review_show_at_once(client, people):
    from reviews.signoff import sign_off

    writer, reviewer, editor = people
    page = review_and_publish(live_article(title="Botox", body=paragraph("Lasts three months.")), *people)
    assert detail(client, page)["body"][0]["value"] == "<p>Lasts three months.</p>"
    assert listed(client)["Botox"]["byline"]["reviewer"] == "Zahide Eris, MD"

    page.body = paragraph("Lasts four months.")
    page = review_and_publish(page, *people)

    assert detail(client, page)["body"][0]["value"] == "<p>Lasts four months.</p>"
    assert listed(client)["Botox"]["body"][0]["value"] == "<p>Lasts four months.</p>"

    # A second review of the same content (no publish) names the new reviewer.
    second, _ = make_reviewer("omar", "Omar Haddad")
    sign_off(page.live_revision, second)

    data = detail(client, page)
    assert data["byline"]["reviewer"] == "Omar Haddad, MD"
    history = [entry["reviewer"] for entry in data["byline"]["review_history"]]
    assert history[:2] == ["Omar Haddad, MD", "Zahide Eris, MD"]
    assert listed(client)["Botox"]["reviewer"]["name"] == "Omar Haddad"


def test_edits_to_the_author_and_category_show_at_once(client, site_tree):
    author = PersonFactory(name="Jane Doe")
    category = CategoryFactory(name="Injectables")
    page = live_article(title="Botox", author=author, category=category)
    assert detail(client, page)["author"]["name"] == "Jane Doe"

    author.name = "Jane Smith"
    author.save()
    category.name = "Injectable treatments"
    category.save()

    data = detail(client, page)
    assert data["author"]["name"] == "Jane Smith"
    assert data["byline"]["author"] == "Jane Smith"
    assert data["category"]["name"] == "Injectable treatments"
    assert listed(client)["Botox"]["author"]["name"] == "Jane Smith"


def test_a_link_follows_its_target_when_the_target_moves(client, people):
    target = review_and_publish(live_article(title="Fillers", slug="fillers"), *people)
    link = f'<p><a linktype="page" id="{target.pk}">Fillers</a></p>'
    page = live_article(title="Botox", body=[{"type": "rich_text", "value": link}])
    assert 'href="/guide/fillers/"' in detail(client, page)["body"][0]["value"]

    target.slug = "dermal-fillers"
    review_and_publish(target, *people)

    assert 'href="/guide/dermal-fillers/"' in detail(client, page)["body"][0]["value"]


def test_unpublishing_a_related_article_removes_it_at_once(client, site_tree):
    related = live_article(title="Fillers")
    page = live_article(title="Botox")
    page.related_articles.create(related=related)
    page.save()
    assert [item["title"] for item in detail(client, page)["related_articles"]] == ["Fillers"]

    related.unpublish()

    assert detail(client, page)["related_articles"] == []
    assert list(listed(client)) == ["Botox"]
