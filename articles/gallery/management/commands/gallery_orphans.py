"""Finds (and with --delete removes) stored image files that no image or rendition row refers to.

The upload path never leaves such objects behind on an error it sees; this is the backstop for the
errors it cannot see, such as a worker killed between the upload and the commit. Files younger than
--min-age minutes are left alone, because they may belong to an upload still in progress.
"""

import datetime

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from articles.models import GuideImage, GuideRendition

FOLDERS = ("original_images", "images")


def stored_files(storage, folder):
    """Every file name under a folder, recursively (S3 has no real folders, local disk does)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}"
    for sub in folders:
        yield from stored_files(storage, f"{folder}/{sub}")


def find_orphans(storage=None, min_age_minutes=60):
    storage = storage or default_storage
    known = set(GuideImage.objects.values_list("file", flat=True)) | set(
        GuideRendition.objects.values_list("file", flat=True)
    )
    cutoff = timezone.now() - datetime.timedelta(minutes=min_age_minutes)
    return [
        name
        for folder in FOLDERS
        for name in stored_files(storage, folder)
        if name not in known and storage.get_modified_time(name) <= cutoff
    ]


class Command(BaseCommand):
    help = "Lists stored image files without a database row; --delete removes them."

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Delete the orphaned files instead of listing them.")
        parser.add_argument("--min-age", type=int, default=60, help="Ignore files younger than this many minutes.")

    def handle(self, *args, delete=False, min_age=60, **options):
        orphans = find_orphans(min_age_minutes=min_age)
        for name in orphans:
            if delete:
                default_storage.delete(name)
            self.stdout.write(f"{'deleted' if delete else 'orphan'}: {name}")
        self.stdout.write(f"{len(orphans)} orphaned file(s){' deleted' if delete else ''}.")
