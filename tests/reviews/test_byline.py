"""Byline facts are derived from publish history and sign-offs (invariant 3), and the include renders them."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.template import Context, Template

from reviews.byline import byline_facts
from reviews.signoff import sign_off
from tests.factories import ArticlePageFactory, demo_guide
from tests.reviews.conftest import BODY, edit, make_reviewer, reload

pytestmark = pytest.mark.django_db

FIRST = datetime(2020, 2, 4, 10, 0, tzinfo=UTC)
SECOND = datetime(2021, 2, 4, 10, 0, tzinfo=UTC)
NEW_BODY = [BODY[0], {"type": "rich_text", "value": "<p>Botox relaxes every muscle it is injected into.</p>"}]


@pytest.fixture
def article(writer, reviewer, editor):
    """Written and reviewed in 2020, re-reviewed with a body change in 2021 by a second reviewer, then a draft
    change that nobody reviewed yet."""
    second_reviewer = make_reviewer("sam", "Sam Second")
    with time_machine.travel(FIRST):
        page = ArticlePageFactory(title="Botox: all about it", slug="botox", live=False, body=BODY, parent=demo_guide())
        sign_off(page.save_revision(user=writer), reviewer)
        page.get_latest_revision().publish(user=editor)
    with time_machine.travel(SECOND):
        revision = edit(reload(page), writer, body=NEW_BODY)
        sign_off(revision, second_reviewer)
        revision.publish(user=editor)
    with time_machine.travel(SECOND + timedelta(days=20)):
        sign_off(edit(reload(page), writer, title="Botox, explained"), reviewer)  # a draft: not public yet
    return reload(page)


def test_byline_facts_come_from_history_and_sign_offs(article):
    with time_machine.travel(SECOND + timedelta(days=40)):
        facts = byline_facts(article)

    assert facts == {
        "author": article.author.display_name,
        "reviewer": "Sam Second, MD",
        "reviewer_name": "Sam Second",
        "reviewer_credentials": "MD",
        "last_reviewed": date(2021, 2, 4),
        "written": date(2020, 2, 4),
        "last_updated": date(2021, 2, 4),
        "next_review_due": date(2022, 2, 4),
        "review_status": "current",
        "review_history": [
            {
                "reviewer": "Sam Second, MD",
                "reviewer_name": "Sam Second",
                "reviewer_credentials": "MD",
                "date": date(2021, 2, 4),
            },
            {
                "reviewer": "Zahide Eris, MD",
                "reviewer_name": "Zahide Eris",
                "reviewer_credentials": "MD",
                "date": date(2020, 2, 4),
            },
        ],
    }


def test_byline_include_names_author_and_reviewer(article):
    html = Template("{% load reviews_tags %}{% article_byline page %}").render(Context({"page": article}))

    assert html.strip() == (
        f'<p class="byline">By {article.author.display_name} • Medical review by Sam Second, MD on '
        '<time datetime="2021-02-04">February 4, 2021</time></p>'
    )


def test_an_unreviewed_article_names_no_reviewer(writer):
    page = ArticlePageFactory(title="Fillers", slug="fillers", live=True, body=BODY, parent=demo_guide())

    facts = byline_facts(page)
    html = Template("{% load reviews_tags %}{% article_byline page %}").render(Context({"page": page}))

    assert (facts["reviewer"], facts["last_reviewed"], facts["review_history"]) == (None, None, [])
    assert "Medical review" not in html
    assert reload(page).medical_review_for_byline() is None
