"""Writers create articles through Wagtail's own page editor, with every block type."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils import WagtailPageTestCase

from articles.models import ArticlePage, GuideIndexPage, HomePage
from tests.articles.admin_forms import add_article_url, article_form_data, body_errors
from tests.factories import PersonFactory, demo_guide

BLOCK_TYPES = {
    "heading", "rich_text", "quick_facts", "question_answer", "pros_cons", "side_effects", "comparison_table",
    "cost_range", "treatable_conditions", "callout", "before_after_gallery", "references",
}  # fmt: skip


class WriterCreatesArticleTests(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def _body(self, every_block_body):
        self.every_block_body = every_block_body

    def setUp(self):
        self.guide = demo_guide()
        self.author = PersonFactory(name="Bahar Ozbal")
        self.writer = get_user_model().objects.create_user("writer-test", "w@example.com", "pw")
        self.writer.groups.add(Group.objects.get(name="Writers"))
        self.client.force_login(self.writer)

    def test_article_only_under_the_guide_and_nothing_under_it(self):
        self.assertAllowedParentPageTypes(ArticlePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertAllowedSubpageTypes(GuideIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(HomePage, {GuideIndexPage})

    def test_writer_saves_a_draft_with_every_block_type(self):
        data = article_form_data(self.author, self.every_block_body, tags="botox, wrinkles")
        # A draft: writers cannot publish (DESIGN.md), and the import must never publish either.
        self.assertCanCreate(self.guide, ArticlePage, data, publish=False)

        page = ArticlePage.objects.get(slug="botox-test")
        self.assertEqual({block.block_type for block in page.get_latest_revision_as_object().body}, BLOCK_TYPES)
        self.assertFalse(page.live)
        self.assertEqual(page.author, self.author)
        self.assertEqual(sorted(tag.name for tag in page.tags.all()), ["botox", "wrinkles"])
        self.assertEqual(page.owner, self.writer)

    def test_writer_is_told_which_block_is_wrong(self):
        body = [*self.every_block_body]
        body[4] = {"type": "pros_cons", "value": {"pros": ["No downtime"], "cons": []}}
        response = self.client.post(add_article_url(self.guide), article_form_data(self.author, body))

        self.assertEqual(response.status_code, 200)
        self.assertEqual(body_errors(response), ["body[4].cons: Add at least one con: a balanced list has both sides."])
        self.assertFalse(ArticlePage.objects.filter(slug="botox-test").exists())

    def test_summary_longer_than_300_characters_is_refused(self):
        data = article_form_data(self.author, self.every_block_body, summary="x" * 301)
        response = self.client.post(add_article_url(self.guide), data)

        self.assertEqual(
            response.context["form"].errors["summary"],
            ["Ensure this value has at most 300 characters (it has 301)."],
        )
