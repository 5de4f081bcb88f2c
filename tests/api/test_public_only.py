"""Only live, public content leaves through the API and the sitemap (DESIGN.md invariant 4).

Drafts, unpublished pages, pages with a view restriction, pages in a restricted section and before/after
pairs whose consent is not valid must not appear in lists, details, filters, related articles, images or
the sitemap, for an anonymous client and for a signed-in editor's browser alike.
"""

import datetime

import pytest
from wagtail.models import Page

from articles.gallery.models import GalleryConsent
from articles.models import GuideIndexPage
from tests.api.helpers import CategoryFactory, draft_article, live_article, make_image, make_user, restrict

pytestmark = pytest.mark.django_db

ARTICLES = "/api/v2/pages/?type=articles.ArticlePage&fields=*&limit=50"


def consent(**kwargs):
    return GalleryConsent.objects.create(
        label=kwargs.pop("label", "Clinic A, case 1"),
        obtained_on=kwargs.pop("obtained_on", datetime.date(2024, 1, 1)),
        document_reference="CF-1",
        **kwargs,
    )


def pair(before, after, consent_record, treatment="Botox"):
    return {"before": before.pk, "after": after.pk, "treatment": treatment, "time_after_treatment": "2 weeks",
            "caption": "", "consent": consent_record.pk}  # fmt: skip


@pytest.fixture
def corpus(site_tree):
    home, guide = site_tree
    category = CategoryFactory(name="Injectables", slug="injectables")
    tagged = {"category": category, "tags": ["wrinkles"]}
    public = live_article(title="Public article", **tagged)
    hidden = {
        "draft": draft_article(title="Draft article", **tagged),
        "unpublished": live_article(title="Unpublished article", **tagged),
        "private": live_article(title="Private article", **tagged),
    }
    hidden["unpublished"].unpublish()
    restrict(hidden["private"])
    private_guide = home.add_child(instance=GuideIndexPage(title="Members", slug="members"))
    restrict(private_guide)
    hidden["in private section"] = live_article(title="Article in a private section", parent=private_guide, **tagged)
    for page in hidden.values():
        public.related_articles.create(related=page)
    public.save()
    return public, hidden


def titles(response):
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "editor session"])
def test_lists_details_filters_and_related_show_only_live_public_articles(client, corpus, signed_in):
    public, hidden = corpus
    if signed_in:
        client.force_login(make_user("eddie", "Editors", is_superuser=True))
    assert titles(client.get(ARTICLES)) == ["Public article"]
    assert titles(client.get("/api/v2/pages/?fields=title&limit=50")) == ["Guide", "Medical Guide", "Public article"]
    for params in ("tag=wrinkles", "category=injectables", f"author={public.author.slug}", "search=article"):
        assert titles(client.get(f"{ARTICLES}&{params}")) == ["Public article"], params
    for page in hidden.values():
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        assert client.get(f"/api/v2/pages/find/?html_path={page.url_path.removeprefix('/home')}").status_code == 404
    assert client.get(f"/api/v2/pages/{public.pk}/").json()["related_articles"] == []


def test_the_sitemap_lists_only_live_public_pages(client, corpus):
    public, hidden = corpus
    sitemap = client.get("/sitemap.xml").content.decode()
    assert public.full_url in sitemap
    for page in hidden.values():
        assert f"/{page.slug}/" not in sitemap


def test_pairs_without_valid_consent_never_leave_the_system(client, site_tree):
    shown, withdrawn_before, withdrawn_after = make_image("Shown before"), make_image("W before"), make_image("W after")
    shown_after, internal_before, internal_after = (
        make_image("Shown after"),
        make_image("I before"),
        make_image("I after"),
    )
    valid, withdrawn = consent(label="valid"), consent(label="to withdraw")
    internal = consent(label="training only", scope="internal")
    page = live_article(
        body=[
            {
                "type": "before_after_gallery",
                "value": {
                    "title": "Results",
                    "pairs": [
                        pair(shown, shown_after, valid),
                        pair(withdrawn_before, withdrawn_after, withdrawn),
                        pair(internal_before, internal_after, internal),
                    ],
                },
            }
        ]
    )
    withdrawn.withdraw(make_user("eddie", "Editors"))

    gallery = client.get(f"/api/v2/pages/{page.pk}/").json()["body"][0]["value"]
    assert [(p["before"], p["after"]) for p in gallery["pairs"]] == [(shown.pk, shown_after.pk)]
    assert gallery["pairs"][0]["before_image"]["renditions"]["medium"]["width"] == 640

    listed = {item["id"] for item in client.get("/api/v2/images/?limit=50").json()["items"]}
    assert listed == {shown.pk, shown_after.pk}
    for image in (withdrawn_before, withdrawn_after, internal_before, internal_after):
        assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404

    # Withdrawing the last valid consent leaves no gallery at all rather than an empty one.
    valid.withdraw(make_user("edna", "Editors"))
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["body"] == []
    assert client.get("/api/v2/images/").json()["items"] == []


def test_images_of_drafts_and_private_pages_are_not_listed(client, corpus):
    public, hidden = corpus
    hidden["draft"].hero_image = make_image("Draft hero")
    hidden["draft"].save()
    public.hero_image = make_image("Public hero")
    public.save()
    listed = [item["title"] for item in client.get("/api/v2/images/").json()["items"]]
    assert listed == ["Public hero"]
    assert Page.objects.filter(pk=hidden["draft"].pk, live=False).exists()
