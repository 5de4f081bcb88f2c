"""Relevance of public search over the demo corpus: nDCG@10 and MRR, Elasticsearch against the database backend.

    python -m search.relevance.run [--no-load] [--verbose]

Loads the demo content (idempotent), indexes it into a throwaway `<prefix>-relevance` index when
ELASTICSEARCH_URL is set, runs every judged query of judgments.json through both backends and prints a table.
MRR counts the first result with any positive grade.
"""

import argparse
import json
import math
import os
from pathlib import Path

JUDGMENTS = Path(__file__).with_name("judgments.json")
CUTOFF = 10


def load_judgments():
    return json.loads(JUDGMENTS.read_text())["queries"]


def ndcg(ranked_slugs, judgments, cutoff=CUTOFF):
    gains = [judgments.get(slug, 0) for slug in ranked_slugs[:cutoff]]
    dcg = sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(gains))
    ideal = sorted(judgments.values(), reverse=True)[:cutoff]
    idcg = sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def reciprocal_rank(ranked_slugs, judgments, cutoff=CUTOFF):
    for rank, slug in enumerate(ranked_slugs[:cutoff], 1):
        if judgments.get(slug, 0) > 0:
            return 1 / rank
    return 0.0


def elasticsearch_ranking(query):
    from search import engine

    return [result["id"] for result in engine.search_articles(query, {}, page=1, page_size=CUTOFF)["results"]]


def database_ranking(query):
    from search import database

    return [page.pk for page in database.ranked_pages(query)[:CUTOFF]]


def evaluate(rank, queries=None):
    """{"ndcg": mean nDCG@10, "mrr": MRR, "per_query": [...]} of `rank(query) -> page ids` over the judgments."""
    from articles.models import ArticlePage

    slugs = dict(ArticlePage.objects.values_list("pk", "slug"))
    per_query = []
    for item in queries or load_judgments():
        ranked = [slugs.get(page_id) for page_id in rank(item["query"])]
        per_query.append(
            {
                **item,
                "ranked": ranked,
                "ndcg": ndcg(ranked, item["judgments"]),
                "rr": reciprocal_rank(ranked, item["judgments"]),
            }
        )
    count = len(per_query) or 1
    return {
        "ndcg": sum(row["ndcg"] for row in per_query) / count,
        "mrr": sum(row["rr"] for row in per_query) / count,
        "per_query": per_query,
    }


def evaluate_elasticsearch(queries=None):
    """Indexes the live articles into a throwaway index, evaluates, and deletes the index again."""
    from django.conf import settings

    from search import documents
    from search.connection import get_client

    original_prefix = settings.ELASTICSEARCH_INDEX_PREFIX
    settings.ELASTICSEARCH_INDEX_PREFIX = f"{original_prefix}-relevance"
    try:
        documents.migrate(load=True)
        return evaluate(elasticsearch_ranking, queries)
    finally:
        get_client().indices.delete(index=documents.index_pattern(), ignore_unavailable=True, allow_no_indices=True)
        settings.ELASTICSEARCH_INDEX_PREFIX = original_prefix


def by_kind(per_query):
    kinds = {}
    for row in per_query:
        kinds.setdefault(row["kind"], []).append(row)
    return {
        kind: (sum(r["ndcg"] for r in rows) / len(rows), sum(r["rr"] for r in rows) / len(rows), len(rows))
        for kind, rows in kinds.items()
    }


def report(results, write):
    names = list(results)
    write(f"{'queries':<12} {'n':>3}  " + "  ".join(f"{name + ' nDCG@10':>22} {name + ' MRR':>16}" for name in names))
    kinds = {name: by_kind(result["per_query"]) for name, result in results.items()}
    for kind in next(iter(kinds.values())):
        count = kinds[names[0]][kind][2]
        cells = "  ".join(f"{kinds[name][kind][0]:>22.3f} {kinds[name][kind][1]:>16.3f}" for name in names)
        write(f"{kind:<12} {count:>3}  {cells}")
    total = len(results[names[0]]["per_query"])
    cells = "  ".join(f"{results[name]['ndcg']:>22.3f} {results[name]['mrr']:>16.3f}" for name in names)
    write(f"{'all':<12} {total:>3}  {cells}")


def main(argv=None):
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    django.setup()
    from django.core.management import call_command

    from search.connection import is_configured

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-load", action="store_true", help="Do not (re)load the demo content first.")
    parser.add_argument("--verbose", action="store_true", help="Show each query's top results.")
    options = parser.parse_args(argv)
    if not options.no_load:
        call_command("load_demo_content", verbosity=0)
    results = {}
    if is_configured():
        results["elasticsearch"] = evaluate_elasticsearch()
    results["database"] = evaluate(database_ranking)
    write = __import__("sys").stdout.write
    report(results, lambda line: write(line + "\n"))
    if options.verbose:
        for name, result in results.items():
            for row in result["per_query"]:
                write(f"{name:<13} {row['ndcg']:.2f} {row['query']!r}: {', '.join(map(str, row['ranked'][:5]))}\n")
    return results


if __name__ == "__main__":
    main()
