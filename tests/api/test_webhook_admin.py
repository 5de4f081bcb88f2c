"""Only editors and admins configure webhooks; the delivery log is read-only for everyone."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from cms.webhooks.models import WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db


def member_of(group_name):
    user = User.objects.create_user(username=group_name.lower().replace(" ", "-"), password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_an_editor_adds_an_endpoint_and_reads_the_delivery_log(client):
    client.force_login(member_of("Editors"))
    response = client.post(
        reverse("webhook_endpoints:add"),
        {"name": "Frontend", "url": "https://frontend.example.com/hooks", "secret": "abc", "is_active": "on"},
    )
    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get()
    assert (endpoint.url, endpoint.secret) == ("https://frontend.example.com/hooks", "abc")

    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint, event="page.published", body="{}", attempts=2, last_error="HTTP 503: busy"
    )
    log = client.get(reverse("webhook_deliveries:index"))
    assert log.status_code == 200
    assert b"HTTP 503: busy" in log.content
    assert client.get(reverse("webhook_deliveries:inspect", args=[delivery.pk])).status_code == 200


@pytest.mark.parametrize("group_name", ["Writers", "Medical reviewers"])
def test_writers_and_reviewers_cannot_see_webhooks(client, group_name):
    client.force_login(member_of(group_name))
    assert client.get(reverse("webhook_endpoints:index")).status_code == 302  # refused: back to the dashboard
    assert client.get(reverse("webhook_deliveries:index")).status_code == 302


def test_nobody_edits_or_deletes_the_delivery_log(client):
    admin = User.objects.create_superuser("boss", password="pw")
    client.force_login(admin)
    endpoint = WebhookEndpoint.objects.create(name="Frontend", url="https://frontend.example.com/hooks")
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="page.published", body="{}")
    assert client.get(reverse("webhook_deliveries:add")).status_code == 302
    assert client.get(reverse("webhook_deliveries:edit", args=[delivery.pk])).status_code == 302
    assert client.post(reverse("webhook_deliveries:delete", args=[delivery.pk])).status_code == 302
    assert WebhookDelivery.objects.filter(pk=delivery.pk).exists()
