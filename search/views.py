"""/api/v2/search/ and /api/v2/search/suggest/: public article search for the frontend.

Elasticsearch answers when ELASTICSEARCH_URL is set, Wagtail's database backend otherwise; the JSON is the same:

    {"query": "botox", "backend": "elasticsearch", "total": 12, "page": 1, "page_size": 10, "num_pages": 2,
     "results": [{"id", "title", "title_html", "url", "summary", "snippet", "tags", "category", "review_status"}],
     "facets": {"tags": [{"value", "label", "count"}], "category": [...], "review_status": [...]},
     "did_you_mean": null}

`snippet` and `title_html` are HTML-escaped with the matched words in <mark>. With Elasticsearch configured but
not answering, both endpoints answer 503 with {"error": "search_unavailable", "message": ...}.
"""

import logging
import math

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from search import database, engine
from search.connection import is_configured
from search.sync import SearchUnavailable

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_PAGE = 100
MAX_PAGE_SIZE = 50
UNAVAILABLE_MESSAGE = "Search is temporarily unavailable. Please try again in a minute."


def _backend():
    return engine if is_configured() else database


def _bad_request(message):
    return JsonResponse({"error": "bad_request", "message": message}, status=400)


def _unavailable(error):
    logger.warning("search unavailable: %s", error)
    response = JsonResponse({"error": "search_unavailable", "message": UNAVAILABLE_MESSAGE}, status=503)
    response["Retry-After"] = "30"
    return response


def _whole_number(request, name, default, maximum):
    raw = request.GET.get(name, "")
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise ValueError(f"{name} must be a whole number from 1 to {maximum}")
    return int(raw)


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    try:
        page = _whole_number(request, "page", 1, MAX_PAGE)
        page_size = _whole_number(request, "page_size", 10, MAX_PAGE_SIZE)
    except ValueError as error:
        return _bad_request(str(error))
    filters = {
        "tags": [value for value in request.GET.getlist("tag") if value],
        "category": [value for value in request.GET.getlist("category") if value],
        "review_status": [value for value in request.GET.getlist("review_status") if value],
    }
    backend = _backend()
    try:
        found = backend.search_articles(query, filters, page=page, page_size=page_size)
    except SearchUnavailable as error:
        return _unavailable(error)
    return JsonResponse(
        {
            "query": query,
            "backend": "elasticsearch" if backend is engine else "database",
            "total": found["total"],
            "page": page,
            "page_size": page_size,
            "num_pages": math.ceil(found["total"] / page_size),
            "results": found["results"],
            "facets": found["facets"],
            "did_you_mean": found["did_you_mean"],
        }
    )


@require_GET
def suggest(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    try:
        suggestions = _backend().suggest_titles(query)
    except SearchUnavailable as error:
        return _unavailable(error)
    return JsonResponse({"query": query, "suggestions": suggestions})
