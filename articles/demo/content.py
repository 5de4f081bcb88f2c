"""The demo articles: the seed's Botox guide and the catalogue, created through the import and published.

Idempotent: people, categories, images and articles are found by slug or title before anything is made.
"""

import io
from datetime import date

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

from articles.demo import catalog_injectables, catalog_medical, catalog_skin
from articles.demo.botox import BOTOX_SLUG, GALLERY_IMAGES, botox_article
from articles.demo.people import REVIEWER_VERIFIED_UNTIL, REVIEWERS
from articles.importer import ArticleImport
from articles.models import ArticlePage, GuideImage, Person

GALLERY_COLOURS = {"before": (214, 190, 178), "after": (236, 214, 202)}


def publish_demo_article(page):
    """Publishes one demo article: the single publishing path of the demo content.

    The publish guard (reviews app, DESIGN.md invariant 1) lets nothing live without a medical sign-off,
    so the demo reviewer signs the revision off first: the seed's reviewer (Zahide Eris, MD, linked to the
    `reviewer` account) for the Botox guide, Demo Reviewer Dana (`reviewer2`) for the rest.
    """
    from reviews.models import MedicalSignOff
    from reviews.signoff import sign_off

    revision = page.latest_revision or page.save_revision()
    username = "reviewer" if page.slug == BOTOX_SLUG else "reviewer2"
    reviewer = get_user_model().objects.get(username=username)
    if not MedicalSignOff.objects.filter(revision=revision).exists():
        sign_off(revision, reviewer, comment="Demo content")
    revision.publish()
    return revision


def demo_records(images):
    return [botox_article(images), *catalog_injectables.ARTICLES, *catalog_skin.ARTICLES, *catalog_medical.ARTICLES]


def ensure_reviewers():
    """The seed's reviewer and the demo reviewer as Persons, linked to the demo reviewer accounts."""
    User = get_user_model()
    for person_data, reviewer_data, username in REVIEWERS:
        person, _ = Person.objects.get_or_create(
            slug=person_data["slug"],
            defaults={
                **person_data,
                **reviewer_data,
                "credential_verified_until": REVIEWER_VERIFIED_UNTIL,
            },
        )
        user = User.objects.filter(username=username).first()
        if person.user_id is None and user is not None and not Person.objects.filter(user=user).exists():
            person.user = user
            person.save(update_fields=["user"])


def ensure_gallery_images():
    """Drawn placeholder photos for the Botox gallery, so the demo needs no patient images."""
    images = {}
    for name in GALLERY_IMAGES:
        title = f"Demo gallery {name}"
        image = GuideImage.objects.filter(title=title).first()
        if image is None:
            image = GuideImage(title=title, alt_text=f"Demo illustration: {name.replace('-', ' ')}")
            image.file = ImageFile(io.BytesIO(_placeholder_png(name)), name=f"demo-{name}.png")
            image.save()
        images[name] = image.pk
    images["consent"] = ensure_demo_consent().pk
    return images


def ensure_demo_consent():
    """The gallery shows a pair only under a valid consent; the demo's drawn pictures show no patient."""
    from articles.gallery.models import GalleryConsent

    consent, _ = GalleryConsent.objects.get_or_create(
        label="Demo illustrations (no patient)",
        defaults={
            "obtained_on": date(2024, 1, 1),
            "document_reference": "Demo content: drawn, no patient photographed",
        },
    )
    return consent


def _placeholder_png(name):
    colour = GALLERY_COLOURS["before" if name.startswith("before") else "after"]
    canvas = Image.new("RGB", (800, 600), colour)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((250, 120, 550, 480), outline=(120, 90, 80), width=6)
    label = f"Demo illustration: {name.split('-')[0]}"
    draw.text((30, 24), label, fill=(60, 40, 30), font=ImageFont.load_default(size=44))
    output = io.BytesIO()
    canvas.save(output, format="PNG")
    return output.getvalue()


def ensure_demo_articles(guide):
    """Imports the demo articles missing from the guide and publishes them; returns how many were created."""
    ensure_reviewers()
    existing = set(ArticlePage.objects.child_of(guide).values_list("slug", flat=True))
    records = [record for record in demo_records(ensure_gallery_images()) if record["slug"] not in existing]
    if not records:
        return 0
    pages = ArticleImport(records, parent=guide).run()
    for page in pages:
        publish_demo_article(page)
    return len(pages)
