"""List-shaped facts: quick facts, pros and cons, side effects, treatable conditions."""

from wagtail import blocks

from .base import PREVIEW_TEMPLATE, duplicates, filled, refuse

# The EU SmPC frequency convention, so "common" means the same thing in every guide.
FREQUENCIES = [
    ("very_common", "Very common (more than 1 in 10 people)"),
    ("common", "Common (up to 1 in 10 people)"),
    ("uncommon", "Uncommon (up to 1 in 100 people)"),
    ("rare", "Rare (up to 1 in 1,000 people)"),
    ("very_rare", "Very rare (up to 1 in 10,000 people)"),
]
SEVERITIES = [("mild", "Mild"), ("moderate", "Moderate"), ("severe", "Severe")]
CONDITION_KINDS = [("cosmetic", "Cosmetic treatment areas"), ("medical", "Medical conditions")]


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=60)
    value = blocks.CharBlock(max_length=200)


class QuickFactsBlock(blocks.StructBlock):
    """Label/value rows a reader scans first (duration, session length, cost...)."""

    title = blocks.CharBlock(max_length=80, default="Quick facts")
    facts = blocks.ListBlock(FactBlock())

    class Meta:
        icon = "list-ul"
        label = "Quick facts"
        template = "blocks/quick_facts.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Quick facts",
            "facts": [{"label": "Results last", "value": "3–6 months"}, {"label": "Session", "value": "40 minutes"}],
        }
        description = "Label and value rows"

    def clean(self, value):
        value = super().clean(value)
        labels = filled(value["facts"], "label")
        if not labels:
            refuse(facts="Add at least one fact.")
        if repeated := duplicates(labels):
            refuse(facts=f"Each fact needs its own label: “{repeated[0]}” is used twice.")
        return value


class ProsConsBlock(blocks.StructBlock):
    """Advantages and drawbacks side by side; a list with only one side would not be balanced."""

    pros = blocks.ListBlock(blocks.CharBlock(max_length=300), label="Pros")
    cons = blocks.ListBlock(blocks.CharBlock(max_length=300), label="Cons")

    class Meta:
        icon = "tasks"
        label = "Pros and cons"
        template = "blocks/pros_cons.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"pros": ["A session takes about 40 minutes."], "cons": ["The results are not permanent."]}
        description = "Advantages and drawbacks, at least one of each"

    def clean(self, value):
        value = super().clean(value)
        missing = {}
        if not filled(value["pros"]):
            missing["pros"] = "Add at least one pro: a balanced list has both sides."
        if not filled(value["cons"]):
            missing["cons"] = "Add at least one con: a balanced list has both sides."
        if missing:
            refuse(**missing)
        return value


class SideEffectValue(blocks.StructValue):
    def frequency_label(self):
        return dict(FREQUENCIES).get(self["frequency"], "")

    def severity_label(self):
        return dict(SEVERITIES).get(self["severity"], "")


class SideEffectBlock(blocks.StructBlock):
    effect = blocks.CharBlock(max_length=120)
    frequency = blocks.ChoiceBlock(choices=FREQUENCIES)
    severity = blocks.ChoiceBlock(choices=SEVERITIES, default="mild")
    note = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        value_class = SideEffectValue


class SideEffectsBlock(blocks.StructBlock):
    """Side effects with a frequency from one fixed scale, most common first when rendered."""

    intro = blocks.CharBlock(max_length=300, required=False)
    effects = blocks.ListBlock(SideEffectBlock())

    class Meta:
        icon = "warning"
        label = "Side effects"
        template = "blocks/side_effects.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "intro": "Like any medication, Botox can cause side effects.",
            "effects": [
                {"effect": "Pain, swelling or redness at the injection site", "frequency": "common",
                 "severity": "mild", "note": ""},
                {"effect": "Difficulty swallowing or breathing", "frequency": "very_rare", "severity": "severe",
                 "note": "Get medical help at once."},
            ],
        }  # fmt: skip
        description = "Effects with frequency and severity"

    def clean(self, value):
        value = super().clean(value)
        names = filled(value["effects"], "effect")
        if not names:
            refuse(effects="Add at least one side effect.")
        if repeated := duplicates(names):
            refuse(effects=f"“{repeated[0]}” is listed twice: list each side effect once.")
        return value


class ConditionBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120)
    description = blocks.CharBlock(max_length=300, required=False)


class TreatableConditionsBlock(blocks.StructBlock):
    """What a treatment is used for: cosmetic areas or medical conditions."""

    title = blocks.CharBlock(max_length=120)
    kind = blocks.ChoiceBlock(choices=CONDITION_KINDS, default="cosmetic")
    conditions = blocks.ListBlock(ConditionBlock())

    class Meta:
        icon = "list-ul"
        label = "Treatable conditions or areas"
        template = "blocks/treatable_conditions.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Cosmetic areas treated with Botox",
            "kind": "cosmetic",
            "conditions": [
                {"name": "Forehead lines", "description": "Smooths horizontal lines and wrinkles."},
                {"name": "Crow's feet", "description": "Treats the lines around the eyes."},
            ],
        }
        description = "Cosmetic treatment areas or medical conditions"

    def clean(self, value):
        value = super().clean(value)
        names = filled(value["conditions"], "name")
        if not names:
            refuse(conditions="Add at least one condition or treatment area.")
        if repeated := duplicates(names):
            refuse(conditions=f"“{repeated[0]}” is listed twice: list each condition once.")
        return value
