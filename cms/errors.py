"""Error pages that say what happened: a database outage is a 503 "try again shortly", not a 500 "we broke".

While PostgreSQL restarts or is unreachable every request fails with OperationalError or InterfaceError. That is
not a bug in the request, so the reader (and the frontend, and any cache in between) gets 503 with Retry-After
and a plain message; once the database is back, CONN_HEALTH_CHECKS makes the next request reconnect.
Installed as `handler500` so it covers errors raised anywhere in the stack, middleware included.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.views import defaults

logger = logging.getLogger(__name__)

UNAVAILABLE_MESSAGE = "The guide is temporarily unavailable. Please try again in a minute."
RETRY_AFTER_SECONDS = "30"


def database_unavailable(request):
    if request.path.startswith("/api/"):
        response = JsonResponse({"error": "service_unavailable", "message": UNAVAILABLE_MESSAGE}, status=503)
    else:
        response = HttpResponse(UNAVAILABLE_MESSAGE, status=503, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = RETRY_AFTER_SECONDS
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """handler500: 503 while the database is unavailable, Django's 500 page for anything else."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        logger.warning("database unavailable, answered 503: %s", error)
        return database_unavailable(request)
    return defaults.server_error(request)
