"""Building blocks for the API tests: articles in every state a reader must or must not see."""

import io

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import Collection, PageViewRestriction

from articles.models import GuideImage
from tests.factories import ArticlePageFactory, CategoryFactory, PersonFactory


def make_image(title="Photo", alt="", size=(640, 480)):
    """A real image file in the configured storage (the S3 server under `make test`)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "teal").save(buffer, "JPEG")
    return GuideImage.objects.create(
        title=title,
        alt_text=alt,
        file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.jpg"),
        collection=Collection.get_first_root_node(),
    )


def live_article(**kwargs):
    """A live article with publish dates, as publishing would leave it (the factory saves without publishing)."""
    published = kwargs.pop("published", timezone.now())
    kwargs.setdefault("first_published_at", published)
    kwargs.setdefault("last_published_at", published)
    return ArticlePageFactory(live=True, **kwargs)


def draft_article(**kwargs):
    return ArticlePageFactory(live=False, **kwargs)


def restrict(page, password="secret"):  # noqa: S107 (a test page's shared password)
    return PageViewRestriction.objects.create(page=page, restriction_type="password", password=password)


def make_user(username, group=None, **extra):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username=username, password="pw", **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def make_reviewer(username="zahide", name="Zahide Eris", photo=None):
    """A medical reviewer with a verified MD credential, as the publish guard requires."""
    import datetime

    from articles.models import Person

    user = make_user(username, "Medical reviewers")
    person = Person.objects.create(
        name=name,
        slug=username,
        credentials="MD",
        user=user,
        photo=photo,
        credential_verified_until=datetime.date.today() + datetime.timedelta(days=365),
    )
    return user, person


def review_and_publish(page, writer, reviewer, editor):
    """The real flow: the writer's revision, the reviewer's sign-off, the editor's publish (through the guard)."""
    from reviews.signoff import sign_off

    revision = page.save_revision(user=writer)
    sign_off(revision, reviewer)
    revision.publish(user=editor)
    return type(page).objects.get(pk=page.pk)


__all__ = [
    "CategoryFactory",
    "PersonFactory",
    "draft_article",
    "live_article",
    "make_image",
    "make_reviewer",
    "make_user",
    "restrict",
    "review_and_publish",
]
