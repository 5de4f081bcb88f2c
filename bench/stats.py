"""Latency summaries: percentiles by the nearest-rank method, so a reported p95 is a latency that really happened."""

import math
import time


def percentile(samples, fraction):
    if not samples:
        return None
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summary(samples_ms, elapsed_s=None):
    """p50, p95, max and mean in ms (1 decimal), the sample count and, given the wall time, requests per second."""
    result = {
        "n": len(samples_ms),
        "p50_ms": _round(percentile(samples_ms, 0.50)),
        "p95_ms": _round(percentile(samples_ms, 0.95)),
        "max_ms": _round(max(samples_ms) if samples_ms else None),
        "mean_ms": _round(sum(samples_ms) / len(samples_ms) if samples_ms else None),
    }
    if elapsed_s:
        result["req_per_s"] = _round(len(samples_ms) / elapsed_s)
    return result


def ratio(baseline, ours):
    """How many times faster `ours` is than `baseline` (>1 means faster); None when either is missing."""
    if not baseline or not ours:
        return None
    return round(baseline / ours, 2)


def _round(value):
    return None if value is None else round(value, 1)


def timed_rounds(call, inputs, rounds, warmup):
    """Calls `call(x)` for every x of `inputs` once per round after `warmup` untimed calls.

    Returns (latencies in ms, total timed wall seconds, per-round p95s). Each round walks the inputs in the same
    order, so rounds are comparable and a slow round shows up in the spread.
    """
    for item in inputs[:warmup]:
        call(item)
    samples, round_p95, elapsed = [], [], 0.0
    for _ in range(rounds):
        this_round = []
        start = time.perf_counter()
        for item in inputs:
            before = time.perf_counter()
            call(item)
            this_round.append((time.perf_counter() - before) * 1000)
        elapsed += time.perf_counter() - start
        samples += this_round
        round_p95.append(_round(percentile(this_round, 0.95)))
    return samples, elapsed, round_p95
