"""Benchmarks, the load test and their corpus (docs/benchmarks.md). Nothing here runs in production."""
