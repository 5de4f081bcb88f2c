"""The worker side of the queue: sends due deliveries, signed, and reschedules failures with backoff."""

import hashlib
import hmac
import logging
from dataclasses import dataclass

import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import WebhookDelivery

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Guide-Signature"
EVENT_HEADER = "X-Guide-Event"
DELIVERY_HEADER = "X-Guide-Delivery"
TIMESTAMP_HEADER = "X-Guide-Timestamp"


def sign(secret, body):
    """`sha256=<hex>`: HMAC-SHA256 of the raw request body with the endpoint's secret."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret, body, signature):
    """What a receiver does: constant-time comparison of the header with its own signature."""
    return hmac.compare_digest(sign(secret, body), signature or "")


@dataclass
class DeliveryReport:
    delivered: int = 0
    retrying: int = 0
    failed: int = 0

    @property
    def attempted(self):
        return self.delivered + self.retrying + self.failed


def deliver_due(now=None, limit=100):
    """Attempts every pending delivery whose time has come, oldest first; returns counts by outcome."""
    now = now or timezone.now()
    due = WebhookDelivery.objects.filter(status=WebhookDelivery.STATUS_PENDING, next_attempt_at__lte=now)
    report = DeliveryReport()
    for delivery_id in due.order_by("next_attempt_at", "id").values_list("id", flat=True)[:limit]:
        outcome = _attempt(delivery_id, now)
        if outcome:
            setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def _attempt(delivery_id, now):
    with transaction.atomic():
        # skip_locked: two workers never send the same delivery at once.
        delivery = (
            WebhookDelivery.objects.select_for_update(skip_locked=True)
            .select_related("endpoint")
            .filter(pk=delivery_id, status=WebhookDelivery.STATUS_PENDING)
            .first()
        )
        if delivery is None:
            return None
        error, status_code = _post(delivery)
        delivery.attempts += 1
        delivery.last_attempt_at = now
        delivery.last_status_code = status_code
        delivery.last_error = error
        if not error:
            delivery.status = WebhookDelivery.STATUS_DELIVERED
            delivery.delivered_at = timezone.now()
            outcome = "delivered"
        elif delivery.attempts >= getattr(settings, "WEBHOOK_MAX_ATTEMPTS", 10):
            delivery.status = WebhookDelivery.STATUS_FAILED
            outcome = "failed"
        else:
            delivery.next_attempt_at = now + delivery.backoff()
            outcome = "retrying"
        delivery.save()
    if error:
        logger.warning(
            "webhook %s to %s: attempt %s failed: %s",
            delivery.event_id,
            delivery.endpoint.url,
            delivery.attempts,
            error,
        )
    return outcome


def _post(delivery):
    """Returns (error message or "", HTTP status or None)."""
    body = delivery.body.encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "MedicalGuide-Webhooks/1",
        EVENT_HEADER: delivery.event,
        DELIVERY_HEADER: str(delivery.event_id),
        TIMESTAMP_HEADER: str(int(timezone.now().timestamp())),
        SIGNATURE_HEADER: sign(delivery.endpoint.secret, body),
    }
    try:
        response = requests.post(
            delivery.endpoint.url,
            data=body,
            headers=headers,
            timeout=getattr(settings, "WEBHOOK_TIMEOUT_SECONDS", 5),
            allow_redirects=False,
        )
    except requests.RequestException as error:
        return f"{type(error).__name__}: {error}"[:1000], None
    if 200 <= response.status_code < 300:
        return "", response.status_code
    return f"HTTP {response.status_code}: {response.text[:200]}", response.status_code
