"""A loopback TCP proxy in front of the real Elasticsearch that kills a process at an exact point of a bulk write.

Killing the worker "somewhere in a batch" by timing would hit the interesting moment only by luck. The proxy
forwards every byte unchanged and watches for the worker's N-th `_bulk` request; then it SIGKILLs the worker
either before Elasticsearch sees that request or after Elasticsearch applied it but before the worker reads
the answer (so the outbox rows of that batch are still there). Nothing is mocked: both sides are real.
"""

import contextlib
import os
import signal
import socket
import threading
from urllib.parse import urlsplit

BEFORE_ES_SEES_IT = "before"
AFTER_ES_APPLIED_IT = "after"


class KillingProxy:
    def __init__(self, upstream_url, kill_on_bulk, when):
        upstream = urlsplit(upstream_url)
        self.upstream = (upstream.hostname, upstream.port)
        self.kill_on_bulk, self.when = kill_on_bulk, when
        self.victim_pid = None
        self.bulks_seen = 0
        self.killed = threading.Event()
        self._lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            state = {"armed": False}
            threading.Thread(target=self._to_server, args=(client, server, state), daemon=True).start()
            threading.Thread(target=self._to_client, args=(server, client, state), daemon=True).start()

    def _kill(self):
        if self.victim_pid and not self.killed.is_set():
            os.kill(self.victim_pid, signal.SIGKILL)
            self.killed.set()

    def _to_server(self, client, server, state):
        while data := _recv(client):
            if b"/_bulk" in data and not self.killed.is_set():
                with self._lock:
                    self.bulks_seen += 1
                    target = self.bulks_seen == self.kill_on_bulk
                if target and self.when == BEFORE_ES_SEES_IT:
                    self._kill()
                    break
                state["armed"] = target
            if self.killed.is_set():
                break
            server.sendall(data)
        _close(client, server)

    def _to_client(self, server, client, state):
        while data := _recv(server):
            if state["armed"]:
                self._kill()  # Elasticsearch answered, so it applied the batch; the worker never hears of it
                break
            try:
                client.sendall(data)
            except OSError:
                break
        _close(client, server)

    def close(self):
        self.listener.close()


def _recv(sock):
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _close(*socks):
    for sock in socks:
        with contextlib.suppress(OSError):
            sock.close()
