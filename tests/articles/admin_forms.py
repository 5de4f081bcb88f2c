"""Turns raw article data into the POST data of Wagtail's page editor (nested_form_data helpers)."""

from django.urls import reverse
from wagtail import blocks
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.importer import block_error_lines
from articles.models import ArticlePage


def block_form_data(block, value):
    """The editor's form data for one block value, following the block definition recursively."""
    if isinstance(block, blocks.StreamBlock):
        return streamfield(
            [(item["type"], block_form_data(block.child_blocks[item["type"]], item["value"])) for item in value]
        )
    if isinstance(block, blocks.StructBlock):
        return {name: block_form_data(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        items = {
            str(index): {
                "value": block_form_data(block.child_block, item),
                "deleted": "",
                "order": str(index),
                "id": "",
            }
            for index, item in enumerate(value or [])
        }
        return {"count": str(len(items)), **items}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value or "")
    return "" if value is None else str(value)


def article_form_data(author, body, **fields):
    data = {
        "title": "Botox: all about it",
        "slug": "botox-test",
        "summary": "What Botox treats, how long it lasts, side effects and cost.",
        "author": str(author.pk),
        "hero_image": "",
        "category": "",
        "tags": "",
        "seo_title": "",
        "search_description": "",
        "body": block_form_data(ArticlePage.body.field.stream_block, body),
        "related_articles": inline_formset([]),
        "comments": inline_formset([]),
        **fields,
    }
    return nested_form_data(data)


def add_article_url(guide):
    return reverse("wagtailadmin_pages:add", args=("articles", "articlepage", guide.pk))


def body_errors(response):
    """The body's errors as 'body[0].field: message' lines, as the editor shows them next to each field."""
    form = response.context["form"]
    if "body" not in form.errors:
        return []
    return block_error_lines(form.errors.as_data()["body"][0], "body")
