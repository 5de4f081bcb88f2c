"""Helpers shared by the body blocks: one preview template and writer-readable refusals."""

from django.core.exceptions import ValidationError
from wagtail import blocks

PREVIEW_TEMPLATE = "blocks/preview.html"

# A writer's rich text: paragraphs, emphasis, lists and links; headings are their own block.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def refuse(**messages):
    """Raises a StructBlockValidationError that shows each message next to its field in the admin."""
    raise blocks.StructBlockValidationError(
        block_errors={name: ValidationError(message) for name, message in messages.items()}
    )


def filled(items, key=None):
    """The list items a writer actually filled in; drafts may carry empty rows (Wagtail defers 'required')."""
    values = [item[key] if key else item for item in items]
    return [value for value in values if value not in (None, "")]


def duplicates(names):
    """Names given more than once, case-insensitively, in their first spelling."""
    seen, repeated = set(), []
    for name in names:
        folded = name.strip().casefold()
        if folded in seen and name not in repeated:
            repeated.append(name)
        seen.add(folded)
    return repeated
