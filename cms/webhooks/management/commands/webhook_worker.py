import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from cms.webhooks.delivery import deliver_due


class Command(BaseCommand):
    help = "Sends queued webhook deliveries, retrying failures with exponential backoff."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Send what is due now, then exit.")
        parser.add_argument("--interval", type=float, default=2.0, help="Seconds to wait when nothing is due.")

    def handle(self, *args, once=False, interval=2.0, **options):
        while True:
            report = deliver_due()
            if report.attempted:
                self.stdout.write(f"delivered {report.delivered}, retrying {report.retrying}, gave up {report.failed}")
            if once:
                return
            if not report.attempted:
                time.sleep(interval)
            close_old_connections()  # like search_worker: a long-running loop must not keep a dead connection
