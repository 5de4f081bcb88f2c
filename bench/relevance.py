"""nDCG@10 and MRR of the search engineer's relevance runner (search/relevance/), for both backends."""

import importlib


def run():
    """The runner's scores per backend, or a note saying why there are none (the runner owns the judgements)."""
    try:
        runner = importlib.import_module("search.relevance.runner")
    except ImportError as error:
        return {"error": f"search.relevance.runner is not available: {error}"}
    scores = {}
    for backend in ("elasticsearch", "database"):
        result = runner.evaluate(backend=backend)
        scores[backend] = {"ndcg_at_10": round(result["ndcg@10"], 3), "mrr": round(result["mrr"], 3)}
    return scores
