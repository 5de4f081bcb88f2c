"""The printed table and the targets of issue 8, checked against the measured figures."""

# (name, target text, figure getter, predicate)
TARGETS = [
    ("API detail p95", "<= 30 ms", lambda r: r["api"]["detail_ours"]["p95_ms"], lambda v, r: v <= 30),
    ("API list p95", "<= 80 ms", lambda r: r["api"]["list_ours"]["p95_ms"], lambda v, r: v <= 80),
    ("API list faster than stock", "> 1x", lambda r: r["api"]["list_speedup_vs_stock"], lambda v, r: v > 1),
    ("API detail faster than stock", "> 1x", lambda r: r["api"]["detail_speedup_vs_stock"], lambda v, r: v > 1),
    ("Search p95", "<= 50 ms", lambda r: r["search"]["search_es"]["p95_ms"], lambda v, r: v <= 50),
    ("Search vs database backend", ">= 5x", lambda r: r["search"]["search_speedup_vs_database"], lambda v, r: v >= 5),
    ("Suggest p95", "<= 20 ms", lambda r: r["search"]["suggest_es"]["p95_ms"], lambda v, r: v <= 20),
    ("Search overhead over ES took, p50", "<= 15 ms",
     lambda r: r["search"]["search_es"]["app_overhead"]["p50_ms"], lambda v, r: v <= 15),
    ("Rebuild throughput", ">= 300 docs/s", lambda r: r["rebuild"]["docs_per_s"], lambda v, r: v >= 300),
    ("Publish-to-searchable p95", "<= 2000 ms",
     lambda r: r["publish_to_searchable"]["delay"]["p95_ms"], lambda v, r: v <= 2000),
]  # fmt: skip


def targets(results):
    checked = []
    for name, target, figure, holds in TARGETS:
        try:
            value = figure(results)
        except (KeyError, TypeError):
            value = None
        checked.append(
            {"name": name, "target": target, "value": value, "met": None if value is None else holds(value, results)}
        )
    return checked


def _row(cells, widths):
    return "  ".join(str(cell).ljust(width) for cell, width in zip(cells, widths, strict=True))


def _latency_rows(results):
    api, search = results["api"], results["search"]
    rows = []
    for label, ours, stock, speedup in (
        ("API list (20, all fields)", api["list_ours"], api["list_stock"], api["list_speedup_vs_stock"]),
        ("API detail", api["detail_ours"], api["detail_stock"], api["detail_speedup_vs_stock"]),
        ("Search", search["search_es"], search["search_database"], search["search_speedup_vs_database"]),
        ("Suggest", search["suggest_es"], search["suggest_database"], search["suggest_speedup_vs_database"]),
    ):
        rows.append([label, ours["p50_ms"], ours["p95_ms"], ours.get("req_per_s"), stock["p50_ms"], stock["p95_ms"],
                     stock.get("req_per_s"), f"{speedup}x"])  # fmt: skip
    return rows


def table(results):
    widths = [27, 8, 8, 8, 10, 10, 10, 8]
    lines = [f"Benchmark: {results['bench_n']} articles, {results['rounds']} rounds; machine: "
             f"{results['machine']['cpu_cores']} cores, {results['machine']['memory_mb']} MB, "
             f"Python {results['machine']['python']}, {results['machine']['postgres']}, "
             f"Elasticsearch {results['machine']['elasticsearch']}", ""]  # fmt: skip
    lines.append(_row(["in one process (test Client)", "p50 ms", "p95 ms", "req/s", "stock p50", "stock p95",
                       "stock r/s", "speedup"], widths))  # fmt: skip
    lines += [_row(row, widths) for row in _latency_rows(results)]
    api, search = results["api"], results["search"]
    lines.append("")
    for kind in ("list", "detail"):
        ours, stock = api[f"{kind}_ours"].get("first_pass"), api[f"{kind}_stock"].get("first_pass")
        if ours and stock:
            lines.append(
                f"First read of each URL ({kind}, ours from an empty cache): ours p50 {ours['p50_ms']} ms, "
                f"p95 {ours['p95_ms']} ms; stock p50 {stock['p50_ms']} ms, p95 {stock['p95_ms']} ms"
            )
    lines += [
        "",
        f"Elasticsearch took: search p50 {search['search_es']['es_took']['p50_ms']} ms, "
        f"p95 {search['search_es']['es_took']['p95_ms']} ms; "
        f"suggest p50 {search['suggest_es']['es_took']['p50_ms']} ms",
        f"App overhead over took (p50): search {search['search_es']['app_overhead']['p50_ms']} ms, "
        f"suggest {search['suggest_es']['app_overhead']['p50_ms']} ms",
        f"search_index rebuild: {results['rebuild']['docs_per_s']} docs/s ({results['rebuild']['documents']} docs); "
        f"Wagtail database index build: {results['database_index_build']['docs_per_s']} docs/s",
        f"Publish-to-searchable (worker running): p50 {results['publish_to_searchable']['delay']['p50_ms']} ms, "
        f"p95 {results['publish_to_searchable']['delay']['p95_ms']} ms",
        f"Web worker peak RSS (gunicorn, after mixed reads): {results['web_worker']['peak_rss_mb']} MB",
        f"Relevance: {results['relevance']}",
        "",
        "Targets:",
    ]
    for target in results["targets"]:
        verdict = {True: "met", False: "MISSED", None: "not measured"}[target["met"]]
        lines.append(f"  {target['name']:<36} {target['target']:<14} {target['value']!s:<10} {verdict}")
    return "\n".join(lines)
