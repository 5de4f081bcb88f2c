"""The image form every upload passes through (WAGTAILIMAGES_IMAGE_FORM_BASE).

Wagtail builds the admin add view, the multiple uploader, the chooser's upload tab and API v3's create
endpoint from `get_image_form()`, so this base form is the single gate: the file is checked and stripped
in field cleaning, and stored last in `full_clean()`, so a store that cannot be reached becomes a form
error (no row, no object) instead of a server error half-way through a save.
"""

import logging
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.fields import FileField
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .metadata import encode
from .storage import STORAGE_ERRORS
from .validation import MESSAGES, check_upload

logger = logging.getLogger(__name__)

STORAGE_UNAVAILABLE = (
    "The image store could not be reached, so nothing was uploaded. "
    "Please try again in a few minutes; if it keeps happening, tell the site team."
)


class GuideImageFileField(WagtailImageField):
    """Wagtail's image field with the guide's checks; returns a clean, metadata-free copy of the upload."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["empty"] = MESSAGES["empty"]

    def to_python(self, data):
        upload = FileField.to_python(self, data)
        if upload is None:
            return None
        checked = check_upload(upload)
        stem = os.path.splitext(os.path.basename(upload.name))[0] or "image"
        clean = SimpleUploadedFile(
            f"{stem}.{checked.extension}", encode(checked.image, checked.format), content_type=checked.mime_type
        )
        clean.image_format = checked.format
        return clean


class GuideImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, GuideImageFileField):
            self.fields["file"] = GuideImageFileField(
                label=field.label, required=field.required, widget=field.widget, help_text=field.help_text
            )

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or self._errors or "file" not in self.changed_data:
            return
        if self.cleaned_data.get("file") is None:
            return
        self._store_file()

    def _store_file(self):
        """Uploads the cleaned file now; the model save then finds it committed and only writes the row.

        The field file keeps the in-memory upload, so Wagtail's size and hash are read without a download.
        """
        field_file = self.instance.file
        upload = self.cleaned_data["file"]
        name = field_file.field.generate_filename(self.instance, upload.name)
        try:
            stored = field_file.storage.save(name, upload, max_length=field_file.field.max_length)
        except STORAGE_ERRORS:
            logger.exception("Image upload to storage failed; the upload was refused")
            self.add_error("file", STORAGE_UNAVAILABLE)
            return
        field_file.name = stored
        field_file._committed = True
        self.instance._uncommitted_upload = stored

    def save(self, commit=True):
        try:
            return super().save(commit=commit)
        except BaseException:
            self.instance.discard_uncommitted_upload()
            raise
