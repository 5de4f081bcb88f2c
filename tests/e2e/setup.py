"""What exists before the journey starts: the demo site and accounts, the review workflow, a consent, the index."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from wagtail.models import Site

from tests.e2e.article import CONSENT_LABEL

# cms.settings.test has no DEMO_ACCOUNT_PASSWORD, so the journey gives its three users a password of its own.
PASSWORD = "e2e-journey-password"  # noqa: S105 - a throwaway test database
JOURNEY_USERS = ["writer", "reviewer", "editor"]


@dataclass
class JourneySite:
    guide: object
    writer_person: object


def prepare_site(base_url):
    """The demo site, accounts and reviewers of `load_demo_content` without its 43 articles (they would add
    a minute and a half), the default Site pointed at the live server, and the journey's three passwords."""
    from articles.demo.accounts import ensure_demo_accounts
    from articles.demo.content import ensure_reviewers
    from articles.demo.site import ensure_site
    from articles.gallery.models import GalleryConsent
    from articles.models import Person
    from reviews.workflow import ensure_guide_workflow

    _home, guide = ensure_site()
    ensure_demo_accounts()
    ensure_reviewers()
    ensure_guide_workflow(guide)
    address = urlsplit(base_url)
    Site.objects.filter(is_default_site=True).update(hostname=address.hostname, port=address.port)

    users = get_user_model().objects.in_bulk(JOURNEY_USERS, field_name="username")
    for user in users.values():
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    writer_person, _ = Person.objects.get_or_create(
        user=users["writer"], defaults={"name": "Demo Writer", "slug": "demo-writer", "job_title": "Health writer"}
    )
    # An editor records the patient's consent before a writer can use the photos (articles/gallery).
    GalleryConsent.objects.get_or_create(
        label=CONSENT_LABEL,
        defaults={"obtained_on": datetime.date(2026, 1, 5), "document_reference": "E2E consent form 42"},
    )
    return JourneySite(guide=guide, writer_person=writer_person)
