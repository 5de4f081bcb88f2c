"""Publishing an article in tests the only way the publish guard allows: after a medical sign-off."""

from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles.models import Person
from reviews.signoff import sign_off


def test_reviewer():
    """A medical reviewer with a verified credential (reviews/rules.py), created once per test database."""
    user, created = get_user_model().objects.get_or_create(username="articles-reviewer")
    if created:
        user.groups.add(Group.objects.get(name="Medical reviewers"))
        Person.objects.create(
            name="Rita Reviewer", slug="rita-reviewer", credentials="MD", user=user,
            credential_verified_until=date(2099, 1, 1),
        )  # fmt: skip
    return user


def publish_signed_off(page):
    """Signs off the page's latest revision (saving one if needed) and publishes it; returns the live page."""
    revision = page.get_latest_revision() or page.save_revision()
    sign_off(revision, test_reviewer())
    revision.publish()
    return type(page).objects.get(pk=page.pk)
