"""Every page type renders for a reader, and in preview for a writer; every block has an editor preview."""

import pytest
from django.urls import reverse

from articles.models import ArticlePage
from tests.articles.publishing import publish_signed_off
from tests.factories import ArticlePageFactory, CategoryFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(guide, every_block_body):
    page = ArticlePageFactory(
        title="Botox: all about it",
        slug="botox",
        author=PersonFactory(name="Bahar Ozbal"),
        category=CategoryFactory(name="Injectables"),
        body=every_block_body,
        tags=["botox"],
    )
    page.save_revision()
    return page


def test_each_page_type_renders_for_a_reader(client, article):
    live = publish_signed_off(article)

    home, guide_index, article_page = (client.get(url) for url in ("/", "/guide/", live.url))

    assert (home.status_code, guide_index.status_code, article_page.status_code) == (200, 200, 200)
    assert 'href="/guide/botox/"' in guide_index.content.decode()
    html = article_page.content.decode()
    for shown in (
        'By <span class="author">Bahar Ozbal</span>',
        f'Written on <time datetime="{live.written_date:%Y-%m-%d}">',
        "Last updated",
        "<dt>Results last</dt><dd>3–6 months</dd>",
        '<h3 class="qa-question" id="how-long-does-it-last">How long does it last?</h3>',
        '<a href="#ref-1">[1]</a>',
        '<th scope="row">Diffusion</th><td>Lower</td><td>Higher</td>',
        '<span class="cost-amount">$200 – $1,200</span>',
        "Common (up to 1 in 10 people) · Mild",
        'class="callout callout-warning" role="alert"',
        '<span class="pair-label">After, 2 weeks</span>',
        '<li id="ref-1">',
        "Injectables",
    ):
        assert shown in html


def test_a_draft_is_not_shown_to_readers_but_previews_for_a_writer(client, article, writer):
    assert client.get("/guide/botox/").status_code == 404

    client.force_login(writer)
    for page in (article, article.get_parent(), article.get_parent().get_parent()):
        response = client.get(reverse("wagtailadmin_pages:view_draft", args=(page.pk,)))
        assert response.status_code == 200, page
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=(article.pk,))).content.decode()
    assert "<h1>Botox: all about it</h1>" in preview
    assert "Botox vs Dysport" in preview


@pytest.mark.parametrize("name", list(ArticlePage.body.field.stream_block.child_blocks))
def test_every_block_type_has_an_editor_preview(client, writer, name):
    block = ArticlePage.body.field.stream_block.child_blocks[name]
    client.force_login(writer)

    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})

    assert block.is_previewable
    assert response.status_code == 200
    assert "css/guide.css" in response.content.decode()
    assert f"block-{name}" in response.content.decode()
