"""The article body: one StreamBlock of small, validated blocks.

The block type names (the keys below) are a stable API: the frontend, the import format and
the medical-review fingerprint all read them. Never rename or move a block class casually:
migrations import it by path.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks

from .base import PREVIEW_TEMPLATE, RICH_TEXT_FEATURES
from .facts import (
    FREQUENCIES,
    SEVERITIES,
    ConditionBlock,
    FactBlock,
    ProsConsBlock,
    QuickFactsBlock,
    SideEffectBlock,
    SideEffectsBlock,
    TreatableConditionsBlock,
)
from .media import BeforeAfterGalleryBlock, BeforeAfterPairBlock
from .references import ReferenceBlock, ReferencesBlock
from .tables import COST_UNITS, ISO_4217, ComparisonRowBlock, ComparisonTableBlock, CostRangeBlock
from .text import CalloutBlock, HeadingBlock, QuestionAnswerBlock

__all__ = [
    "COST_UNITS",
    "FREQUENCIES",
    "ISO_4217",
    "SEVERITIES",
    "ArticleBodyBlock",
    "BeforeAfterGalleryBlock",
    "BeforeAfterPairBlock",
    "CalloutBlock",
    "ComparisonRowBlock",
    "ComparisonTableBlock",
    "ConditionBlock",
    "CostRangeBlock",
    "FactBlock",
    "HeadingBlock",
    "ProsConsBlock",
    "QuestionAnswerBlock",
    "QuickFactsBlock",
    "ReferenceBlock",
    "ReferencesBlock",
    "SideEffectBlock",
    "SideEffectsBlock",
    "TreatableConditionsBlock",
]


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label="Text",
        template="blocks/rich_text.html",
        preview_template=PREVIEW_TEMPLATE,
        preview_value="<p>Botox is a neurotoxic protein derived from a bacterium called Clostridium botulinum.</p>",
        description="Paragraphs of text",
    )
    quick_facts = QuickFactsBlock()
    question_answer = QuestionAnswerBlock()
    pros_cons = ProsConsBlock()
    side_effects = SideEffectsBlock()
    comparison_table = ComparisonTableBlock()
    cost_range = CostRangeBlock()
    treatable_conditions = TreatableConditionsBlock()
    callout = CalloutBlock()
    before_after_gallery = BeforeAfterGalleryBlock()
    references = ReferencesBlock()

    def clean(self, value):
        """Besides each block's own rules: a citation must point at a reference that exists."""
        value = super().clean(value)
        available = sum(len(child.value["references"]) for child in value if child.block_type == "references")
        errors = {}
        for index, child in enumerate(value):
            if child.block_type != "question_answer":
                continue
            missing = [number for number in child.value["cites"] if number > available]
            if missing:
                message = (
                    f"There is no reference {missing[0]}: the references block lists {available}."
                    if available
                    else f"Reference {missing[0]} is cited, but the article has no references block."
                )
                errors[index] = blocks.StructBlockValidationError(block_errors={"cites": ValidationError(message)})
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value
