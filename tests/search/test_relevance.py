"""The relevance runner: its measures, and search beating the database backend on the demo corpus."""

import pytest
from django.core.management import call_command

from search.relevance.run import (
    database_ranking,
    evaluate,
    evaluate_elasticsearch,
    load_judgments,
    ndcg,
    reciprocal_rank,
)


def test_ndcg_and_reciprocal_rank():
    judgments = {"a": 3, "b": 1}
    assert ndcg(["a", "b"], judgments) == 1.0
    assert ndcg(["x", "a", "b"], judgments) == pytest.approx((7 / 1.5849625 + 1 / 2) / (7 + 1 / 1.5849625))
    assert ndcg(["x"], judgments) == 0.0
    assert reciprocal_rank(["x", "y", "b"], judgments) == pytest.approx(1 / 3)


def test_the_judgments_cover_at_least_forty_queries_of_every_kind():
    queries = load_judgments()
    assert len(queries) >= 40
    assert {item["kind"] for item in queries} == {"plain", "synonym", "typo", "plural", "question"}
    assert all(max(item["judgments"].values()) == 3 for item in queries)


@pytest.mark.django_db
def test_elasticsearch_beats_the_database_backend_on_the_demo_corpus(es_index):
    call_command("load_demo_content", verbosity=0)
    searched = evaluate_elasticsearch()
    baseline = evaluate(database_ranking)
    assert searched["ndcg"] > baseline["ndcg"]
    assert searched["ndcg"] >= 0.85
    assert searched["mrr"] >= 0.9
