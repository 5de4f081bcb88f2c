"""schema.org structured data for an article: MedicalWebPage, plus FAQPage when it answers questions.

`reviewedBy` and `lastReviewed` appear only when a medical sign-off covers the live content: a search
engine is never told about a review that did not happen.
"""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _person(person):
    if not person:
        return None
    node = {"@type": "Person", "name": person["name"]}
    if person.get("credentials"):
        node["honorificSuffix"] = person["credentials"]
    if person.get("job_title"):
        node["jobTitle"] = person["job_title"]
    return node


def article_jsonld(page, data, faq=None):
    """A list of JSON-LD objects built from the article's API data (see cms/api/articles.py).

    `faq` is `faq_page(data["body"])` when the caller has it already (it is cached with the body).
    """
    page_node = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": data["title"],
        "headline": data["title"],
        "description": data["summary"],
        "url": page.full_url,
        "inLanguage": "en",
        "datePublished": page.first_published_at.isoformat() if page.first_published_at else None,
        "dateModified": data["last_updated"],
        "author": _person(data["author"]),
    }
    if data.get("reviewer") and data["byline"]["last_reviewed"]:
        page_node["reviewedBy"] = _person(data["reviewer"])
        page_node["lastReviewed"] = data["byline"]["last_reviewed"]
    if data.get("hero_image"):
        page_node["image"] = data["hero_image"]["renditions"]["large"]["url"]
    if data.get("tags"):
        page_node["keywords"] = ", ".join(data["tags"])
    if data.get("category"):
        page_node["about"] = {"@type": "Thing", "name": data["category"]["name"]}
    nodes = [{key: value for key, value in page_node.items() if value is not None}]

    faq = faq_page(data["body"]) if faq is None else faq
    if faq:
        nodes.append(faq)
    return nodes


def faq_page(body):
    """The FAQPage node of an article's questions and answers (body data), or {} when it answers none."""
    questions = [block["value"] for block in body if block.get("type") == "question_answer"]
    if not questions:
        return {}
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question["question"],
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(question["answer"]).strip()},
            }
            for question in questions
        ],
    }


def jsonld_script(nodes):
    """<script type="application/ld+json"> elements, escaped so content cannot close the script."""
    return mark_safe(  # noqa: S308 (the JSON is escaped above: no <, > or & survive)
        "".join(
            f'<script type="application/ld+json">{json.dumps(node, ensure_ascii=False).translate(_ESCAPES)}</script>'
            for node in nodes
        )
    )


def page_jsonld(page, request=None):
    """The JSON-LD of an article page as the API would give it; [] for other pages."""
    from articles.models import ArticlePage
    from cms.api.articles import ArticleBatch

    if not isinstance(page, ArticlePage):
        return []
    return ArticleBatch([page], request).article(page)["jsonld"]
