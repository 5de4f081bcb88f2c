"""People and articles for the medical-review tests: a writer, a reviewer with a verified MD credential, an editor."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import Person
from reviews.signoff import sign_off
from tests.factories import ArticlePageFactory, demo_guide

BODY = [
    {"type": "heading", "value": {"text": "What it is", "level": "h2"}},
    {"type": "rich_text", "value": "<p>Botox relaxes the muscles it is injected into.</p>"},
]


def make_user(username, group=None, superuser=False, **extra):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.com",
        password="pw",  # noqa: S106
        first_name=extra.pop("first_name", username.title()),
        is_superuser=superuser,
        is_staff=superuser,
        **extra,
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def make_reviewer(username="zahide", name="Zahide Eris", verified_until=date(2030, 12, 31)):
    user = make_user(username, "Medical reviewers")
    Person.objects.create(
        name=name, slug=username, credentials="MD", user=user, credential_verified_until=verified_until
    )
    return user


@pytest.fixture
def writer(db):
    return make_user("wendy", "Writers")


@pytest.fixture
def reviewer(db):
    return make_reviewer()


@pytest.fixture
def editor(db):
    return make_user("eddie", "Editors")


@pytest.fixture
def superuser(db):
    return make_user("root", superuser=True)


@pytest.fixture
def draft(writer):
    """A never-published article whose only revision the writer wrote."""
    page = ArticlePageFactory(title="Botox: all about it", slug="botox", live=False, body=BODY, parent=demo_guide())
    page.save_revision(user=writer)
    return page


@pytest.fixture
def signed_draft(draft, reviewer):
    sign_off(draft.get_latest_revision(), reviewer)
    return draft


@pytest.fixture
def live_article(signed_draft, editor):
    """Signed off and published once; returns the page reloaded."""
    signed_draft.get_latest_revision().publish(user=editor)
    return reload(signed_draft)


def reload(page):
    return type(page).objects.get(pk=page.pk)


def edit(page, user, **changes):
    """Saves a new revision of the latest draft with `changes` applied, written by `user`."""
    latest = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(latest, name, value)
    return latest.save_revision(user=user)


def edit_form_data(page, action="action-publish", **changes):
    """POST data of the admin edit form for `page` (its latest draft), with `changes` applied."""
    latest = page.get_latest_revision_as_object()
    body = changes.pop("body", None) or [(block.block_type, _form_value(block)) for block in latest.body]
    data = {
        "title": latest.title,
        "slug": latest.slug,
        "summary": latest.summary,
        "author": latest.author_id,
        "body": streamfield(body),
        "tags": ", ".join(tag.name for tag in latest.tags.all()),
        "related_articles": inline_formset([]),
        "comments": inline_formset([]),
        "seo_title": latest.seo_title,
        "search_description": latest.search_description,
        action: action,
    }
    data.update(changes)
    return nested_form_data(data)


def _form_value(block):
    if block.block_type == "rich_text":
        return rich_text(block.value.source)
    return dict(block.value)
