"""The demo site's pages render for an anonymous reader."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site():
    call_command("load_demo_content", stdout=StringIO())


@pytest.mark.parametrize("path", ["/", "/guide/"])
def test_page_renders_for_a_reader(client, demo_site, path):
    response = client.get(path)
    assert response.status_code == 200
    assert b"Medical Guide" in response.content


def test_unknown_path_gives_the_friendly_404(client, demo_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
