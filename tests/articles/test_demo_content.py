"""load_demo_content builds the demo site and accounts, and a second run changes nothing."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

pytestmark = pytest.mark.django_db


def load_demo():
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


def snapshot():
    User = get_user_model()
    return (
        Page.objects.count(),
        sorted(User.objects.values_list("username", flat=True)),
        list(User.objects.order_by("username").values_list("password", flat=True)),
    )


def test_demo_content_is_idempotent():
    load_demo()
    first = snapshot()
    load_demo()
    assert snapshot() == first
    assert first[1] == ["admin", "editor", "reviewer", "reviewer2", "writer", "writer2"]


def test_demo_accounts_are_in_their_groups_and_can_use_the_admin(client):
    load_demo()
    User = get_user_model()
    assert User.objects.get(username="writer").groups.get().name == "Writers"
    assert User.objects.get(username="reviewer").groups.get().name == "Medical reviewers"
    assert User.objects.get(username="editor").groups.get().name == "Editors"
    writer = User.objects.get(username="writer")
    assert writer.has_perm("wagtailadmin.access_admin")
    client.force_login(writer)
    assert client.get("/admin/").status_code == 200


def test_home_page_is_the_default_sites_root():
    load_demo()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    assert site.root_page.get_children().get().slug == "guide"
