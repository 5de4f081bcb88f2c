"""The same search answers without Elasticsearch: Wagtail's database backend, the same response shape.

Used when ELASTICSEARCH_URL is unset (`make run`'s embedded default) and by the relevance runner as the baseline.
Facets, snippets and did-you-mean are computed in Python over the matching articles: fine for a small guide,
which is the only place this path serves readers.
"""

from search.documents import _review_status, body_text, indexable_articles
from search.highlight import best_snippet, highlight_title
from search.pipeline import allowed_edits, edit_distance, expand_query, fold_for_suggest
from search.synonyms import current_synonyms


def _facts(page):
    return {
        "tags": sorted(tag.name for tag in page.tags.all()),
        "category": [page.category.slug] if page.category else [],
        "review_status": [_review_status(page)],
    }


def _passes(facts, filters, skip=None):
    return all(not values or set(values) & set(facts[name]) for name, values in filters.items() if name != skip)


def _facet_counts(rows, filters, labels):
    facets = {}
    for name in ("tags", "category", "review_status"):
        counts = {}
        for _page, facts in rows:
            if _passes(facts, filters, skip=name):
                for value in facts[name]:
                    counts[value] = counts.get(value, 0) + 1
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        facets[name] = [{"value": value, "label": labels.get(value, value), "count": n} for value, n in ordered]
    return facets


def _did_you_mean(query, pages):
    vocabulary = {word for page in pages for word in fold_for_suggest(f"{page.title} {page.summary}").split()}
    words, changed = fold_for_suggest(query).split(), False
    for position, word in enumerate(words):
        if word in vocabulary or len(word) < 3:
            continue
        limit = max(allowed_edits(word), 1)
        scored = sorted((edit_distance(word, known, limit), known) for known in vocabulary)
        if scored and scored[0][0] <= limit:
            words[position], changed = scored[0][1], True
    return " ".join(words) if changed else None


def ranked_pages(query):
    """Live, public articles matching `query`, best first, as Wagtail's database backend ranks them."""
    pages = indexable_articles()
    if not query:
        return list(pages.order_by("-last_published_at", "pk"))
    from articles.models import ArticlePage

    # .public() is not a search filter field, so the backend searches live articles and the public set intersects.
    public = {page.pk: page for page in pages}
    return [public[match.pk] for match in ArticlePage.objects.live().search(query) if match.pk in public]


def search_articles(query, filters, page=1, page_size=10):
    matches = ranked_pages(query)
    rows = [(match, _facts(match)) for match in matches]
    selected = [match for match, facts in rows if _passes(facts, filters)]
    labels = {match.category.slug: match.category.name for match in matches if match.category}
    concepts = expand_query(query, current_synonyms()) if query else []
    start = (page - 1) * page_size
    results = []
    for match in selected[start : start + page_size]:
        body, _headings = body_text(match)
        results.append(
            {
                "id": match.pk,
                "title": match.title,
                "title_html": highlight_title(match.title, concepts),
                "url": match.get_url() or match.url_path,
                "summary": match.summary,
                "snippet": best_snippet([match.summary, body], concepts),
                "tags": _facts(match)["tags"],
                "category": match.category.slug if match.category else None,
                "review_status": _review_status(match),
            }
        )
    did_you_mean = None
    if query and not selected:
        did_you_mean = _did_you_mean(query, indexable_articles())
    return {
        "total": len(selected),
        "results": results,
        "facets": _facet_counts(rows, filters, labels),
        "did_you_mean": did_you_mean,
    }


def suggest_titles(query, size=8):
    prefix = fold_for_suggest(query)
    if not prefix:
        return []
    found = []
    for page in indexable_articles().filter(title__icontains=query.strip()).order_by("title")[:50]:
        folded = fold_for_suggest(page.title)
        rank = 0 if folded.startswith(prefix) else 1
        found.append((rank, page.title, page))
    found.sort(key=lambda item: item[:2])
    return [{"id": page.pk, "title": page.title, "url": page.get_url() or page.url_path} for *_, page in found[:size]]
