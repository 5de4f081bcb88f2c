"""The demo site tree: the home page as the default site's root, with the guide under it."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from articles.models import GuideIndexPage, HomePage
from reviews.workflow import ensure_guide_workflow


def ensure_site():
    """Returns (home, guide), creating them and pointing the default Site at home when missing."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's initial migration leaves a placeholder "Welcome" page that would take the slug.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = root.add_child(instance=HomePage(title="Medical Guide", slug="home"))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        # The site's address is the one the admin is served on, so API html_url values point somewhere real.
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        Site.objects.create(
            hostname=base.hostname or "localhost",
            port=base.port or (443 if base.scheme == "https" else 80),
            root_page=home,
            is_default_site=True,
            site_name="Medical Guide",
        )
    elif site.root_page_id != home.id:
        site.root_page = home
        site.save()

    guide = GuideIndexPage.objects.child_of(home).first()
    if guide is None:
        guide = home.add_child(
            instance=GuideIndexPage(
                title="Guide",
                slug="guide",
                intro="Medically reviewed guides to treatments, their costs, risks and alternatives.",
            )
        )
        guide.save_revision().publish()
    ensure_guide_workflow(guide)  # every article under the guide goes through the "Medical review" workflow
    return home, guide
