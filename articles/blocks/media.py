"""The before-and-after gallery. Storage and patient consent belong to the images work (S3 issue)."""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .base import PREVIEW_TEMPLATE, refuse


class BeforeAfterPairBlock(blocks.StructBlock):
    """One patient's before and after photos; the images work adds a consent chooser here."""

    before = ImageChooserBlock()
    after = ImageChooserBlock()
    treatment = blocks.CharBlock(max_length=120)
    time_after_treatment = blocks.CharBlock(max_length=60, required=False, help_text="For example “2 weeks”.")
    caption = blocks.CharBlock(max_length=300, required=False)

    def clean(self, value):
        value = super().clean(value)
        before, after = value["before"], value["after"]
        if before is not None and after is not None and before.pk == after.pk:
            refuse(after="The after photo must be a different image from the before photo.")
        return value


class BeforeAfterGalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, default="Before and after photos")
    pairs = blocks.ListBlock(BeforeAfterPairBlock())

    class Meta:
        icon = "image"
        label = "Before-and-after gallery"
        template = "blocks/before_after_gallery.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"title": "Before and after photos", "pairs": []}
        description = "Pairs of before and after photos"

    def clean(self, value):
        value = super().clean(value)
        if not value["pairs"]:
            refuse(pairs="Add at least one before-and-after pair.")
        return value
