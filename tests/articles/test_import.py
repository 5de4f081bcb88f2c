"""import_articles: drafts only, all or nothing per file, errors that name the record and the field."""

import json

import pytest
from django.core.management import CommandError, call_command

from articles.models import ArticlePage, Category, Person

pytestmark = pytest.mark.django_db


def record(slug="botox", **changes):
    data = {
        "title": "Botox: all about it",
        "slug": slug,
        "summary": "What Botox treats and how long it lasts.",
        "seo_title": "",
        "search_description": "",
        "written_date": "2018-01-01",
        "author": {"slug": "bahar-ozbal", "name": "Bahar Ozbal", "credentials": "", "job_title": "", "bio": ""},
        "category": {"slug": "injectables", "name": "Injectables"},
        "tags": ["botox", "wrinkles"],
        "hero_image": None,
        "body": [
            {"type": "heading", "value": {"text": "All about Botox", "level": "h2"}},
            {"type": "question_answer", "value": {"question": "Is it safe?", "answer": "<p>Yes.</p>", "cites": []}},
        ],
        "related_articles": [],
    }
    return {**data, **changes}


def run_import(tmp_path, records):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(records))
    output = []
    call_command("import_articles", str(path), stdout=type("Out", (), {"write": lambda self, s: output.append(s)})())
    return "".join(output)


def refused(tmp_path, records):
    with pytest.raises(CommandError) as failure:
        run_import(tmp_path, records)
    return str(failure.value)


def test_import_creates_drafts_that_are_never_published(tmp_path, guide):
    output = run_import(tmp_path, [record("botox"), record("dysport", related_articles=[{"slug": "botox"}])])

    assert output.strip() == "Imported 2 articles as drafts."
    pages = ArticlePage.objects.order_by("slug")
    assert [(page.slug, page.live, page.first_published_at) for page in pages] == [
        ("botox", False, None),
        ("dysport", False, None),
    ]
    assert all(page.get_parent().specific == guide for page in pages)
    assert all(page.latest_revision is not None for page in pages)
    dysport = pages.get(slug="dysport")
    assert [link.related.slug for link in dysport.related_articles.all()] == ["botox"]
    assert dysport.written_date.isoformat() == "2018-01-01"
    assert dysport.author.display_name == "Bahar Ozbal"
    assert sorted(tag.name for tag in dysport.tags.all()) == ["botox", "wrinkles"]


def test_a_bad_record_names_its_position_and_field_and_nothing_is_kept(tmp_path, guide):
    bad_table = {
        "type": "comparison_table",
        "value": {
            "title": "Botox vs Dysport",
            "items": ["Botox", "Dysport"],
            "rows": [{"attribute": "Diffusion", "cells": ["Lower"]}],
            "note": "",
        },
    }
    message = refused(
        tmp_path,
        [
            record("botox", author={"slug": "new-author", "name": "New Author"}),
            record("dysport", body=[bad_table], summary="x" * 301),
        ],
    )

    assert message == (
        "Nothing was imported: 2 problems found.\n"
        'record 2 (slug "dysport"): summary: Ensure this value has at most 300 characters (it has 301).\n'
        'record 2 (slug "dysport"): body[0] (comparison_table).rows: Row “Diffusion” has 1 cells for 2 compared '
        "items: give exactly one cell per item."
    )
    assert not ArticlePage.objects.exists()
    assert not Person.objects.filter(slug="new-author").exists()
    assert not Category.objects.exists()


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"title": ""}, "title: is required"),
        ({"author": {"name": "No Slug"}}, "author: needs at least a “slug” and a “name”"),
        ({"written_date": "01/01/2018"}, "written_date: “01/01/2018” is not a date like 2018-01-01"),
        ({"body": [{"type": "poem", "value": "roses"}]}, "body[0]: unknown block type “poem”"),
        ({"hero_image": {"id": 999999}}, "hero_image: image 999999 does not exist; upload images before importing"),
        ({"related_articles": [{"slug": "nowhere"}]}, "related_articles[0]: no article with slug “nowhere”"),
        ({"tags": "botox"}, "tags: must be a list of tag names"),
    ],
)
def test_each_problem_is_reported_for_its_field(tmp_path, guide, changes, problem):
    message = refused(tmp_path, [record("fine"), record("botox", **changes)])
    assert message.splitlines()[1:] == [f'record 2 (slug "botox"): {problem}']
    assert not ArticlePage.objects.exists()


def test_slug_taken_by_an_existing_article_is_refused(tmp_path, guide):
    run_import(tmp_path, [record("botox")])
    message = refused(tmp_path, [record("botox")])
    assert (
        message.splitlines()[1]
        == "record 1 (slug \"botox\"): slug: The slug 'botox' is already in use within the parent page at '/guide/'."
    )
    assert ArticlePage.objects.count() == 1


def test_unreadable_file_is_refused(tmp_path, guide):
    path = tmp_path / "broken.json"
    path.write_text("[{")
    with pytest.raises(CommandError, match=r"^.*broken.json is not valid JSON: "):
        call_command("import_articles", str(path))
