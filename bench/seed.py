"""Seeds the benchmark corpus fast: BENCH_N live, signed-off articles written straight into the page tree.

Publishing 10,000 articles one by one through `revision.publish()` would take the better part of an hour on two
cores, so the seeder writes what a real publish leaves behind, in bulk: the page rows (treebeard paths computed
here), one revision per article that is its live revision, a `MedicalSignOff` of exactly that revision by a
verified reviewer who did not write it (so the publish guard would accept it), a publish log entry, tags,
related articles and a hero image. Bulk inserts send no signals, so neither the search outbox nor Wagtail's
database index sees these pages: `bench.run` builds both indexes explicitly (and times that).
The articles the load test and the publish-latency measurement create go through the real publish path instead
(bench/editor.py).
"""

import io
import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Page, PageLogEntry, Revision

from articles.demo.site import ensure_site
from articles.models import ArticlePage, ArticlePageTag, ArticleRelatedLink, Category, GuideImage, Person
from bench.corpus import AREAS, TREATMENTS, article
from reviews.fingerprint import content_fingerprint
from reviews.models import MedicalSignOff
from reviews.rules import REVIEWER_GROUP

CHUNK = 500
AUTHORS = 30
IMAGES = 12
CATEGORIES = ["Injectables", "Laser and light", "Surgery", "Dental", "Eyes", "Hair", "Skin", "Weight", "Joints",
              "Fertility"]  # fmt: skip


def ensure_people():
    """The bench writer, a verified medical reviewer (with Person) and an editor; returns (writer, reviewer, editor)."""
    User = get_user_model()
    writer, _ = User.objects.get_or_create(username="bench-writer", defaults={"first_name": "Bench", "last_name": "W"})
    editor, _ = User.objects.get_or_create(
        username="bench-editor", defaults={"is_superuser": True, "is_staff": True, "first_name": "Bench"}
    )
    reviewer, _ = User.objects.get_or_create(username="bench-reviewer", defaults={"first_name": "Bench"})
    reviewer.groups.add(Group.objects.get_or_create(name=REVIEWER_GROUP)[0])
    Person.objects.update_or_create(
        slug="bench-reviewer",
        defaults={
            "name": "Ada Bench",
            "credentials": "MD",
            "job_title": "Medical reviewer",
            "specialty": "Dermatology",
            "licence_number": "BENCH-0001",
            "credential_verified_until": timezone.localdate() + timedelta(days=730),
            "user": reviewer,
        },
    )
    return writer, reviewer, editor


def _taxonomy():
    authors = [
        Person.objects.get_or_create(slug=f"bench-author-{i}", defaults={"name": f"Author {i}", "job_title": "Writer"})[
            0
        ]
        for i in range(AUTHORS)
    ]
    categories = [Category.objects.get_or_create(slug=name.lower().replace(" ", "-"), defaults={"name": name})[0]
                  for name in CATEGORIES]  # fmt: skip
    tag_names = {name.lower() for name in TREATMENTS[:30] + AREAS}
    tags = [Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-").replace("'", "")})[0]
            for name in sorted(tag_names)]  # fmt: skip
    return authors, categories, tags


def _images():
    """A dozen real JPEG hero images in the configured storage (S3 in `make bench`)."""
    from PIL import Image as PILImage

    existing = list(GuideImage.objects.filter(title__startswith="Bench hero"))
    for i in range(len(existing), IMAGES):
        buffer = io.BytesIO()
        PILImage.new("RGB", (1600, 1000), (40 + i * 15, 120, 200 - i * 10)).save(buffer, "JPEG", quality=80)
        image = GuideImage(title=f"Bench hero {i}", alt_text=f"Illustration {i}")
        image.file = ImageFile(buffer, name=f"bench-hero-{i}.jpg")
        image.save()
        existing.append(image)
    return existing


def _next_position(guide):
    last = Page.objects.filter(path__startswith=guide.path, depth=guide.depth + 1).order_by("-path").first()
    return Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1


class Seeder:
    def __init__(self, n, seed=2026, with_images=True):
        self.n = n
        self.rng = random.Random(seed)  # noqa: S311 - reproducible corpus, not secrets
        self.home, self.guide = ensure_site()
        self.writer, self.reviewer, self.editor = ensure_people()
        self.reviewer_person = Person.objects.get(user=self.reviewer)
        self.authors, self.categories, self.tags = _taxonomy()
        self.images = _images() if with_images else []
        self.article_type = ContentType.objects.get_for_model(ArticlePage)
        self.page_type = ContentType.objects.get_for_model(Page)
        self.locale = Locale.get_default()
        self.now = timezone.now()

    def run(self):
        """Seeds articles bench-00000 … up to n (skipping those already there); returns how many were added."""
        existing = set(ArticlePage.objects.filter(slug__startswith="bench-").values_list("slug", flat=True))
        todo = [i for i in range(self.n) if f"bench-{i:05d}" not in existing]
        for start in range(0, len(todo), CHUNK):
            with transaction.atomic():
                self._chunk(todo[start : start + CHUNK])
        return len(todo)

    def _page(self, content, position):
        first = self.now - timedelta(days=self.rng.randint(30, 1100))
        updated = min(self.now, first + timedelta(days=self.rng.randint(0, 400)))
        return ArticlePage(
            title=content.title,
            draft_title=content.title,
            slug=content.slug,
            content_type=self.article_type,
            path=Page._get_path(self.guide.path, self.guide.depth + 1, position),
            depth=self.guide.depth + 1,
            numchild=0,
            url_path=f"{self.guide.url_path}{content.slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=first,
            last_published_at=updated,
            latest_revision_created_at=updated,
            owner=self.writer,
            locale=self.locale,
            summary=content.summary,
            body=content.body,
            author=self.rng.choice(self.authors),
            category=self.rng.choice(self.categories),
            hero_image=self.rng.choice(self.images) if self.images else None,
            seo_title="",
            search_description=content.summary[:160],
        )

    def _chunk(self, indices):
        position = _next_position(self.guide)
        pages = [self._page(article(i), position + offset) for offset, i in enumerate(indices)]
        base_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
        bases = Page.objects.bulk_create(
            [Page(**{name: getattr(page, name) for name in base_fields}) for page in pages]
        )
        for page, base in zip(pages, bases, strict=True):
            page.pk = page.id = page.page_ptr_id = base.pk
        ArticlePage._base_manager._insert(pages, fields=ArticlePage._meta.local_concrete_fields, raw=True)
        Page.objects.filter(pk=self.guide.pk).update(numchild=F("numchild") + len(pages))
        self._relations(pages)
        self._publish_records(pages)

    def _relations(self, pages):
        """Tags and related articles, set in memory too so each revision's content carries them without a query."""
        pool = list(ArticlePage.objects.filter(slug__startswith="bench-").values_list("pk", flat=True)[:2000])
        tagged, links = [], []
        for page in pages:
            page.tagged_items = [ArticlePageTag(content_object_id=page.pk, tag=tag)
                                 for tag in self.rng.sample(self.tags, k=self.rng.randint(2, 5))]  # fmt: skip
            related = [pk for pk in self.rng.sample(pool, k=min(4, len(pool))) if pk != page.pk]
            page.related_articles = [ArticleRelatedLink(page_id=page.pk, related_id=pk, sort_order=order)
                                     for order, pk in enumerate(related)]  # fmt: skip
            tagged += page.tagged_items.all()
            links += page.related_articles.all()
        ArticlePageTag.objects.bulk_create(tagged)
        ArticleRelatedLink.objects.bulk_create(links)

    def _publish_records(self, pages):
        """A live revision, the sign-off of exactly that revision and the publish log entry, per article."""
        revisions = Revision.objects.bulk_create(
            Revision(
                content_type=self.article_type,
                base_content_type=self.page_type,
                object_id=str(page.pk),
                created_at=page.last_published_at - timedelta(hours=2),
                user=self.writer,
                object_str=page.title,
                content=page.serializable_data(),
            )
            for page in pages
        )
        by_page = {int(revision.object_id): revision for revision in revisions}
        MedicalSignOff.objects.bulk_create(
            MedicalSignOff(
                page_id=page.pk,
                revision=by_page[page.pk],
                content_fingerprint=content_fingerprint(page),
                reviewer=self.reviewer,
                reviewer_person=self.reviewer_person,
                reviewer_name=self.reviewer_person.name,
                reviewer_credentials=self.reviewer_person.credentials,
                created_at=page.last_published_at - timedelta(hours=1),
            )
            for page in pages
        )
        for page in pages:
            page.live_revision = page.latest_revision = by_page[page.pk]
        ArticlePage.objects.bulk_update(pages, ["live_revision", "latest_revision"])
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                content_type=self.article_type,
                page_id=page.pk,
                revision=by_page[page.pk],
                label=page.title,
                action="wagtail.publish",
                timestamp=page.last_published_at,
                user=self.editor,
                content_changed=True,
                data={},
            )
            for page in pages
        )
