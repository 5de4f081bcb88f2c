"""Articles can be filtered by reviewer and review status, ordered by dates and title, paginated up to 50."""

import datetime

import pytest
from django.utils import timezone

from tests.api.helpers import draft_article, live_article, make_reviewer, make_user, review_and_publish

pytestmark = pytest.mark.django_db

ARTICLES = "/api/v2/pages/?type=articles.ArticlePage&fields=title"


def titles(client, query):
    response = client.get(f"{ARTICLES}&{query}")
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


@pytest.fixture
def three_articles(site_tree):
    now = timezone.now()
    live_article(
        title="Alpha", published=now - datetime.timedelta(days=3), historic_written_date=datetime.date(2010, 5, 1)
    )
    live_article(title="Charlie", published=now - datetime.timedelta(days=2))
    people = make_user("wendy", "Writers"), make_reviewer()[0], make_user("eddie", "Editors")
    review_and_publish(draft_article(title="Beta"), *people)


def test_ordering_by_title_last_updated_and_written_date(client, three_articles):
    assert titles(client, "order=title") == ["Alpha", "Beta", "Charlie"]
    assert titles(client, "order=-last_updated") == ["Beta", "Charlie", "Alpha"]
    assert titles(client, "order=written_date") == ["Alpha", "Charlie", "Beta"]  # the imported article is oldest
    assert titles(client, "order=-written_date") == ["Beta", "Charlie", "Alpha"]


def test_filtering_by_reviewer_and_review_status(client, three_articles):
    assert titles(client, "reviewer=zahide") == ["Beta"]
    assert titles(client, "reviewer=nobody") == []
    assert titles(client, "review_status=current&order=title") == ["Beta"]
    assert titles(client, "review_status=overdue&order=title") == ["Alpha", "Charlie"]
    bad = client.get(f"{ARTICLES}&review_status=soonish")
    assert bad.status_code == 400
    assert bad.json() == {"message": "review_status must be one of: current, due soon, overdue"}


def test_article_filters_need_the_article_type_and_pages_stop_at_50(client, three_articles):
    wrong_type = client.get("/api/v2/pages/?tag=botox")
    assert wrong_type.status_code == 400
    assert wrong_type.json() == {
        "message": "tag, category, author, reviewer and review_status need type=articles.ArticlePage"
    }
    too_many = client.get(f"{ARTICLES}&limit=51")
    assert too_many.status_code == 400
    assert too_many.json() == {"message": "limit cannot be higher than 50"}
