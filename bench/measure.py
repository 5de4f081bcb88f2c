"""The in-process measurements: API v2 list/detail, search and suggest, each beside its stock baseline.

Requests go through Django's test Client in this one process (full middleware and URL routing, no sockets), so
the figures are the application's own cost; the load test (bench/load.py) adds gunicorn and the network stack.
Elasticsearch's own `took` is captured from the very responses the search views receive.
"""

import random
import time

from django.core.cache import cache
from django.test import Client

from bench.stats import ratio, summary, timed_rounds
from search import documents
from search.connection import get_client

QUERIES = [
    "botox", "botox cost", "how long does botox last", "lip fillers side effects", "laser hair removal london",
    "hair transplant istanbul", "dermal fillers risks", "teeth whitening", "rhinoplasty recovery", "acne scars",
    "migraine injections", "crow's feet", "cataract surgery", "knee replacement recovery", "ivf",
    "chemical peel aftercare", "veneers cost", "excessive sweating treatment", "tummy tuck", "microneedling results",
]  # fmt: skip
PREFIXES = ["bo", "bot", "lip", "las", "hair t", "derm", "rhin", "teet", "cat", "kne", "che", "mic", "ven", "ivf"]
LIST = "{prefix}/api/v2/pages/?type=articles.ArticlePage&fields=*&limit=20&offset={offset}"
DETAIL = "{prefix}/api/v2/pages/{id}/"
STOCK_PREFIX = "/bench-stock"


class ResponseError(RuntimeError):
    pass


def _getter(client):
    def get(path):
        response = client.get(path, HTTP_ACCEPT="application/json")
        if response.status_code != 200:
            raise ResponseError(f"{path} answered {response.status_code}: {response.content[:300]!r}")
        return response

    return get


class TookRecorder:
    """Wraps the shared Elasticsearch client's `search` so every response's `took` (ms) is kept."""

    def __init__(self):
        self.client = get_client()
        self.took = []
        self._original = self.client.search

    def __enter__(self):
        def search(*args, **kwargs):
            response = self._original(*args, **kwargs)
            self.took.append(response["took"])
            return response

        self.client.search = search
        return self

    def __exit__(self, *exc):
        self.client.search = self._original


def api_pages(article_ids, rounds, sample=40):
    """List (20 articles, all fields) and detail, ours and stock, same URLs in the same order.

    Each gets one untimed-for-the-verdict pass over all its URLs (its figures kept as `first_pass`), then
    `rounds` timed rounds; the targets are checked on the rounds, the first pass is reported beside them.
    """
    rng = random.Random(1)  # noqa: S311 - reproducible sample of URLs
    get = _getter(Client())
    offsets = [rng.randrange(0, max(1, len(article_ids) - 20)) for _ in range(sample)]
    ids = rng.sample(article_ids, k=min(sample, len(article_ids)))
    results = {}
    cache.clear()  # ours keeps built article content in Django's cache: the first pass starts from nothing
    for name, prefix in (("ours", ""), ("stock", STOCK_PREFIX)):
        lists = [LIST.format(prefix=prefix, offset=offset) for offset in offsets]
        details = [DETAIL.format(prefix=prefix, id=page_id) for page_id in ids]
        for kind, paths in (("list", lists), ("detail", details)):
            # The warm-up is one pass over every URL, timed on its own: the first read of each article (ours
            # builds and caches its content then), reported as `first_pass` beside the warm rounds.
            first = [_timed(get, path) for path in paths]
            samples, elapsed, spread = timed_rounds(get, paths, rounds, warmup=0)
            results[f"{kind}_{name}"] = {
                **summary(samples, elapsed),
                "round_p95_ms": spread,
                "first_pass": summary(first, sum(first) / 1000),
            }
    results["list_speedup_vs_stock"] = ratio(results["list_stock"]["p95_ms"], results["list_ours"]["p95_ms"])
    results["detail_speedup_vs_stock"] = ratio(results["detail_stock"]["p95_ms"], results["detail_ours"]["p95_ms"])
    results["response_bytes"] = {
        "list_ours": len(get(LIST.format(prefix="", offset=0)).content),
        "list_stock": len(get(LIST.format(prefix=STOCK_PREFIX, offset=0)).content),
        "detail_ours": len(get(DETAIL.format(prefix="", id=ids[0])).content),
        "detail_stock": len(get(DETAIL.format(prefix=STOCK_PREFIX, id=ids[0])).content),
    }
    return results


def _timed(get, path):
    start = time.perf_counter()
    get(path)
    return (time.perf_counter() - start) * 1000


def _search_with_took(get, paths, rounds, warmup):
    with TookRecorder() as recorder:
        for path in (paths * (warmup // len(paths) + 1))[:warmup]:
            get(path)
        recorder.took.clear()
        overheads, samples, elapsed = [], [], 0.0
        for _ in range(rounds):
            for path in paths:
                start = time.perf_counter()
                get(path)
                latency = (time.perf_counter() - start) * 1000
                samples.append(latency)
                overheads.append(latency - recorder.took[-1])
                elapsed += latency / 1000
    return {**summary(samples, elapsed), "es_took": summary(recorder.took), "app_overhead": summary(overheads)}


def search(rounds, warmup):
    """Search and suggest through the project's API (Elasticsearch) and through stock Wagtail's database backend."""
    get = _getter(Client())
    search_paths = ["/api/v2/search/?q=" + query.replace(" ", "+") for query in QUERIES]
    suggest_paths = ["/api/v2/search/suggest/?q=" + prefix.replace(" ", "+") for prefix in PREFIXES]
    stock_search = [f"{STOCK_PREFIX}/api/v2/pages/?type=articles.ArticlePage&limit=10&fields=summary&search="
                    + query.replace(" ", "+") for query in QUERIES]  # fmt: skip
    stock_suggest = [f"{STOCK_PREFIX}/suggest/?q=" + prefix.replace(" ", "+") for prefix in PREFIXES]
    results = {
        "search_es": _search_with_took(get, search_paths, rounds, warmup),
        "suggest_es": _search_with_took(get, suggest_paths, rounds, warmup),
    }
    samples, elapsed, _ = timed_rounds(get, stock_search, max(1, rounds // 2), min(warmup, len(stock_search)))
    results["search_database"] = summary(samples, elapsed)
    samples, elapsed, _ = timed_rounds(get, stock_suggest, max(1, rounds // 2), min(warmup, len(stock_suggest)))
    results["suggest_database"] = summary(samples, elapsed)
    results["search_speedup_vs_database"] = ratio(results["search_database"]["p95_ms"], results["search_es"]["p95_ms"])
    results["suggest_speedup_vs_database"] = ratio(
        results["suggest_database"]["p95_ms"], results["suggest_es"]["p95_ms"]
    )
    return results


def searchable(page_id):
    """Is the page findable by a search (not just a realtime GET) in the alias readers query?"""
    response = get_client().search(
        index=documents.alias_name(), body={"query": {"ids": {"values": [page_id]}}, "size": 0}
    )
    return response["hits"]["total"]["value"] > 0


def publish_to_searchable(editor, count, timeout=30.0):
    """Publishes `count` signed-off articles (worker running) and times each from commit until a search finds it."""
    delays, publish_times = [], []
    for index in range(count):
        page, publish_seconds = editor.publish(index)
        committed = time.perf_counter()
        publish_times.append(publish_seconds * 1000)
        while not searchable(page.pk):
            if time.perf_counter() - committed > timeout:
                raise ResponseError(f"article {page.pk} was not searchable {timeout} s after publishing")
            time.sleep(0.02)
        delays.append((time.perf_counter() - committed) * 1000)
    return {"delay": summary(delays), "publish_call": summary(publish_times)}
