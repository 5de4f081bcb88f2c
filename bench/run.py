"""`make bench`: seed BENCH_N articles, index them, measure against the stock alternatives, print and save results.

    BENCH_N=10000 BENCH_ROUNDS=5 BENCH_WARMUP=40 BENCH_PUBLISH=20 python -m bench.run

Runs with bench.settings against whatever DATABASE_URL / ELASTICSEARCH_URL / S3 the environment names (`make bench`
starts its own throwaway services). The figures, the machine facts and the targets go to bench/results.json.
"""

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import gc  # noqa: E402

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402
from wagtail.search.models import IndexEntry  # noqa: E402

from articles.models import ArticlePage  # noqa: E402
from bench import machine, measure, relevance  # noqa: E402
from bench.editor import Editor  # noqa: E402
from bench.loadgen import Workload, run_readers  # noqa: E402
from bench.processes import Gunicorn, SearchWorker  # noqa: E402
from bench.report import table, targets  # noqa: E402
from bench.seed import Seeder  # noqa: E402
from search import documents  # noqa: E402
from search.connection import get_client  # noqa: E402

RESULTS = Path(os.environ.get("BENCH_RESULTS", Path(__file__).resolve().parent / "results.json"))


def setting(name, default):
    return int(os.environ.get(name, default))


LOAD_BY_PHASE = {}
PARTIAL = {}


def log(message):
    """Progress on stderr; the machine's load average at each phase goes into the results (shared machines).

    The figures so far are saved at every phase, so an interrupted run still leaves what it measured.
    """
    LOAD_BY_PHASE[message] = [round(value, 2) for value in os.getloadavg()]
    if PARTIAL:
        RESULTS.write_text(json.dumps({**PARTIAL, "partial": True}, indent=2, default=str) + "\n")
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def seed(n):
    start = time.perf_counter()
    added = Seeder(n).run()
    seconds = time.perf_counter() - start
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"articles_added": added, "seconds": round(seconds, 1)}


def build_database_index(sample=500):
    """Wagtail's database-backend index of the articles (the stock search baseline needs it).

    Articles missing from it are added first (all of them on a fresh database); the throughput is then timed
    by re-indexing a fixed sample, so a rerun on an already indexed corpus still gives a comparable figure.
    """
    backend = get_search_backend("default")
    pages = ArticlePage.objects.live().order_by("pk")
    article_type = ContentType.objects.get_for_model(ArticlePage)
    indexed = {
        int(pk) for pk in IndexEntry.objects.filter(content_type=article_type).values_list("object_id", flat=True)
    }
    missing = [pk for pk in pages.values_list("pk", flat=True) if pk not in indexed]
    if os.environ.get("BENCH_FILL_DB_INDEX", "1") != "1":  # a short run on a partly indexed corpus: say so
        missing = []
    for offset in range(0, len(missing), 500):
        backend.add_bulk(ArticlePage, list(pages.filter(pk__in=missing[offset : offset + 500])))
    chunk = list(pages[:sample])
    start = time.perf_counter()
    for offset in range(0, len(chunk), 100):
        backend.add_bulk(ArticlePage, chunk[offset : offset + 100])
    seconds = time.perf_counter() - start
    return {
        "documents": pages.count(),
        "indexed": IndexEntry.objects.filter(content_type=article_type).count(),
        "timed_sample": len(chunk),
        "docs_per_s": round(len(chunk) / seconds, 1),
    }


def rebuild_elasticsearch():
    start = time.perf_counter()
    call_command("search_index", "rebuild", stdout=open(os.devnull, "w"))  # noqa: SIM115
    seconds = time.perf_counter() - start
    count = get_client().count(index=documents.alias_name())["count"]
    return {"documents": count, "seconds": round(seconds, 1), "docs_per_s": round(count / seconds, 1)}


def web_worker_memory(article_ids, seconds):
    """Peak RSS of each of 2 gunicorn workers after `seconds` of mixed reads by 8 clients."""
    server = Gunicorn(workers=2)
    try:
        workload = Workload(article_ids, measure.QUERIES, measure.PREFIXES)
        load = run_readers(server.url, workload, concurrency=8, seconds=seconds)
        peaks = server.worker_peak_rss_mb()
    finally:
        server.stop()
    return {"peak_rss_mb_per_worker": peaks, "peak_rss_mb": max(peaks.values(), default=None), "reads": load}


def main():
    n, rounds, warmup = setting("BENCH_N", 10_000), setting("BENCH_ROUNDS", 5), setting("BENCH_WARMUP", 40)
    results = PARTIAL
    results.update({"bench_n": n, "rounds": rounds, "warmup": warmup, "machine": None})
    log("migrating")
    call_command("migrate", verbosity=0, interactive=False)
    results["machine"] = machine.facts()
    log("loading the demo content (the relevance judgements are about it)")
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    log(f"seeding {n} articles")
    results["seed"] = seed(n)
    log(f"seeded: {results['seed']}; building Wagtail's database search index (baseline)")
    results["database_index_build"] = build_database_index()
    if os.environ.get("BENCH_REBUILD", "1") == "1":
        log("search_index rebuild")
        results["rebuild"] = rebuild_elasticsearch()
    else:  # the index was rebuilt (and timed) separately, e.g. in parallel with the database index build
        count = get_client().count(index=documents.alias_name())["count"]
        results["rebuild"] = {"documents": count, "docs_per_s": None, "note": "rebuilt outside this run"}
    article_ids = list(ArticlePage.objects.live().public().values_list("pk", flat=True))
    gc.freeze()  # as cms/wsgi.py does in a web worker once the application is loaded
    log(f"API v2 pages, ours vs stock ({rounds} rounds)")
    results["api"] = measure.api_pages(article_ids, rounds)
    log("search and suggest, Elasticsearch vs database backend")
    results["search"] = measure.search(rounds, warmup)
    log("publish-to-searchable with the worker running")
    worker = SearchWorker()
    try:
        results["publish_to_searchable"] = measure.publish_to_searchable(Editor(), setting("BENCH_PUBLISH", 20))
    finally:
        worker.stop()
    log("web worker memory under mixed reads (gunicorn, 2 workers)")
    results["web_worker"] = web_worker_memory(article_ids, setting("BENCH_RSS_SECONDS", 20))
    log("relevance runner, both backends")
    results["relevance"] = relevance.run()
    results["load_average_by_phase"] = LOAD_BY_PHASE
    results["targets"] = targets(results)
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(table(results))
    print(f"\nResults written to {RESULTS}")


if __name__ == "__main__":
    main()
