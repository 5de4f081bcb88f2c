import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def member_of(group_name, username):
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def writer(db):
    """A member of the Writers group (reviews migration): may add and choose images, not delete them."""
    return member_of("Writers", "writer")


@pytest.fixture
def editor(db):
    return member_of("Editors", "editor")


@pytest.fixture
def writer_client(client, writer):
    client.force_login(writer)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def bucket_keys(bucket):
    return sorted(item.key for item in bucket.objects.all())
