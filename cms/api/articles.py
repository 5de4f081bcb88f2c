"""The API data of articles, built for a whole response at once (see articles/api.py for the shape).

`ArticleBatch(pages, request)` loads what every article of a response needs in a fixed number of
queries: images and their renditions, gallery consents, sign-offs, which related articles are public.
`batch.article(page)` then builds one article's data without touching the database.
"""

import copy

from django.contrib.auth.models import AnonymousUser
from wagtail.api.querysets import get_public_pages_queryset

from articles.api import IMAGE_RENDITIONS, PHOTO_RENDITIONS, image_data
from articles.serializers import article_to_data
from cms.api.jsonld import article_jsonld
from cms.api.review_facts import load_review_facts
from cms.api.richtext import resolve_bodies

GALLERY_BLOCK = "before_after_gallery"


class PublicRequest:
    """The request as an anonymous reader sees it: no user, no unlocked passwords (the API is public)."""

    def __init__(self, request):
        object.__setattr__(self, "_request", request)
        object.__setattr__(self, "user", AnonymousUser())
        object.__setattr__(self, "session", {})

    def __getattr__(self, name):
        return getattr(self._request, name)

    def __setattr__(self, name, value):
        # Caches Wagtail keeps on the request (the site, for one) land on the real request and are shared.
        setattr(self._request, name, value)


def public_pages(request, model=None):
    """Live pages without view restrictions (and outside restricted sections), for the request's site.

    Built once per request and model: the view restrictions are read once, however often it is asked.
    """
    from wagtail.models import Page

    real = request._request if isinstance(request, PublicRequest) else request
    cache = real.__dict__.setdefault("_guide_public_pages", {})
    model = model or Page
    if model not in cache:
        cache[model] = get_public_pages_queryset(PublicRequest(real), model)
    return cache[model]._chain()


def plain_lists(block, value):
    """A block value with every list item as its plain value.

    Wagtail stores list items as {"type": "item", "value": …, "id": …} (older data: bare values); the API
    always gives the bare value, so a list has one shape whatever the age of the revision.
    """
    from wagtail import blocks

    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            key: plain_lists(block.child_blocks[key], item) if key in block.child_blocks else item
            for key, item in value.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [plain_lists(block.child_block, _item_value(item)) for item in value]
    return value


def _item_value(item):
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


def plain_body(body):
    from articles.models import ArticlePage

    children = ArticlePage.body.field.stream_block.child_blocks
    return [
        {**block, "value": plain_lists(children[block["type"]], block.get("value"))}
        if block.get("type") in children
        else block
        for block in body
    ]


def gallery_pairs(body):
    """Every before/after pair value in raw body data."""
    for block in body:
        if block.get("type") == GALLERY_BLOCK and isinstance(block.get("value"), dict):
            yield from block["value"].get("pairs") or []


class ArticleBatch:
    def __init__(self, pages, request, rich_text_format="html"):
        self.request = request
        self.rich_text_format = rich_text_format
        self.pages = list(pages)
        self.data = {}
        self._load()

    def _load(self):
        from articles.models import GuideImage, GuideRendition

        self.base = {page.pk: article_to_data(page) for page in self.pages}
        for data in self.base.values():
            data["body"] = plain_body(data["body"])
        bodies = [data["body"] for data in self.base.values()]
        if self.rich_text_format == "html":
            resolve_bodies(bodies)
        self.review = load_review_facts(self.pages)
        reviewers = [facts["signoff"].reviewer_person for facts in self.review.values() if facts["signoff"]]

        pairs = [pair for body in bodies for pair in gallery_pairs(body)]
        self.consents = self._consents(pairs)
        image_ids = {page.hero_image_id for page in self.pages} | {page.author.photo_id for page in self.pages}
        image_ids |= {person.photo_id for person in reviewers if person}
        image_ids |= {pair.get(key) for pair in pairs for key in ("before", "after")}
        image_ids.discard(None)
        self.images = GuideImage.objects.in_bulk(image_ids) if image_ids else {}
        specs = [*IMAGE_RENDITIONS.values(), *PHOTO_RENDITIONS.values()]
        self.renditions = {
            (rendition.image_id, rendition.filter_spec): rendition
            for rendition in GuideRendition.objects.filter(image_id__in=image_ids, filter_spec__in=specs)
        }
        for rendition in self.renditions.values():
            rendition.image = self.images[rendition.image_id]
        related_ids = {link.related_id for page in self.pages for link in page.related_articles.all()}
        public = public_pages(self.request).filter(pk__in=related_ids) if related_ids else None
        self.public_related = set(public.values_list("pk", flat=True)) if public is not None else set()

    def _consents(self, pairs):
        consent_ids = {pair.get("consent") for pair in pairs if isinstance(pair.get("consent"), int)}
        if not consent_ids:
            return {}
        from articles.gallery.models import GalleryConsent

        return GalleryConsent.objects.in_bulk(consent_ids)

    def image(self, image_id, specs=IMAGE_RENDITIONS):
        return image_data(self.images.get(image_id), self.renditions, specs)

    def person(self, person):
        if person is None:
            return None
        from articles.serializers import person_to_data

        return {"id": person.pk, **person_to_data(person), "photo": self.image(person.photo_id, PHOTO_RENDITIONS)}

    def article(self, page):
        if page.pk not in self.data:
            self.data[page.pk] = self._article(page)
        return self.data[page.pk]

    def _article(self, page):
        data = copy.deepcopy(self.base[page.pk])
        facts = self.review[page.pk]
        signoff = facts["signoff"]
        data["author"] = self.person(page.author)
        data["reviewer"] = self.person(signoff.reviewer_person) if signoff else None
        if data["reviewer"] is not None:
            data["reviewer"]["credentials"] = signoff.reviewer_credentials or data["reviewer"]["credentials"]
        data["hero_image"] = self.image(page.hero_image_id)
        data["body"] = self.visible_body(data["body"])
        data["related_articles"] = [
            {
                "id": link.related_id,
                "slug": link.related.slug,
                "title": link.related.title,
                "url": link.related.get_url(self.request),
                "summary": link.related.summary,
            }
            for link in page.related_articles.all()
            if link.related_id in self.public_related
        ]
        data["byline"] = _json_dates(facts["byline"])
        data["jsonld"] = article_jsonld(page, data)
        return data

    def visible_body(self, body, with_images=True):
        """Drops pairs whose consent is not valid now and (with_images) adds the pair's images as renditions."""
        from articles.gallery.consent import visible_pairs

        for block in body:
            if block.get("type") != GALLERY_BLOCK:
                continue
            pairs = block["value"].get("pairs") or []
            with_consent = [{**pair, "consent": self.consents.get(pair.get("consent"))} for pair in pairs]
            shown = {id(pair) for pair in visible_pairs(with_consent)}
            block["value"]["pairs"] = [
                {**raw, "before_image": self.image(raw.get("before")), "after_image": self.image(raw.get("after"))}
                if with_images
                else raw
                for raw, checked in zip(pairs, with_consent, strict=True)
                if id(checked) in shown
            ]
        # A gallery with no pair left to show is left out, so the frontend never renders an empty one.
        return [block for block in body if block.get("type") != GALLERY_BLOCK or block["value"]["pairs"]]


def _json_dates(value):
    """Dates as ISO strings, recursively: the byline facts in JSON."""
    if isinstance(value, dict):
        return {key: _json_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_dates(item) for item in value]
    return value.isoformat() if hasattr(value, "isoformat") else value
