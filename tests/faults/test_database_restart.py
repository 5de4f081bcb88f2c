"""PostgreSQL restarted while readers use the delivery API: a clear 503 while it is down, answers again after.

The server is a real gunicorn worker keeping its database connections open (CONN_MAX_AGE), which is where a
restart hurts: every pooled connection is dead afterwards. CONN_HEALTH_CHECKS makes the first request after
the restart notice that and reconnect, so readers never get a 500 and never need a server restart.
"""

import json
import threading
import time
import urllib.error
import urllib.request

import pytest
from django.db import connection

from tests.articles.publishing import publish_signed_off
from tests.factories import ArticlePageFactory
from tests.services import start_service, stop_service

pytestmark = [pytest.mark.fault, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

UNAVAILABLE = {
    "error": "service_unavailable",
    "message": "The guide is temporarily unavailable. Please try again in a minute.",
}


def fetch(url):
    """(status, parsed JSON body or the raw text) of a GET; a refused or reset connection is status None."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        body = error.read()
        try:
            return error.code, json.loads(body)
        except ValueError:
            return error.code, body.decode(errors="replace")
    except (urllib.error.URLError, ConnectionError) as error:
        return None, str(error)


class Readers:
    """Threads reading the given URLs in a loop until stopped; every answer is kept."""

    def __init__(self, urls, count=3):
        self.urls, self.answers, self.stopping = urls, [], threading.Event()
        self.threads = [threading.Thread(target=self._read, daemon=True) for _ in range(count)]

    def _read(self):
        while not self.stopping.is_set():
            for url in self.urls:
                started = time.monotonic()
                self.answers.append((started, *fetch(url)))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)


def test_api_reads_across_a_postgres_restart_see_a_clear_503_and_then_the_same_data(gunicorn):
    page = publish_signed_off(ArticlePageFactory(title="Botox: all about it"))
    detail = f"{gunicorn.url}/api/v2/pages/{page.pk}/"
    listing = f"{gunicorn.url}/api/v2/pages/?type=articles.ArticlePage&fields=title"
    status, before = fetch(detail)
    assert status == 200
    assert before["title"] == "Botox: all about it"

    with Readers([detail, listing]) as readers:
        time.sleep(1)
        stop_service("postgres")
        try:
            time.sleep(2)
            assert fetch(detail) == (503, UNAVAILABLE)
            assert fetch(listing) == (503, UNAVAILABLE)
        finally:
            start_service("postgres")
            connection.close()  # the test's own connection died with the server; the next query reconnects
        back = time.monotonic()
        time.sleep(2)

    assert fetch(detail) == (200, before)
    assert fetch(listing)[1]["items"] == [{"id": page.pk, "meta": fetch(listing)[1]["items"][0]["meta"],
                                           "title": "Botox: all about it"}]  # fmt: skip
    statuses = {status for _, status, _ in readers.answers}
    assert statuses == {200, 503}, [answer for answer in readers.answers if answer[1] not in (200, 503)][:3]
    assert all(body == UNAVAILABLE for _, status, body in readers.answers if status == 503)
    # The worker's pooled connections died with the server; health checks replace them before the first query.
    after_restart = [status for started, status, _ in readers.answers if started >= back]
    assert after_restart
    assert set(after_restart) == {200}


def test_a_restart_between_two_reads_is_invisible_thanks_to_connection_health_checks(gunicorn):
    """No request runs during the outage here, so the worker still holds connections the restart killed:
    without CONN_HEALTH_CHECKS the first read on each would fail."""
    page = publish_signed_off(ArticlePageFactory(title="Lip fillers: what to expect"))
    detail = f"{gunicorn.url}/api/v2/pages/{page.pk}/"
    with Readers([detail], count=2) as readers:  # open a pooled connection in both worker threads
        time.sleep(1)
    assert {status for _, status, _ in readers.answers} == {200}

    stop_service("postgres")
    start_service("postgres")
    connection.close()

    answers = [fetch(detail) for _ in range(6)]
    assert [status for status, _ in answers] == [200] * 6
    assert answers[0][1]["title"] == "Lip fillers: what to expect"
