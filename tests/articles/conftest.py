"""Fixtures of the article tests: the site tree, a writer, a body with every block, the demo site."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction

from articles.demo.site import ensure_site
from tests.factories import GuideImageFactory


@pytest.fixture
def guide(db):
    return ensure_site()[1]


@pytest.fixture
def writer(db):
    """A member of the Writers group (page permissions on the root, reviews migration 0001)."""
    user = get_user_model().objects.create_user("test-writer", "test-writer@example.com", "pw")
    user.groups.add(Group.objects.get(name="Writers"))
    return user


@pytest.fixture
def gallery_images(db):
    return GuideImageFactory(), GuideImageFactory()


@pytest.fixture
def consent(db):
    """A valid patient consent, so a before-and-after pair may be shown (articles.gallery)."""
    from articles.gallery.models import GalleryConsent

    return GalleryConsent.objects.create(
        label="Test patient", obtained_on=datetime.date(2024, 1, 1), document_reference="Form 1"
    )


@pytest.fixture
def every_block_body(gallery_images, consent):
    """Raw body data using each of the twelve block types once, all valid."""
    before, after = gallery_images
    return [
        {"type": "heading", "value": {"text": "All about the treatment", "level": "h2"}},
        {"type": "rich_text", "value": "<p>An introduction in <b>rich</b> text.</p>"},
        {
            "type": "quick_facts",
            "value": {"title": "Quick facts", "facts": [{"label": "Results last", "value": "3–6 months"}]},
        },
        {
            "type": "question_answer",
            "value": {"question": "How long does it last?", "answer": "<p>Three to six months.</p>", "cites": [1]},
        },
        {"type": "pros_cons", "value": {"pros": ["No downtime"], "cons": ["Not permanent"]}},
        {
            "type": "side_effects",
            "value": {
                "intro": "Side effects include:",
                "effects": [{"effect": "Headache", "frequency": "common", "severity": "mild", "note": ""}],
            },
        },
        {
            "type": "comparison_table",
            "value": {
                "title": "Botox vs Dysport",
                "items": ["Botox", "Dysport"],
                "rows": [{"attribute": "Diffusion", "cells": ["Lower", "Higher"]}],
                "note": "",
            },
        },
        {
            "type": "cost_range",
            "value": {"currency": "USD", "minimum": "200", "maximum": "1200", "unit": "per_session", "note": ""},
        },
        {
            "type": "treatable_conditions",
            "value": {
                "title": "Cosmetic areas",
                "kind": "cosmetic",
                "conditions": [{"name": "Forehead lines", "description": "Horizontal lines."}],
            },
        },
        {"type": "callout", "value": {"style": "warning", "title": "Pregnancy", "text": "<p>Wait until later.</p>"}},
        {
            "type": "before_after_gallery",
            "value": {
                "title": "Before and after",
                "pairs": [
                    {
                        "before": before.pk,
                        "after": after.pk,
                        "treatment": "Botox, forehead",
                        "time_after_treatment": "2 weeks",
                        "caption": "Patient photo",
                        "consent": consent.pk,
                    }
                ],
            },
        },
        {
            "type": "references",
            "value": {
                "references": [
                    {"title": "Botox label", "publisher": "FDA", "url": "https://www.fda.gov/", "year": 2023}
                ]
            },
        },
    ]


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """`load_demo_content` run once for a whole module, rolled back afterwards.

    Loading the 43 demo articles takes tens of seconds, so the module shares one load: each test
    runs in a savepoint inside this outer transaction and the outer one is rolled back at the end.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)
