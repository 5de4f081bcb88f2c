"""JSON Schemas (draft 2020-12) of the article body in the API, one per block type.

They are derived from the block definitions (articles/blocks), so a new field or choice shows up in
the schema by itself, plus what the API adds (`before_image` / `after_image` on a gallery pair).
List items are plain values (the API unwraps Wagtail's stored {"type": "item", "value": …}).
`manage.py export_api_schemas` writes them to docs/schemas/blocks/; a test keeps those files current
and validates every block of the demo articles against them.
"""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from articles.api import IMAGE_RENDITIONS

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_BASE_URL = "https://guide.example.com/schemas/blocks/"

RENDITION = {
    "type": "object",
    "required": ["url", "width", "height"],
    "properties": {
        "url": {"type": "string", "format": "uri"},
        "width": {"type": "integer", "minimum": 1},
        "height": {"type": "integer", "minimum": 1},
    },
    "additionalProperties": False,
}
IMAGE = {
    "type": "object",
    "description": "An image with its alt text and renditions in a few sizes.",
    "required": ["id", "title", "alt", "width", "height", "renditions"],
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "alt": {"type": "string"},
        "width": {"type": "integer", "minimum": 1},
        "height": {"type": "integer", "minimum": 1},
        "renditions": {
            "type": "object",
            "required": list(IMAGE_RENDITIONS),
            "properties": dict.fromkeys(IMAGE_RENDITIONS, RENDITION),
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}
# What the API adds to a block's stored value, by block type and path of the struct inside it.
API_ADDITIONS = {
    "before_after_gallery": {("pairs",): {"before_image": IMAGE, "after_image": IMAGE}},
}


def block_schema(block, path=(), additions=None):
    """The JSON Schema of one Wagtail block's value as the API gives it."""
    additions = additions or {}
    schema = _describe(block)
    if isinstance(block, blocks.StructBlock):
        properties = {name: block_schema(child, (*path, name), additions) for name, child in block.child_blocks.items()}
        properties.update(additions.get(path, {}))
        schema.update(type="object", properties=properties, required=list(properties), additionalProperties=False)
    elif isinstance(block, blocks.ListBlock):
        schema.update(type="array", items=block_schema(block.child_block, path, additions))
    elif isinstance(block, blocks.RichTextBlock):
        schema.update(type="string", contentMediaType="text/html")
    elif isinstance(block, blocks.ChoiceBlock):
        values = [str(value) for value, _label in block.field.choices if value != ""]
        schema.update(type="string", enum=values if block.required else [*values, ""])
    elif isinstance(block, blocks.IntegerBlock):
        schema.update(type="integer" if block.required else ["integer", "null"])
        if block.field.min_value is not None:
            schema["minimum"] = block.field.min_value
    elif isinstance(block, blocks.DecimalBlock):
        schema.update(type="string", pattern=r"^-?\d+(\.\d+)?$", description="A decimal number as a string.")
    elif isinstance(block, (ImageChooserBlock, SnippetChooserBlock)):
        schema.update(type=["integer", "null"], description=f"Id of the {block.target_model._meta.verbose_name}.")
    elif isinstance(block, blocks.URLBlock):
        schema.update(type="string", description="A URL, or empty.")
    elif isinstance(block, blocks.FieldBlock):
        schema.update(type="string")
        if getattr(block.field, "max_length", None):
            schema["maxLength"] = block.field.max_length
    return schema


def _describe(block):
    label = getattr(block, "label", "") or ""
    return {"title": str(label)} if label else {}


def body_block_schemas():
    """{block type: schema of {"type", "value"}} for every block of the article body."""
    from articles.models import ArticlePage

    stream_block = ArticlePage.body.field.stream_block
    schemas = {}
    for name, child in stream_block.child_blocks.items():
        schemas[name] = {
            "$schema": DIALECT,
            "$id": f"{SCHEMA_BASE_URL}{name}.json",
            "title": f"Article body block “{name}”",
            "description": (child.meta.description or "") if hasattr(child.meta, "description") else "",
            "type": "object",
            "required": ["type", "value"],
            "properties": {
                "type": {"const": name},
                "value": block_schema(child, additions=API_ADDITIONS.get(name)),
            },
            "additionalProperties": False,
        }
    return schemas
