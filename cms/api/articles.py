"""The API data of articles, built for a whole response at once (see articles/api.py for the shape).

`ArticleBatch(pages, request)` loads what every article of a response needs in a fixed number of
queries: images and their renditions, gallery consents, sign-offs, which related articles are public.
`batch.article(page)` then builds one article's data without touching the database.
"""

import copy
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from wagtail.api.querysets import get_public_pages_queryset

from articles.api import IMAGE_RENDITIONS, PHOTO_RENDITIONS, image_data
from articles.serializers import article_to_data
from cms.api.article_content import CONTENT_DIGEST, article_contents, plain_body  # noqa: F401 (plain_body: API)
from cms.api.jsonld import article_jsonld
from cms.api.review_facts import load_review_facts
from cms.caching import logged_change_at

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

        # Pages loaded with their body digest (cms/api/pages.py) can use cached content; links follow the audit log.
        cacheable = any(hasattr(page, CONTENT_DIGEST) for page in self.pages)
        links_changed_at = logged_change_at(self.request) if cacheable else None
        contents = article_contents(self.pages, self.rich_text_format, links_changed_at)
        self.base = {page.pk: article_to_data(page, body=contents[page.pk]["body"]) for page in self.pages}
        bodies = [data["body"] for data in self.base.values()]
        fingerprints = {pk: content["fingerprint"] for pk, content in contents.items()}
        self.faq = {pk: content["faq"] for pk, content in contents.items()}
        self.review = load_review_facts(self.pages, fingerprints)
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
        urls = rendition_urls(self.renditions.values())
        self.renditions = {
            key: SignedRendition(urls[rendition.pk], rendition.width, rendition.height)
            for key, rendition in self.renditions.items()
        }
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
        # Only gallery blocks are changed below (pairs dropped, images added); the rest is shared, never mutated.
        data = dict(self.base[page.pk])
        data["body"] = [copy.deepcopy(block) if block.get("type") == GALLERY_BLOCK else block for block in data["body"]]
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
        data["jsonld"] = article_jsonld(page, data, self.faq[page.pk])
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


class SignedRendition(NamedTuple):
    """What the image shape reads of a rendition (articles.api.image_data), its URL already signed."""

    full_url: str
    width: int
    height: int


def url_lifetime():
    """Seconds a rendition URL may be reused: with presigned URLs, half of what is left of a signature's
    lifetime once a response may sit in HTTP caches (max-age + stale-while-revalidate); 0 means never."""
    if not getattr(settings, "AWS_QUERYSTRING_AUTH", False) or not getattr(settings, "AWS_STORAGE_BUCKET_NAME", ""):
        return 3600
    cached_for = settings.API_CACHE_MAX_AGE + settings.API_CACHE_STALE_WHILE_REVALIDATE
    return max(0, (settings.AWS_QUERYSTRING_EXPIRE - cached_for) // 2)


def rendition_urls(renditions):
    """{rendition id: full URL}; signing an S3 URL costs ~2 ms, so a signed one is reused while it stays valid."""
    lifetime = url_lifetime()
    if not lifetime:
        return {rendition.pk: rendition.full_url for rendition in renditions}
    keys = {rendition.pk: f"guide-api:rendition-url:{rendition.pk}:{rendition.file.name}" for rendition in renditions}
    known = cache.get_many(keys.values())
    fresh = {keys[r.pk]: r.full_url for r in renditions if keys[r.pk] not in known}
    if fresh:
        cache.set_many(fresh, lifetime)
    return {pk: known.get(key) or fresh[key] for pk, key in keys.items()}


def _json_dates(value):
    """Dates as ISO strings, recursively: the byline facts in JSON."""
    if isinstance(value, dict):
        return {key: _json_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_dates(item) for item in value]
    return value.isoformat() if hasattr(value, "isoformat") else value
