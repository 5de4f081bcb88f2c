"""Blocks of running text: heading, question and answer, callout."""

from wagtail import blocks

from .base import PREVIEW_TEMPLATE, RICH_TEXT_FEATURES, refuse


class HeadingBlock(blocks.StructBlock):
    """A section heading; its anchor lets the frontend build a table of contents."""

    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "Section"), ("h3", "Subsection")], default="h2")

    class Meta:
        icon = "title"
        label = "Heading"
        template = "blocks/heading.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"text": "All about Botox", "level": "h2"}
        description = "A section or subsection title"

    def clean(self, value):
        value = super().clean(value)
        if value["text"].strip().endswith("."):
            refuse(text="A heading is a title, not a sentence: remove the full stop at the end.")
        return value


class QuestionAnswerBlock(blocks.StructBlock):
    """One question a reader asks and its answer; `cites` numbers point into the references block."""

    question = blocks.CharBlock(max_length=200, help_text="As a reader would ask it, ending with “?”.")
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    cites = blocks.ListBlock(
        blocks.IntegerBlock(min_value=1),
        default=[],
        label="Cites references",
        help_text="Numbers of the references (in the references block) that support this answer.",
    )

    class Meta:
        icon = "help"
        label = "Question and answer"
        template = "blocks/question_answer.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "question": "How long does Botox last?",
            "answer": "<p>The effects of Botox typically last between three to six months.</p>",
            "cites": [],
        }
        description = "A question readers ask, answered"

    def clean(self, value):
        value = super().clean(value)
        question = value["question"].strip()
        if question and not question.endswith("?"):
            refuse(question="Write the question as a reader would ask it, ending with a question mark.")
        return value


class CalloutBlock(blocks.StructBlock):
    """A boxed note; a warning (for example about pregnancy) must say in its title what to watch out for."""

    style = blocks.ChoiceBlock(choices=[("info", "Information"), ("warning", "Warning")], default="info")
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = "Callout"
        template = "blocks/callout.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "style": "warning",
            "title": "Pregnancy and breastfeeding",
            "text": "<p>Pregnant or nursing women should wait until they stop breastfeeding.</p>",
        }
        description = "An information or warning box"

    def clean(self, value):
        value = super().clean(value)
        if value["style"] == "warning" and not value["title"].strip():
            refuse(title="A warning needs a short title that says what to watch out for.")
        return value
