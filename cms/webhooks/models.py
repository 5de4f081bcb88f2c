"""Webhook endpoints editors configure, and the durable queue of deliveries to them."""

import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


def new_secret():
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    """A URL that receives a signed JSON event whenever live content changes."""

    name = models.CharField(max_length=100, help_text="Who receives it, e.g. 'Frontend revalidation'.")
    url = models.URLField(max_length=500, help_text="Receives a POST with a JSON body for each event.")
    secret = models.CharField(
        max_length=200,
        default=new_secret,
        help_text="Shared secret: each request carries X-Guide-Signature: sha256=HMAC-SHA256(secret, raw body).",
    )
    is_active = models.BooleanField(default=True, help_text="Inactive endpoints receive no new events.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "webhook endpoint"

    def __str__(self):
        return self.name


class WebhookDelivery(models.Model):
    """One event for one endpoint: written with the change, sent later by the worker until it succeeds."""

    STATUS_PENDING = "pending"
    STATUS_DELIVERED = "delivered"
    STATUS_FAILED = "failed"
    STATUS_CHOICES = [
        (STATUS_PENDING, "Pending"),
        (STATUS_DELIVERED, "Delivered"),
        (STATUS_FAILED, "Failed (gave up)"),
    ]

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event_id = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    event = models.CharField(max_length=50)
    # The exact bytes that are signed and sent, so every retry carries the same body and signature.
    body = models.TextField()
    status = models.CharField(max_length=20, choices=STATUS_CHOICES, default=STATUS_PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "webhook delivery"
        verbose_name_plural = "webhook deliveries"
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhooks_due_idx")]

    def __str__(self):
        return f"{self.event} → {self.endpoint} ({self.status})"

    def backoff(self):
        """Exponential: base, 2×base, 4×base … capped, so a receiver that is down is not hammered."""
        base = getattr(settings, "WEBHOOK_RETRY_BASE_SECONDS", 30)
        cap = getattr(settings, "WEBHOOK_RETRY_MAX_SECONDS", 6 * 60 * 60)
        return timedelta(seconds=min(cap, base * 2 ** max(self.attempts - 1, 0)))
