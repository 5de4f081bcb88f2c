"""Factories for the guide's models (factory_boy / wagtail-factories). Others add theirs here."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils.text import slugify
from wagtail.models import Collection

from articles.demo.site import ensure_site
from articles.models import ArticlePage, Category, GuideImage, GuideIndexPage, HomePage, Person


def demo_guide():
    """The guide index of the default site, creating the home page and guide when missing."""
    return ensure_site()[1]


def demo_home():
    return ensure_site()[0]


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class GuideImageFactory(factory.django.DjangoModelFactory):
    """A small real image file in the configured storage (S3 under `make test`)."""

    title = factory.Sequence(lambda n: f"Test image {n}")
    alt_text = "A test image"
    file = factory.django.ImageField(width=64, height=48, color="teal")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = GuideImage


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test Author {n}")
    slug = factory.LazyAttribute(lambda person: slugify(person.name))
    job_title = "Health writer"

    class Meta:
        model = Person
        django_get_or_create = ("slug",)

    class Params:
        reviewer = factory.Trait(
            credentials="MD",
            job_title="Medical reviewer",
            specialty="Dermatology",
            licence_number=factory.Sequence(lambda n: f"TEST-{n:05d}"),
        )


class CategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.LazyAttribute(lambda category: slugify(category.name))

    class Meta:
        model = Category
        django_get_or_create = ("slug",)


class HomePageFactory(wagtail_factories.PageFactory):
    """The site's home page, made the default site's root (ensure_site does the wiring)."""

    class Meta:
        model = HomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return demo_home()


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guide"
    slug = "guide"
    parent = factory.LazyFunction(demo_home)

    class Meta:
        model = GuideIndexPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        existing = GuideIndexPage.objects.filter(slug=kwargs.get("slug", "guide")).first()
        return existing or super()._create(model_class, *args, **kwargs)


SAMPLE_BODY = [
    {"type": "heading", "value": {"text": "What it is", "level": "h2"}},
    {"type": "rich_text", "value": "<p>A sample treatment explained for tests.</p>"},
]


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A draft article under the guide; pass `body=[{"type": ..., "value": ...}, ...]` for content.

    Drafts by default: the publish guard (reviews app) refuses a live article without a medical sign-off.
    Publish through a sign-off (tests/articles/publishing.py) when a test needs a live article.
    """

    title = factory.Sequence(lambda n: f"Test article {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    summary = "A short summary of the article for readers."
    author = factory.SubFactory(PersonFactory)
    body = factory.LazyFunction(lambda: list(SAMPLE_BODY))
    parent = factory.LazyFunction(demo_guide)
    live = False

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()
