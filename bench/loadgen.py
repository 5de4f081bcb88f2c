"""A bounded HTTP load generator for loopback: N threads, one keep-alive connection each, a fixed request mix.

Threads and http.client keep it dependency-free; each thread records (kind, status, latency) and a failure
(connection refused or reset, timeout) counts as an error beside the 5xx answers.
"""

import http.client
import random
import threading
import time
from collections import defaultdict
from urllib.parse import urlsplit

from bench.stats import summary


class Workload:
    """Random requests of each kind, drawn from the corpus' article ids and realistic queries."""

    def __init__(self, article_ids, queries, prefixes, seed=7):
        self.article_ids = article_ids
        self.queries = queries
        self.prefixes = prefixes
        self.seed = seed

    def paths(self, rng):
        offset = rng.randrange(0, max(1, len(self.article_ids) - 20))
        return {
            "list": f"/api/v2/pages/?type=articles.ArticlePage&fields=*&limit=20&offset={offset}",
            "detail": f"/api/v2/pages/{rng.choice(self.article_ids)}/",
            "search": "/api/v2/search/?q=" + rng.choice(self.queries).replace(" ", "+"),
            "suggest": "/api/v2/search/suggest/?q=" + rng.choice(self.prefixes).replace(" ", "+"),
        }


MIX = [("detail", 0.4), ("list", 0.25), ("search", 0.25), ("suggest", 0.10)]


def _pick(rng):
    roll, total = rng.random(), 0.0
    for kind, weight in MIX:
        total += weight
        if roll < total:
            return kind
    return MIX[-1][0]


def _reader(base_url, workload, deadline, index, results, lock):
    rng = random.Random(workload.seed * 1000 + index)  # noqa: S311 - reproducible request mix
    host = urlsplit(base_url)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    local = []
    while time.monotonic() < deadline:
        kind = _pick(rng)
        path = workload.paths(rng)[kind]
        start = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Accept": "application/json"})
            response = connection.getresponse()
            response.read()
            status = response.status
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
        except (OSError, http.client.HTTPException) as error:
            status = f"error: {type(error).__name__}"
            connection.close()
            connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
        local.append((kind, status, (time.perf_counter() - start) * 1000, path))
    connection.close()
    with lock:
        results.extend(local)


def run_readers(base_url, workload, concurrency, seconds):
    """Runs `concurrency` readers for `seconds`; returns the report (per kind and overall)."""
    results, lock = [], threading.Lock()
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    threads = [
        threading.Thread(target=_reader, args=(base_url, workload, deadline, i, results, lock), daemon=True)
        for i in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    return report(results, time.monotonic() - started)


def report(results, elapsed):
    by_kind = defaultdict(list)
    statuses = defaultdict(int)
    failures = []
    for kind, status, latency, path in results:
        by_kind[kind].append(latency)
        statuses[str(status)] += 1
        if not isinstance(status, int) or status >= 500:
            failures.append({"path": path, "status": status})
    return {
        "requests": len(results),
        "seconds": round(elapsed, 1),
        "throughput_req_per_s": round(len(results) / elapsed, 1) if elapsed else None,
        "statuses": dict(statuses),
        "errors_5xx_or_connection": len(failures),
        "first_errors": failures[:5],
        "overall": summary([latency for _, _, latency, _ in results]),
        "by_kind": {kind: summary(samples) for kind, samples in sorted(by_kind.items())},
    }
