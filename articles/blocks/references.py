"""Sources of the article's claims; question-and-answer blocks cite them by number."""

import datetime

from wagtail import blocks

from .base import PREVIEW_TEMPLATE, filled, refuse


class ReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300)
    publisher = blocks.CharBlock(max_length=200, help_text="Journal, organisation or publisher.")
    url = blocks.URLBlock(required=False, label="URL")
    year = blocks.IntegerBlock(min_value=1800, required=False)

    def clean(self, value):
        value = super().clean(value)
        this_year = datetime.date.today().year
        if value["year"] and value["year"] > this_year:
            refuse(year=f"The year {value['year']} is in the future; give the year the source was published.")
        return value


class ReferencesBlock(blocks.StructBlock):
    references = blocks.ListBlock(ReferenceBlock())

    class Meta:
        icon = "link"
        label = "References"
        template = "blocks/references.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "references": [
                {
                    "title": "Botulinum toxin type A products",
                    "publisher": "U.S. Food and Drug Administration",
                    "url": "https://www.fda.gov/",
                    "year": 2023,
                }
            ]
        }
        description = "Numbered sources"

    def clean(self, value):
        value = super().clean(value)
        if not filled(value["references"], "title"):
            refuse(references="Add at least one reference.")
        return value
