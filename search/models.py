"""Synonym sets editors maintain, and the outbox that carries page changes to the search index."""

from django.db import models
from django.utils import timezone


class SynonymSet(models.Model):
    """Words and phrases that mean the same thing to a reader ("botox", "botulinum toxin", "onabotulinumtoxinA").

    Applied when a query is parsed, never written into the index, so an edit takes effect on the next search.
    """

    name = models.CharField(max_length=100, help_text="What the set is about, e.g. 'Botulinum toxin brands'.")
    terms = models.TextField(
        help_text="One word or phrase per line (commas work too). A search for any of them finds all of them."
    )
    enabled = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "synonym set"

    def __str__(self):
        return self.name

    @property
    def phrases(self):
        return [phrase.strip() for line in self.terms.splitlines() for phrase in line.split(",") if phrase.strip()]


class IndexOutbox(models.Model):
    """A page whose search document must be brought up to date, written in the transaction that changed the page.

    The worker (`search.sync.drain_outbox`) reads rows in id order and looks at the page's current state, so a row
    only says "look at this page again"; `action` records why, for `search_index status` and debugging.
    """

    ACTION_UPSERT = "upsert"
    ACTION_DELETE = "delete"
    ACTION_CHOICES = [(ACTION_UPSERT, "Index"), (ACTION_DELETE, "Remove")]

    page_id = models.PositiveIntegerField(db_index=True)
    action = models.CharField(max_length=10, choices=ACTION_CHOICES, default=ACTION_UPSERT)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["id"]
        verbose_name = "search index outbox row"

    def __str__(self):
        return f"{self.action} page {self.page_id}"
