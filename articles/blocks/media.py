"""The before-and-after gallery. Storage and patient consent belong to the images work (S3 issue)."""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from articles.gallery.consent import shown_gallery

from .base import PREVIEW_TEMPLATE, refuse


class BeforeAfterPairBlock(blocks.StructBlock):
    """One patient's before and after photos; the images work adds a consent chooser here."""

    before = ImageChooserBlock()
    after = ImageChooserBlock()
    treatment = blocks.CharBlock(max_length=120)
    time_after_treatment = blocks.CharBlock(max_length=60, required=False, help_text="For example “2 weeks”.")
    caption = blocks.CharBlock(max_length=300, required=False)
    # Patient photos: the pair is shown in pages, API and search only while this consent is valid; a pair
    # without one is kept in the draft but never shown, so drafts and imports save before the form is found.
    consent = SnippetChooserBlock(
        "gallery.GalleryConsent",
        required=False,
        help_text="The patient's signed consent. Without a valid one the pair is not shown to readers.",
    )

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

    def get_context(self, value, parent_context=None):
        return super().get_context(shown_gallery(value), parent_context)

    def get_api_representation(self, value, context=None):
        return super().get_api_representation(shown_gallery(value), context)

    def clean(self, value):
        value = super().clean(value)
        if not value["pairs"]:
            refuse(pairs="Add at least one before-and-after pair.")
        return value
