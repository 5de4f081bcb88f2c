"""`manage.py import_articles FILE.json`: imports articles as drafts, all or nothing (docs/import.md)."""

import json

from django.core.management.base import BaseCommand, CommandError

from articles.importer import ArticleImport, ImportFailed, records_of


class Command(BaseCommand):
    help = "Imports articles from a JSON file in the API's article shape, as drafts. Nothing is kept on any error."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the JSON file (a list of articles or an API listing).")

    def handle(self, *args, **options):
        try:
            with open(options["file"], encoding="utf-8") as handle:
                document = json.load(handle)
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error.strerror}") from error
        except json.JSONDecodeError as error:
            raise CommandError(f"{options['file']} is not valid JSON: {error}") from error
        try:
            pages = ArticleImport(records_of(document)).run()
        except ImportFailed as failure:
            count = len(failure.errors)
            raise CommandError(
                f"Nothing was imported: {count} problem{'s' if count != 1 else ''} found.\n{failure}"
            ) from failure
        self.stdout.write(f"Imported {len(pages)} article{'s' if len(pages) != 1 else ''} as drafts.")
