"""`search_worker [--once]`: drains the index outbox in order; waits and retries while Elasticsearch is down."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from search.connection import is_configured
from search.sync import SearchUnavailable, drain_outbox

# An idle poll is one indexed query on a small table; polling often is what makes a publish searchable in well
# under a second (the bulk write then refreshes the index itself, search.sync.REFRESH_NOW_MAX).
IDLE_POLL_SECONDS = 0.2
# While Elasticsearch is down, retries start here and double up to a minute.
FIRST_RETRY_SECONDS = 1.0


class Command(BaseCommand):
    help = "Apply queued page changes to the search index (loop, or --once)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Drain what is queued now, then exit.")
        parser.add_argument(
            "--interval", type=float, default=IDLE_POLL_SECONDS, help="Seconds between polls when idle."
        )

    def handle(self, *args, once=False, interval=IDLE_POLL_SECONDS, **options):
        if not is_configured():
            raise CommandError("ELASTICSEARCH_URL is not set: there is no index to keep in sync.")
        first_retry = max(interval, FIRST_RETRY_SECONDS)
        backoff = first_retry
        while True:
            try:
                consumed = drain_outbox()
            except SearchUnavailable as error:
                if once:
                    raise CommandError(f"{error}; the outbox rows wait for the next run.") from error
                self.stderr.write(f"{error}; retrying in {backoff:.1f} s")
                time.sleep(backoff)
                backoff = min(backoff * 2, 60)
                close_old_connections()
                continue
            backoff = first_retry
            if consumed:
                self.stdout.write(f"Indexed changes for {consumed} outbox rows.")
            if once:
                return
            time.sleep(interval)
            close_old_connections()  # a long-running loop must not keep a dead or stale connection
