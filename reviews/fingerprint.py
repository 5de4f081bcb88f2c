"""The content fingerprint a medical sign-off is bound to (DESIGN.md invariant 2).

Only the medical content counts: `ArticlePage.medical_content()` gives title, summary and body (the gallery
lives in the body) without block ids, so tags, SEO fields, related links or the slug never void a sign-off.
"""

import hashlib
import json
import re

from django.core.serializers.json import DjangoJSONEncoder

MEDICAL_PARTS = ("title", "summary", "body")

# Draftail gives each paragraph a random key the first time the admin saves it; it is not content.
BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')


def canonical_json(value):
    """One spelling per value: sorted keys, no spaces, real UTF-8, so equal content hashes equally."""
    return json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def normalised(value):
    """The value with editor bookkeeping (rich-text block keys) removed, recursively."""
    if isinstance(value, str):
        return BLOCK_KEY.sub("", value)
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    return value


def medical_content(page):
    return normalised(page.medical_content())


def content_fingerprint(page):
    """sha256 (hex) of the canonical JSON of the page's medical content."""
    return hashlib.sha256(canonical_json(medical_content(page)).encode("utf-8")).hexdigest()


_by_content = {}
CACHE_SIZE = 4096


def revision_fingerprint(revision):
    """The fingerprint of a revision's content, remembered by a digest of its stored JSON.

    Building a page from a revision is the slow part of the four-eyes check, which walks every revision since the
    last sign-off. The key is the content itself, not the revision id, because an autosave may overwrite a revision.
    """
    key = (revision.content_type_id, hashlib.sha256(canonical_json(revision.content).encode("utf-8")).digest())
    fingerprint = _by_content.get(key)
    if fingerprint is None:
        if len(_by_content) >= CACHE_SIZE:
            _by_content.clear()
        fingerprint = _by_content[key] = content_fingerprint(revision.as_object())
    return fingerprint


def changed_parts(old_page, new_page):
    """Names of the medical parts that differ between two versions, in reading order ("title", "body" ...)."""
    old, new = medical_content(old_page), medical_content(new_page)
    return [part for part in sorted(set(old) | set(new), key=_part_order) if old.get(part) != new.get(part)]


def _part_order(part):
    return MEDICAL_PARTS.index(part) if part in MEDICAL_PARTS else len(MEDICAL_PARTS)
