"""Each body-block rule refuses bad input in the page editor with a message a writer understands."""

import datetime

import pytest

from articles.models import ArticlePage
from tests.articles.admin_forms import add_article_url, article_form_data, body_errors
from tests.factories import PersonFactory

pytestmark = pytest.mark.django_db
NEXT_YEAR = datetime.date.today().year + 1


def struct(type_, **value):
    return {"type": type_, "value": value}


EFFECT = {"effect": "Headache", "frequency": "common", "severity": "mild", "note": ""}
REFERENCE = {"title": "Botox label", "publisher": "FDA", "url": "", "year": 2023}
COST = {"currency": "USD", "minimum": "200", "maximum": "1200", "unit": "per_session", "note": ""}

RULES = [
    pytest.param(
        struct("heading", text="All about Botox.", level="h2"),
        "body[0].text: A heading is a title, not a sentence: remove the full stop at the end.",
        id="heading-full-stop",
    ),
    pytest.param(
        struct("quick_facts", title="Quick facts", facts=[]), "body[0].facts: Add at least one fact.", id="no-facts"
    ),
    pytest.param(
        struct(
            "quick_facts", title="Facts", facts=[{"label": "Cost", "value": "$200"}, {"label": "cost", "value": "1"}]
        ),
        "body[0].facts: Each fact needs its own label: “cost” is used twice.",
        id="fact-labels-repeat",
    ),
    pytest.param(
        struct("question_answer", question="How long it lasts", answer="<p>Months.</p>", cites=[]),
        "body[0].question: Write the question as a reader would ask it, ending with a question mark.",
        id="question-mark",
    ),
    pytest.param(
        struct("question_answer", question="Is it safe?", answer="<p>Yes.</p>", cites=[3]),
        "body[0].cites: Reference 3 is cited, but the article has no references block.",
        id="cites-without-references",
    ),
    pytest.param(
        struct("pros_cons", pros=[], cons=["Not permanent"]),
        "body[0].pros: Add at least one pro: a balanced list has both sides.",
        id="no-pros",
    ),
    pytest.param(
        struct("pros_cons", pros=["Quick"], cons=[]),
        "body[0].cons: Add at least one con: a balanced list has both sides.",
        id="no-cons",
    ),
    pytest.param(
        struct("side_effects", intro="", effects=[]), "body[0].effects: Add at least one side effect.", id="no-effects"
    ),
    pytest.param(
        struct("side_effects", intro="", effects=[EFFECT, EFFECT]),
        "body[0].effects: “Headache” is listed twice: list each side effect once.",
        id="effect-twice",
    ),
    pytest.param(
        struct("side_effects", intro="", effects=[{**EFFECT, "frequency": "sometimes"}]),
        "body[0].effects[0].frequency: Select a valid choice. sometimes is not one of the available choices.",
        id="frequency-off-the-scale",
    ),
    pytest.param(
        struct(
            "comparison_table", title="Botox", items=["Botox"], rows=[{"attribute": "Lasts", "cells": ["3m"]}], note=""
        ),
        "body[0].items: Name at least two items to compare.",
        id="one-item",
    ),
    pytest.param(
        struct(
            "comparison_table",
            title="Botox vs Dysport",
            items=["Botox", "Dysport"],
            note="",
            rows=[{"attribute": "Diffusion", "cells": ["Lower"]}],
        ),
        "body[0].rows: Row “Diffusion” has 1 cells for 2 compared items: give exactly one cell per item.",
        id="cells-per-item",
    ),  # fmt: skip
    pytest.param(
        struct("comparison_table", title="Botox vs Dysport", items=["Botox", "Dysport"], rows=[], note=""),
        "body[0].rows: Add at least one row.",
        id="no-rows",
    ),
    pytest.param(
        struct("cost_range", **{**COST, "currency": "DOL"}),
        "body[0].currency: “DOL” is not an ISO 4217 currency code; use for example USD, EUR or GBP.",
        id="currency",
    ),
    pytest.param(
        struct("cost_range", **{**COST, "minimum": "1200", "maximum": "200"}),
        "body[0].maximum: The maximum (200) must not be less than the minimum (1,200).",
        id="minimum-above-maximum",
    ),
    pytest.param(
        struct("cost_range", **{**COST, "minimum": "-5"}),
        "body[0].minimum: Ensure this value is greater than or equal to 0.",
        id="negative-cost",
    ),
    pytest.param(
        struct("treatable_conditions", title="Areas", kind="cosmetic", conditions=[]),
        "body[0].conditions: Add at least one condition or treatment area.",
        id="no-conditions",
    ),
    pytest.param(
        struct("callout", style="warning", title="", text="<p>Do not use while pregnant.</p>"),
        "body[0].title: A warning needs a short title that says what to watch out for.",
        id="warning-title",
    ),
    pytest.param(
        struct("before_after_gallery", title="Photos", pairs=[]),
        "body[0].pairs: Add at least one before-and-after pair.",
        id="no-pairs",
    ),
    pytest.param(
        struct("references", references=[]), "body[0].references: Add at least one reference.", id="no-references"
    ),
    pytest.param(
        struct("references", references=[{**REFERENCE, "year": NEXT_YEAR}]),
        f"body[0].references[0].year: The year {NEXT_YEAR} is in the future; give the year the source was published.",
        id="future-year",
    ),
]


@pytest.fixture
def editor_post(client, guide, writer):
    client.force_login(writer)
    author = PersonFactory()

    def post(body):
        response = client.post(add_article_url(guide), article_form_data(author, body))
        assert response.status_code == 200, "a refused form is shown again, not redirected"
        return response

    return post


@pytest.mark.parametrize(("block", "message"), RULES)
def test_rule_refuses_bad_input_with_its_message(editor_post, block, message):
    assert body_errors(editor_post([block])) == [message]
    assert not ArticlePage.objects.exists()


def test_citation_beyond_the_references_is_refused(editor_post):
    body = [
        struct("question_answer", question="Is it safe?", answer="<p>Yes.</p>", cites=[1, 2]),
        struct("references", references=[REFERENCE]),
    ]
    assert body_errors(editor_post(body)) == ["body[0].cites: There is no reference 2: the references block lists 1."]


def test_same_photo_as_before_and_after_is_refused(editor_post, gallery_images):
    image = gallery_images[0]
    pair = {"before": image.pk, "after": image.pk, "treatment": "Botox", "time_after_treatment": "", "caption": ""}
    body = [struct("before_after_gallery", title="Photos", pairs=[pair])]
    assert body_errors(editor_post(body)) == [
        "body[0].pairs[0].after: The after photo must be a different image from the before photo."
    ]
