import pytest

from articles.demo.site import ensure_site


@pytest.fixture
def site_tree(db):
    """(home, guide): the default site's root page and the guide index under it, both live."""
    return ensure_site()
