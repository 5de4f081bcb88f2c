"""The API's JSON of the demo articles, imported into an emptied database, gives equal articles."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from taggit.models import Tag

from articles.models import ArticlePage, Category, HomePage, Person
from articles.serializers import article_to_data, content_of

pytestmark = pytest.mark.django_db


def test_demo_articles_survive_export_and_import_into_an_empty_database(demo_site, tmp_path):
    """Images stay: they are uploaded media the JSON refers to by id (docs/import.md), not article content."""
    exported = [article_to_data(page) for page in ArticlePage.objects.live().order_by("path")]
    path = tmp_path / "demo.json"
    path.write_text(json.dumps(exported))

    HomePage.objects.get().delete()  # the site tree, the guide and every article with it
    Person.objects.all().delete()
    Category.objects.all().delete()
    Tag.objects.all().delete()
    assert not ArticlePage.objects.exists()

    call_command("import_articles", str(path), stdout=StringIO())

    imported = {page.slug: article_to_data(page) for page in ArticlePage.objects.all()}
    assert len(imported) == len(exported) >= 41
    for original in exported:
        assert content_of(imported[original["slug"]]) == content_of(original), original["slug"]
    botox = imported["botox-all-about-it"]
    assert botox["written_date"] == "2018-01-01"
    assert {block["type"] for block in botox["body"]} >= {"before_after_gallery", "comparison_table", "cost_range"}
    assert not any(page.live for page in ArticlePage.objects.all()), "an import never publishes"
