"""The guide article page and its inline relations (tags, related articles)."""

import json

from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxLengthValidator
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from articles.api import article_v3_fields
from articles.blocks import ArticleBodyBlock
from cms.api.preview_mode import FrontendPreviewMixin


def stream_data(stream_value):
    """The stream's raw data as plain JSON values, without block ids (recursively); list items are plain values.

    Block ids change whenever a block is re-created, so leaving them out makes equal content give
    an equal dict: the medical-review fingerprint and the import round trip rely on it.
    """
    prepared = stream_value.stream_block.get_prep_value(stream_value)
    return _without_ids(json.loads(json.dumps(prepared, cls=DjangoJSONEncoder)))


def _without_ids(data):
    if isinstance(data, list):
        return [_without_ids(list_item_value(item)) for item in data]
    if isinstance(data, dict):
        is_block = "type" in data and "value" in data
        return {key: _without_ids(value) for key, value in data.items() if not (is_block and key == "id")}
    return data


def list_item_value(item):
    """A ListBlock item {"type": "item", "value": v, "id": ...} becomes plain v, the form ListBlock also reads."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(FrontendPreviewMixin, Page):
    """A medically reviewed guide article. Written and updated dates come from publish history, never a form."""

    summary = models.TextField(
        max_length=300,
        # TextField's max_length only sizes the widget; the validator enforces it for imports and the API too.
        validators=[MaxLengthValidator(300)],
        help_text="Plain text, at most 300 characters; shown in lists.",
    )
    hero_image = models.ForeignKey(
        "articles.GuideImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey("articles.Person", on_delete=models.PROTECT, related_name="articles")
    body = StreamField(ArticleBodyBlock())
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)
    category = models.ForeignKey(
        "articles.Category", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    # Only an import sets this: the date an article was first written on an earlier site.
    historic_written_date = models.DateField(null=True, blank=True, editable=False)

    parent_page_types = ["articles.GuideIndexPage"]
    subpage_types = []
    template = "articles/article_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary", widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300})),
        FieldPanel("author", widget=forms.Select),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("category", widget=forms.Select), FieldPanel("tags")],
            heading="Taxonomy",
        ),
        InlinePanel("related_articles", label="Related articles"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("category"),
    ]
    # API v3: what writers may set on drafts; API v2 delivers the fields of articles/api.py (cms/api/pages.py).
    api_fields = article_v3_fields()

    class Meta:
        verbose_name = "article"

    @property
    def written_date(self):
        """The historic date of an imported article, else the day it was first published."""
        if self.historic_written_date:
            return self.historic_written_date
        return self.first_published_at.date() if self.first_published_at else None

    @property
    def last_updated(self):
        return self.last_published_at

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = [link.related for link in self.related_articles.all() if link.related.live]
        context["medical_review"] = self.medical_review_for_byline(request)
        return context

    def medical_review_for_byline(self, request=None):
        """The review the byline shows: the first answer of an `article_medical_review` hook, else None.

        The reviews app registers the hook, returning {"reviewer": "Zahide Eris, MD", "date": date}
        for a valid sign-off; without one the byline names no reviewer (never a review that did not happen).
        """
        for hook in hooks.get_hooks("article_medical_review"):
            review = hook(self, request)
            if review:
                return review
        return None

    def medical_content(self):
        """What a medical reviewer signs off: title, summary and body (the gallery is in the body)."""
        return {"title": self.title, "summary": self.summary, "body": stream_data(self.body)}


class ArticleRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_articles")
    related = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("related", "articles.ArticlePage")]

    def __str__(self):
        return self.related.title
