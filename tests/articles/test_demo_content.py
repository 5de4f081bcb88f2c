"""load_demo_content builds the demo site, accounts and articles; a second run changes nothing;
the seed page's facts all reach the demo Botox guide."""

import re
from html import unescape
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from articles.models import ArticlePage, Person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _demo(demo_site):
    """One load for the whole module (tests/articles/conftest.py)."""


def snapshot():
    User = get_user_model()
    return (
        Page.objects.count(),
        Person.objects.count(),
        sorted(User.objects.values_list("username", flat=True)),
        list(User.objects.order_by("username").values_list("password", flat=True)),
        sorted(ArticlePage.objects.values_list("slug", "live", "latest_revision_id")),
    )


def botox_text(client):
    response = client.get("/guide/botox-all-about-it/")
    assert response.status_code == 200
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", unescape(text))


def test_demo_content_is_idempotent():
    first = snapshot()
    call_command("load_demo_content", stdout=StringIO())
    assert snapshot() == first
    assert first[2] == ["admin", "editor", "reviewer", "reviewer2", "writer", "writer2"]


def test_demo_accounts_are_in_their_groups_and_can_use_the_admin(client):
    User = get_user_model()
    assert User.objects.get(username="writer").groups.get().name == "Writers"
    assert User.objects.get(username="reviewer").groups.get().name == "Medical reviewers"
    assert User.objects.get(username="editor").groups.get().name == "Editors"
    writer = User.objects.get(username="writer")
    assert writer.has_perm("wagtailadmin.access_admin")
    client.force_login(writer)
    assert client.get("/admin/").status_code == 200


def test_home_page_is_the_default_sites_root():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    assert site.root_page.get_children().get().slug == "guide"


def test_at_least_forty_further_articles_by_demo_personas_all_live():
    articles = ArticlePage.objects.live()
    others = articles.exclude(slug="botox-all-about-it")
    assert others.count() >= 40
    assert {article.author.name for article in others} == {"Demo Author Ada", "Demo Author Ben", "Demo Author Cem"}
    assert not ArticlePage.objects.not_live().exists()
    block_types = {block.block_type for article in articles for block in article.body}
    assert len(block_types) == 12
    assert len({tag.name for article in articles for tag in article.tags.all()}) > 60


def test_seed_author_and_reviewer_are_people():
    botox = ArticlePage.objects.get(slug="botox-all-about-it")
    assert botox.author.display_name == "Bahar Ozbal"
    assert Person.objects.get(slug="zahide-eris").display_name == "Zahide Eris, MD"
    assert botox.written_date.isoformat() == "2018-01-01"


SEED_FACTS = [
    # duration, session, cost
    "3–6 months", "between three to six months", "About 40 minutes", "$200 – $1,200", "per session",
    # the seven cosmetic areas
    "Forehead lines", "Crow's feet", "Frown lines", "Bunny lines", "Lip lines", "Chin dimples", "Jawline contouring",
    # the seven medical conditions
    "Chronic migraines", "Muscle spasms", "Excessive sweating (hyperhidrosis)", "Overactive bladder",
    "Strabismus (misaligned eyes)", "Blepharospasm (involuntary eyelid twitching)",
    "Cervical dystonia (abnormal head position and neck pain)",
    # the six side effects
    "Pain, swelling, or redness at the injection site", "Headache or flu-like symptoms",
    "Drooping of the eyelid or eyebrow", "Uneven smile or facial expression", "Dry mouth or excessive tearing",
    "Difficulty swallowing or breathing",
    # Dysport's diffusion, baby Botox, masseter Botox, pregnancy, reversal, hair Botox, migraine schedule
    "Dysport has a higher diffusion rate compared to Botox", "Higher diffusion rate than Botox",
    "The results of both treatments last 4 to 6 months", "Baby Botox is the same treatment as traditional Botox",
    "also known as jaw Botox", "Pregnant or nursing women should wait until they stop breastfeeding",
    "There is no chance to reverse Botox injections", "Hair Botox is a restorative hair treatment",
    "typically given every 12 weeks", "Overuse of the injections may cause a frozen face",
    "By Bahar Ozbal", "Written on January 1, 2018",
]  # fmt: skip


def test_every_seed_fact_appears_in_the_demo_botox_guide(client):
    text = botox_text(client)
    assert [fact for fact in SEED_FACTS if fact not in text] == []


def test_botox_guide_is_reviewed_by_the_seeds_reviewer(client):
    """The demo sign-off is Zahide Eris's; the byline names her once the reviews app reports it."""
    from reviews.models import MedicalSignOff

    botox = ArticlePage.objects.get(slug="botox-all-about-it")
    assert MedicalSignOff.objects.get(page_id=botox.pk).reviewer_display == "Zahide Eris, MD"
