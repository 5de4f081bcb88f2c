"""Each body block has one published JSON Schema, and every block of every demo article validates against it."""

import datetime
import json

import jsonschema
import pytest
from django.core.management import call_command

from articles.gallery.models import GalleryConsent
from articles.models import ArticlePage
from cms.api.articles import ArticleBatch
from cms.api.management.commands.export_api_schemas import SCHEMA_DIR, schema_text
from cms.api.schemas import body_block_schemas
from tests.api.helpers import live_article, make_image

pytestmark = pytest.mark.django_db


def published_schemas():
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in SCHEMA_DIR.glob("*.json")}


def test_the_published_schemas_are_those_of_the_current_blocks():
    generated = body_block_schemas()
    assert sorted(published_schemas()) == sorted(generated) == sorted(ArticlePage.body.field.stream_block.child_blocks)
    for name, schema in generated.items():
        jsonschema.Draft202012Validator.check_schema(schema)
        assert (SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8") == schema_text(schema), (
            f"docs/schemas/blocks/{name}.json is out of date: run manage.py export_api_schemas"
        )


def test_a_block_in_another_shape_is_rejected():
    schemas = published_schemas()
    validator = jsonschema.Draft202012Validator(schemas["heading"])
    assert validator.is_valid({"type": "heading", "value": {"text": "Risks", "level": "h2"}})
    errors = [
        error.message for error in validator.iter_errors({"type": "heading", "value": {"text": "Risks", "level": "h4"}})
    ]
    assert errors == ["'h4' is not one of ['h2', 'h3']"]
    cost = jsonschema.Draft202012Validator(schemas["cost_range"])
    assert not cost.is_valid({"type": "cost_range", "value": {"currency": "USD", "minimum": 200, "maximum": "1",
                                                              "unit": "per_session", "note": ""}})  # fmt: skip


def test_every_block_of_every_demo_article_validates(rf, s3_bucket):
    call_command("load_demo_content", verbosity=0)
    schemas = {name: jsonschema.Draft202012Validator(schema) for name, schema in published_schemas().items()}
    articles = list(ArticlePage.objects.all().select_related("author", "category", "hero_image"))
    assert len(articles) >= 40
    batch = ArticleBatch(articles, rf.get("/api/v2/pages/", HTTP_HOST="localhost"))
    seen = set()
    for page in articles:
        for index, block in enumerate(batch.article(page)["body"]):
            errors = [error.message for error in schemas[block["type"]].iter_errors(block)]
            assert errors == [], f"{page.title}, body[{index}] ({block['type']})"
            seen.add(block["type"])
    # Patient photos may be missing from the demo; the gallery's schema is also exercised by the next test.
    assert set(schemas) - {"before_after_gallery"} <= seen, f"the demo never uses: {sorted(set(schemas) - seen)}"


def test_a_gallery_with_a_visible_pair_validates(client, site_tree):
    consent = GalleryConsent.objects.create(
        label="Case 1", obtained_on=datetime.date(2024, 1, 1), document_reference="1"
    )
    before, after = make_image("Before", size=(64, 48)), make_image("After", size=(64, 48))
    pair = {"before": before.pk, "after": after.pk, "treatment": "Botox", "time_after_treatment": "2 weeks",
            "caption": "", "consent": consent.pk}  # fmt: skip
    page = live_article(body=[{"type": "before_after_gallery", "value": {"title": "Results", "pairs": [pair]}}])
    block = client.get(f"/api/v2/pages/{page.pk}/").json()["body"][0]
    assert block["value"]["pairs"][0]["after_image"]["id"] == after.pk
    validator = jsonschema.Draft202012Validator(published_schemas()["before_after_gallery"])
    assert [error.message for error in validator.iter_errors(block)] == []
