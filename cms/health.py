"""/healthz: is each part this deployment needs answering? 200 when all are, 503 otherwise."""

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from search import connection as search_connection


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"vendor": connection.vendor}


def check_search():
    if not search_connection.is_configured():
        return {"backend": "database"}
    health = search_connection.get_client().options(request_timeout=2).cluster.health()
    if health["status"] == "red":
        raise RuntimeError("cluster status is red")
    from search.sync import outbox_status

    outbox = outbox_status()  # the index lag an operator watches: rows waiting and the oldest one's age
    return {
        "backend": "elasticsearch",
        "cluster_status": health["status"],
        "outbox_length": outbox["length"],
        "outbox_oldest_age_seconds": outbox["oldest_age_seconds"],
    }


def check_storage():
    if not settings.AWS_STORAGE_BUCKET_NAME:
        return {"backend": "local"}
    default_storage.connection.meta.client.head_bucket(Bucket=settings.AWS_STORAGE_BUCKET_NAME)
    return {"backend": "s3", "bucket": settings.AWS_STORAGE_BUCKET_NAME}


CHECKS = {"database": check_database, "search": check_search, "storage": check_storage}


@never_cache
@require_GET
def healthz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = {"status": "ok", **check()}
        except Exception as error:  # noqa: BLE001 - any failure of a part means "not answering"
            results[name] = {"status": "error", "error": f"{type(error).__name__}: {error}"[:300]}
    healthy = all(result["status"] == "ok" for result in results.values())
    return JsonResponse({"status": "ok" if healthy else "error", "checks": results}, status=200 if healthy else 503)
