"""The webhook worker SIGKILLed while a receiver holds its request: no event is lost, and the one resent is
recognisably the same (same delivery id, body and signature), so a receiver that dedupes by id sees each once.

The worker is a real `manage.py webhook_worker` process; the receiver is a real HTTP server on loopback that
kills the worker when the sixth request arrives, before answering it: the moment between "the receiver got
it" and "the worker recorded it" that at-least-once delivery has to survive.
"""

import json
import os
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from cms.webhooks.delivery import DELIVERY_HEADER, SIGNATURE_HEADER
from cms.webhooks.models import WebhookDelivery, WebhookEndpoint
from tests.faults.conftest import child_database_url
from tests.services import ROOT, require_env

pytestmark = [pytest.mark.fault, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

EVENTS = 12
KILL_AT_REQUEST = 6


class KillingReceiver:
    def __init__(self):
        self.received, self.victim_pid, self.killed = [], None, threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.received.append((self.headers[DELIVERY_HEADER], self.headers[SIGNATURE_HEADER], body))
                if len(receiver.received) == KILL_AT_REQUEST and not receiver.killed.is_set():
                    os.kill(receiver.victim_pid, signal.SIGKILL)
                    receiver.killed.set()
                    return  # no answer: the worker is gone
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/guide"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def webhook_worker(*arguments):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "DATABASE_URL": child_database_url()}
    command = [sys.executable, "manage.py", "webhook_worker", *arguments]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_webhook_worker_killed_mid_batch_loses_no_event_and_resends_only_the_one_in_flight():
    require_env("DATABASE_URL")
    receiver = KillingReceiver()
    try:
        endpoint = WebhookEndpoint.objects.create(name="Frontend revalidation", url=receiver.url)
        WebhookDelivery.objects.bulk_create(
            WebhookDelivery(endpoint=endpoint, event="page.published", body=json.dumps({"page": {"id": n}}))
            for n in range(EVENTS)
        )
        queued = {str(event_id) for event_id in WebhookDelivery.objects.values_list("event_id", flat=True)}

        killed = webhook_worker("--interval", "0.2")
        receiver.victim_pid = killed.pid
        assert receiver.killed.wait(timeout=120), "the worker never reached the sixth delivery"
        killed.wait(timeout=30)
        assert killed.returncode == -signal.SIGKILL
        in_flight = receiver.received[-1]
        assert WebhookDelivery.objects.filter(status=WebhookDelivery.STATUS_DELIVERED).count() == KILL_AT_REQUEST - 1

        rerun = webhook_worker("--once")
        out, err = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, err
        assert out.strip() == f"delivered {EVENTS - KILL_AT_REQUEST + 1}, retrying 0, gave up 0"
    finally:
        receiver.close()

    ids = [delivery_id for delivery_id, _, _ in receiver.received]
    assert set(ids) == queued
    assert len(ids) == EVENTS + 1
    assert [entry for entry in receiver.received if entry[0] == in_flight[0]] == [in_flight, in_flight]
    assert WebhookDelivery.objects.filter(status=WebhookDelivery.STATUS_DELIVERED).count() == EVENTS
