"""Pages of the guide and the image model they use.

The article page and the snippets live in their own modules and are re-exported here, so
`articles.models.ArticlePage`, `articles.models.Person` and so on keep working.
"""

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page

from articles.gallery.images import GuideImageBehaviour


class GuideImage(GuideImageBehaviour, AbstractImage):
    """The project's image model: Wagtail's image plus the fields the guide needs (behaviour: articles.gallery)."""

    alt_text = models.CharField(
        max_length=255, blank=True, help_text="Describe the image for readers who cannot see it."
    )

    admin_form_fields = (*Image.admin_form_fields, "alt_text")

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"
        permissions = [("choose_guideimage", "Can choose image")]


class GuideRendition(AbstractRendition):
    image = models.ForeignKey(GuideImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HomePage(Page):
    """The root of the site; the guide lives under it."""

    max_count = 1
    subpage_types = ["articles.GuideIndexPage"]
    template = "articles/home_page.html"


class GuideIndexPage(Page):
    """Lists the guide's articles."""

    intro = models.TextField(blank=True)

    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    template = "articles/guide_index_page.html"

    content_panels = [*Page.content_panels, "intro"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = (
            ArticlePage.objects.child_of(self).live().public().select_related("category").order_by("title")
        )
        return context


from articles.pages import ArticlePage, ArticlePageTag, ArticleRelatedLink  # noqa: E402
from articles.snippets import Category, Person  # noqa: E402

__all__ = [
    "ArticlePage",
    "ArticlePageTag",
    "ArticleRelatedLink",
    "Category",
    "GuideImage",
    "GuideIndexPage",
    "GuideRendition",
    "HomePage",
    "Person",
]
