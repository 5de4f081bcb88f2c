"""Publish webhooks: signed events reach a real loopback receiver through the durable queue, with retries."""

import json
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from cms.webhooks.delivery import deliver_due, verify
from cms.webhooks.models import WebhookDelivery, WebhookEndpoint
from tests.api.receiver import Receiver, free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiver():
    receiver = Receiver(port=free_port())
    yield receiver
    receiver.stop()


@pytest.fixture
def endpoint(receiver):
    return WebhookEndpoint.objects.create(name="Frontend", url=receiver.url, secret="s3cret-for-tests")


def add_page(parent, title, slug, publish=True):
    page = parent.add_child(instance=Page(title=title, slug=slug, live=False))
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def test_receiver_down_for_two_attempts_still_gets_a_correctly_signed_event(site_tree, endpoint, receiver):
    home, guide = site_tree
    started = time.monotonic()
    page = add_page(guide, "Botox: all about it", "botox")
    publish_seconds = time.monotonic() - started

    # Publishing only wrote the queue row: nothing was sent, the receiver is not even listening yet.
    delivery = WebhookDelivery.objects.get(event="page.published")
    assert (delivery.status, delivery.attempts, delivery.endpoint) == ("pending", 0, endpoint)
    assert publish_seconds < 2

    now = timezone.now()
    first = deliver_due(now=now)  # attempt 1: connection refused
    delivery.refresh_from_db()
    assert (first.retrying, delivery.attempts, delivery.status) == (1, 1, "pending")
    assert delivery.last_error.startswith("ConnectionError")
    assert delivery.next_attempt_at == now + timedelta(seconds=30)
    assert deliver_due(now=now + timedelta(seconds=29)).attempted == 0  # backing off

    receiver.statuses = [500]
    receiver.start()
    second = deliver_due(now=now + timedelta(seconds=30))  # attempt 2: the receiver fails
    delivery.refresh_from_db()
    assert (second.retrying, delivery.attempts, delivery.last_status_code) == (1, 2, 500)
    assert delivery.last_error == "HTTP 500: "
    assert delivery.next_attempt_at == now + timedelta(seconds=30 + 60)  # the wait doubled

    third = deliver_due(now=now + timedelta(seconds=90))  # attempt 3: accepted
    delivery.refresh_from_db()
    assert (third.delivered, delivery.status, delivery.attempts, delivery.last_error) == (1, "delivered", 3, "")

    assert len(receiver.requests) == 2
    request = receiver.requests[-1]
    assert verify("s3cret-for-tests", request.body, request.headers["X-Guide-Signature"])
    assert not verify("another-secret", request.body, request.headers["X-Guide-Signature"])
    assert request.headers["X-Guide-Event"] == "page.published"
    assert request.headers["X-Guide-Delivery"] == str(delivery.event_id)
    assert abs(int(request.headers["X-Guide-Timestamp"]) - time.time()) < 60
    event = json.loads(request.body)
    assert event["id"] == str(delivery.event_id)
    assert event["event"] == "page.published"
    assert event["page"] == {
        "id": page.pk,
        "type": "wagtailcore.Page",
        "title": "Botox: all about it",
        "slug": "botox",
        "path": "/guide/botox/",
    }
    page.refresh_from_db()
    assert event["revision_id"] == page.live_revision_id


def test_every_publish_is_delivered_and_each_request_is_signed(site_tree, endpoint, receiver):
    home, guide = site_tree
    receiver.start()
    page = add_page(guide, "Fillers", "fillers")
    page.title = "Dermal fillers"
    page.save_revision().publish()
    call_command("webhook_worker", "--once")
    events = [json.loads(request.body) for request in receiver.requests]
    assert [(event["event"], event["page"]["title"]) for event in events] == [
        ("page.published", "Fillers"),
        ("page.published", "Dermal fillers"),
    ]
    assert len({event["id"] for event in events}) == 2
    for request in receiver.requests:
        assert verify(endpoint.secret, request.body, request.headers["X-Guide-Signature"])


def test_unpublish_move_and_delete_send_their_events(site_tree, endpoint, receiver):
    home, guide = site_tree
    receiver.start()
    section = add_page(home, "Treatments", "treatments")
    page = add_page(guide, "Laser hair removal", "laser")
    page.unpublish()
    page.save_revision().publish()
    page.move(section, pos="last-child")
    Page.objects.get(pk=page.pk).delete()
    WebhookDelivery.objects.filter(event="page.published").delete()
    deliver_due()
    events = [json.loads(request.body) for request in receiver.requests]
    assert [(event["event"], event["page"]["path"]) for event in events[:2]] == [
        ("page.unpublished", "/guide/laser/"),
        ("page.moved", "/treatments/laser/"),
    ]
    assert events[1]["previous_path"] == "/guide/laser/"
    # Deleting a live page unpublishes it (Wagtail does) and deletes it: both events, in either order.
    assert sorted((event["event"], event["page"]["id"], event["page"]["path"]) for event in events[2:]) == [
        ("page.deleted", page.pk, "/treatments/laser/"),
        ("page.unpublished", page.pk, "/treatments/laser/"),
    ]


def test_a_publish_that_rolls_back_leaves_no_event(site_tree, endpoint):
    home, guide = site_tree
    page = add_page(guide, "Peels", "peels", publish=False)
    with pytest.raises(RuntimeError, match="storage broke"), transaction.atomic():
        page.save_revision().publish()
        raise RuntimeError("storage broke")
    assert not WebhookDelivery.objects.exists()


def test_inactive_endpoints_and_draft_moves_get_nothing(site_tree, endpoint):
    home, guide = site_tree
    WebhookEndpoint.objects.create(name="Old", url="http://127.0.0.1:9/", is_active=False)
    draft = add_page(guide, "Draft", "draft", publish=False)
    draft.move(home, pos="last-child")
    add_page(guide, "Live", "live")
    assert list(WebhookDelivery.objects.values_list("endpoint__name", "event")) == [("Frontend", "page.published")]


def test_gives_up_after_the_maximum_number_of_attempts(site_tree, endpoint, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    home, guide = site_tree
    add_page(guide, "Microneedling", "microneedling")
    later = timezone.now()
    deliver_due(now=later)
    report = deliver_due(now=later + timedelta(hours=1))
    delivery = WebhookDelivery.objects.get()
    assert (report.failed, delivery.status, delivery.attempts) == (1, "failed", 2)
    assert deliver_due(now=later + timedelta(days=1)).attempted == 0
