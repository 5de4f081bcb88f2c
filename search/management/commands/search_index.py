"""`search_index rebuild`: a new versioned index, bulk-loaded, swapped in; `search_index status`: counts and lag."""

from django.core.management.base import BaseCommand, CommandError

from search import documents
from search.connection import get_client, is_configured
from search.sync import drain_outbox, outbox_status


class Command(BaseCommand):
    help = "Rebuild the article search index with no downtime, or show its document counts and outbox lag."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "status"])

    def handle(self, *args, action, **options):
        if not is_configured():
            raise CommandError("ELASTICSEARCH_URL is not set: public search uses the database backend, no index.")
        getattr(self, action)()

    def rebuild(self):
        new_index = documents.migrate(load=True)
        # Rows queued while the rebuild ran were also written to the new index; draining now settles the rest.
        drain_outbox()
        count = get_client().count(index=documents.alias_name())["count"]
        self.stdout.write(f"Rebuilt {documents.alias_name()} -> {new_index}: {count} articles indexed.")

    def status(self):
        client = get_client()
        indexed = sorted(documents.live_indices())
        outbox = outbox_status()
        database_count = documents.indexable_articles().count()
        index_count = client.count(index=documents.alias_name())["count"] if indexed else 0
        self.stdout.write(f"Alias: {documents.alias_name()} -> {', '.join(indexed) or 'no index'}")
        self.stdout.write(f"Documents in index: {index_count}")
        self.stdout.write(f"Live public articles in database: {database_count}")
        self.stdout.write(f"Outbox rows waiting: {outbox['length']}")
        self.stdout.write(f"Oldest outbox row age: {outbox['oldest_age_seconds']} s")
