"""The demo loader puts the guide under the "Medical review" workflow, once, however often it runs."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import WorkflowPage

from articles.models import ArticlePage, GuideIndexPage
from reviews.due import live_signoff
from reviews.workflow import medical_review_workflow

pytestmark = pytest.mark.django_db


def test_demo_guide_uses_the_medical_review_workflow_and_every_live_article_is_signed_off():
    call_command("load_demo_content", stdout=StringIO())
    call_command("load_demo_content", stdout=StringIO())

    guide = GuideIndexPage.objects.get()
    assert WorkflowPage.objects.filter(page=guide).get().workflow == medical_review_workflow()
    assert [page.title for page in ArticlePage.objects.live() if live_signoff(page) is None] == []
