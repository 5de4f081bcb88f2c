"""Behaviour of the guide's image model: no object without its row, no rendition with metadata.

Mixed into `articles.models.GuideImage` (it adds no fields, so no migration).
"""

import logging

from django.core.files.base import ContentFile
from django.db import transaction

from .metadata import remaining_metadata, strip_bytes
from .storage import STORAGE_ERRORS

logger = logging.getLogger(__name__)


class GuideImageBehaviour:
    # Name of an object stored for this image whose row is not committed yet (see discard_uncommitted_upload).
    _uncommitted_upload = None

    def save(self, *args, **kwargs):
        """Saves row and file together: if anything in the save fails, the object it stored is removed."""
        uploads_now = bool(self.file) and not self.file._committed
        new_file = uploads_now or bool(self._uncommitted_upload)  # the admin form stores the file before the row
        try:
            with transaction.atomic():
                super().save(*args, **kwargs)
        except BaseException:
            if uploads_now and self.file._committed:
                self._uncommitted_upload = self.file.name
            self.discard_uncommitted_upload()
            raise
        if self._uncommitted_upload:
            name = self._uncommitted_upload
            transaction.on_commit(lambda: self._forget_upload(name))
        if new_file:
            transaction.on_commit(self.prepare_renditions)

    def prepare_renditions(self):
        """Makes the API's rendition sizes once the upload is committed, so no reader waits for them.

        A failure here loses nothing: the rendition is then made on its first read, as Wagtail does by default.
        """
        from articles.api import IMAGE_RENDITIONS

        try:
            self.get_renditions(*IMAGE_RENDITIONS.values())
        except Exception:
            logger.exception("Could not prepare the renditions of image %s; they will be made on first read", self.pk)

    def _forget_upload(self, name):
        if self._uncommitted_upload == name:
            self._uncommitted_upload = None

    def discard_uncommitted_upload(self):
        """Deletes an object stored for this image whose row never got committed; the caller re-raises."""
        name, self._uncommitted_upload = self._uncommitted_upload, None
        if not name:
            return
        try:
            self.file.storage.delete(name)
        except STORAGE_ERRORS:
            logger.exception("Could not remove %s after a failed image save; it is now an orphan", name)

    def generate_rendition_file(self, filter, *, source=None):
        """Wagtail's rendition, re-encoded if Willow copied metadata into it (originals stored before stripping)."""
        rendered = super().generate_rendition_file(filter, source=source)
        rendered.seek(0)
        data = rendered.read()
        if not remaining_metadata(data):
            rendered.seek(0)
            return rendered
        return ContentFile(strip_bytes(data), name=rendered.name)
