"""Where a request's time goes: cProfile over N in-process GETs of one URL, plus the SQL query count.

    python -m bench.profile "/api/v2/pages/?type=articles.ArticlePage&fields=*&limit=20" [N] [--sort tottime]

Uses the same settings and data as `make bench` (run it against the services a bench run left seeded, e.g.
`make services` + `python -m bench.run`). The standard library's profiler keeps this dependency-free; its
overhead inflates absolute times, so read the shares, not the totals.
"""

import argparse
import cProfile
import os
import pstats
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402


def profile(path, repeat, sort, limit):
    client = Client()
    client.get(path)  # warm caches and imports
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(path)
    start = time.perf_counter()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        client.get(path)
    profiler.disable()
    elapsed = (time.perf_counter() - start) / repeat * 1000
    print(f"{path}: status {response.status_code}, {len(response.content)} bytes, {len(queries)} SQL queries, "
          f"{elapsed:.1f} ms per request under the profiler")  # fmt: skip
    pstats.Stats(profiler).sort_stats(sort).print_stats(limit)


def main():
    parser = argparse.ArgumentParser(description="Profile one URL in-process.")
    parser.add_argument("path")
    parser.add_argument("repeat", nargs="?", type=int, default=20)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--limit", type=int, default=30)
    options = parser.parse_args()
    profile(options.path, options.repeat, options.sort, options.limit)


if __name__ == "__main__":
    main()
