"""`make load`: 32 readers for 60 s against gunicorn (2 workers) while an editor publishes 20 signed-off articles.

    BENCH_N=10000 LOAD_READERS=32 LOAD_SECONDS=60 LOAD_PUBLISH=20 python -m bench.load

Readers mix API v2 detail (40 %), list (25 %), search (25 %) and suggest (10 %) on keep-alive loopback
connections; the outbox worker runs beside gunicorn. Afterwards the worker gets up to a minute to drain, and the
index must hold exactly the database's live, public articles. Exit status 1 when any 5xx or connection error
happened or the index differs, so CI can run it.
"""

import json
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from elasticsearch.helpers import scan  # noqa: E402

from bench import machine, measure  # noqa: E402
from bench.editor import Editor  # noqa: E402
from bench.loadgen import Workload, run_readers  # noqa: E402
from bench.processes import Gunicorn, SearchWorker  # noqa: E402
from bench.seed import Seeder  # noqa: E402
from search import documents  # noqa: E402
from search.connection import get_client  # noqa: E402
from search.models import IndexOutbox  # noqa: E402

RESULTS = Path(os.environ.get("LOAD_RESULTS", Path(__file__).resolve().parent / "load-results.json"))


def setting(name, default):
    return int(os.environ.get(name, default))


def log(message):
    print(f"[load {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def editor_publishes(count, seconds, outcome):
    """Publishes `count` signed-off articles spread evenly over `seconds`, through the real publish path."""
    try:
        editor = Editor()
        for index in range(count):
            started = time.monotonic()
            page, publish_seconds = editor.publish(5000 + index, slug_prefix="load")
            outcome["published"].append({"id": page.pk, "publish_ms": round(publish_seconds * 1000, 1)})
            time.sleep(max(0.0, seconds / count - (time.monotonic() - started)))
    except Exception as error:  # noqa: BLE001 - reported in the results, which then fail the run
        outcome["error"] = f"{type(error).__name__}: {error}"
    finally:
        connection.close()


def wait_for_outbox(seconds=60):
    deadline = time.monotonic() + seconds
    while IndexOutbox.objects.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    return IndexOutbox.objects.count()


def index_matches_database():
    """Compares the ids in the search alias with the live, public articles in PostgreSQL."""
    client = get_client()
    if not client.indices.exists_alias(name=documents.alias_name()):
        return {"indexed": 0, "live_public_in_database": documents.indexable_articles().count(), "equal": False}
    client.indices.refresh(index=documents.alias_name())
    hits = scan(client, index=documents.alias_name(), query={"query": {"match_all": {}}, "_source": False})
    indexed = [int(hit["_id"]) for hit in hits]
    live = set(documents.indexable_articles().values_list("pk", flat=True))
    return {
        "indexed": len(indexed),
        "live_public_in_database": len(live),
        "duplicates": len(indexed) - len(set(indexed)),
        "missing_from_index": sorted(live - set(indexed))[:20],
        "not_live_but_indexed": sorted(set(indexed) - live)[:20],
        "equal": set(indexed) == live and len(indexed) == len(live),
    }


def main():
    n, readers, seconds = setting("BENCH_N", 10_000), setting("LOAD_READERS", 32), setting("LOAD_SECONDS", 60)
    publish = setting("LOAD_PUBLISH", 20)
    call_command("migrate", verbosity=0, interactive=False)
    log(f"seeding {n} articles and rebuilding the index")
    Seeder(n).run()
    if not index_matches_database()["equal"]:  # a rerun on an indexed corpus skips the long rebuild
        call_command("search_index", "rebuild", stdout=open(os.devnull, "w"))  # noqa: SIM115
    results = {"machine": machine.facts(), "bench_n": n, "readers": readers, "seconds": seconds}
    article_ids = list(documents.indexable_articles().values_list("pk", flat=True))
    workload = Workload(article_ids, measure.QUERIES, measure.PREFIXES)
    worker, server = SearchWorker(), Gunicorn(workers=2)
    try:
        outcome = {"published": [], "error": None}
        editor = threading.Thread(target=editor_publishes, args=(publish, seconds * 0.8, outcome))
        log(f"{readers} readers for {seconds} s against {server.url}, editor publishing {publish} articles")
        editor.start()
        results["readers_report"] = run_readers(server.url, workload, readers, seconds)
        editor.join()
        results["editor"] = outcome
        results["web_worker_peak_rss_mb"] = server.worker_peak_rss_mb()
        log("waiting for the outbox to drain")
        results["outbox_left"] = wait_for_outbox()
    finally:
        server.stop()
        worker.stop()
    results["index_vs_database"] = index_matches_database()
    report = results["readers_report"]
    results["passed"] = (
        report["errors_5xx_or_connection"] == 0
        and results["index_vs_database"]["equal"]
        and not outcome["error"]
        and len(outcome["published"]) == publish
    )
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"Load: {readers} readers, {report['seconds']} s, {report['requests']} requests, "
          f"{report['throughput_req_per_s']} req/s, p95 {report['overall']['p95_ms']} ms, "
          f"5xx/connection errors {report['errors_5xx_or_connection']}, statuses {report['statuses']}")  # fmt: skip
    for kind, figures in report["by_kind"].items():
        print(f"  {kind:<8} n={figures['n']:<6} p50 {figures['p50_ms']} ms  p95 {figures['p95_ms']} ms")
    print(f"Editor published {len(outcome['published'])}/{publish} signed-off articles; error: {outcome['error']}")
    print(f"Index vs database afterwards: {results['index_vs_database']}")
    print(f"Results written to {RESULTS}; {'PASSED' if results['passed'] else 'FAILED'}")
    sys.exit(0 if results["passed"] else 1)


if __name__ == "__main__":
    main()
