"""nDCG@10 and MRR from the search engineer's relevance runner (search/relevance/run.py), for both backends.

The judged queries are about the demo articles, which `bench.run` loads before seeding, so here they compete
with BENCH_N generated articles instead of a few dozen: a harder test than the runner's own demo-only run.
The database side ranks with Wagtail's database backend directly (`ArticlePage.objects.live().search()`):
every bench article is public, and the runner's `database.ranked_pages` loads every live article per query,
which at 10,000 articles measures Python, not ranking.
"""

import importlib


def _database_ranking(query):
    from articles.models import ArticlePage

    return [page.pk for page in ArticlePage.objects.live().search(query)[:10]]


def run():
    """{"elasticsearch": {...}, "database": {...}} with nDCG@10 and MRR, or a note saying why there are none."""
    try:
        runner = importlib.import_module("search.relevance.run")
    except ImportError as error:
        return {"error": f"search.relevance.run is not available: {error}"}
    scores = {}
    for backend, rank in (("elasticsearch", runner.elasticsearch_ranking), ("database", _database_ranking)):
        result = runner.evaluate(rank)
        scores[backend] = {
            "ndcg_at_10": round(result["ndcg"], 3),
            "mrr": round(result["mrr"], 3),
            "queries": len(result["per_query"]),
        }
    return scores
