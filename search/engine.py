"""Public article search on Elasticsearch: the query, the facets, did-you-mean and suggestions.

The query is built from `search.pipeline` concepts: each concept matches any of its alternatives (the typed words
with typo tolerance, or a synonym phrase) on the analysed-token fields, titles weigh most, and the whole query
as a phrase earns a bonus. Filters go in `post_filter` and each facet counts with the *other* filters applied, so
a reader can see how many results another tag would give.
"""

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError, NotFoundError
from elasticsearch_dsl import A, Q, Search

from search.connection import get_client
from search.documents import UNKNOWN_STATUS, alias_name
from search.highlight import Matcher, best_snippet, highlight_title
from search.pipeline import expand_query, fold_for_suggest
from search.sync import SearchUnavailable
from search.synonyms import current_synonyms

FIELDS = ["title_tokens^6", "headings_tokens^3", "summary_tokens^2", "body_tokens"]
PHRASE_FIELDS = ["title_tokens^8", "headings_tokens^4", "summary_tokens^3", "body_tokens^2"]
FACETS = {"tags": "tags", "category": "category", "review_status": "review_status"}
SOURCE = ["page_id", "title", "url", "summary", "body", "tags", "category", "category_name", "review_status"]
SPELLING = {"field": "spell", "max_edits": 2, "suggest_mode": "popular"}
SYNONYM_WEIGHT = 0.5
FUZZY_WEIGHT = 0.6
# An article about the subject names it in its title, summary and questions: every field counts, the best most.
TIE_BREAKER = 0.3


def _alternative_query(alternative, typed):
    """What the reader typed scores in full; a synonym a little less, and a synonym phrase no more than one word
    (a phrase's score is the sum of its terms', so "botulinum toxin" would otherwise outweigh a typed "botox")."""
    weight = 1.0 if typed else SYNONYM_WEIGHT / len(alternative)
    if len(alternative) > 1:
        return Q(
            "multi_match",
            query=" ".join(alternative),
            type="phrase",
            slop=1,
            fields=FIELDS,
            tie_breaker=TIE_BREAKER,
            boost=weight,
        )
    term = alternative[0]
    exact = Q("multi_match", query=term, fields=FIELDS, tie_breaker=TIE_BREAKER, boost=weight)
    if not typed or len(term) < 3:
        return exact
    fuzzy = Q(
        "multi_match",
        query=term,
        fields=FIELDS,
        fuzziness="AUTO",
        prefix_length=1,
        tie_breaker=TIE_BREAKER,
        boost=FUZZY_WEIGHT,
    )
    return Q("dis_max", queries=[exact, fuzzy])


def _corrected_query(alternative):
    """The known word a typo was taken for scores like a fuzzy match of the typed word."""
    return Q("multi_match", query=alternative[0], fields=FIELDS, tie_breaker=TIE_BREAKER, boost=FUZZY_WEIGHT)


def concept_query(concept):
    queries = [
        _corrected_query(alternative)
        if alternative == concept.corrected
        else _alternative_query(alternative, alternative == concept.original)
        for alternative in concept.alternatives
    ]
    return queries[0] if len(queries) == 1 else Q("dis_max", queries=queries, tie_breaker=0.1)


def text_query(concepts):
    """All concepts should match (three or more: 75% of them), with bonuses for titles and the exact phrase."""
    if not concepts:
        return Q("match_all")
    matching = Q("bool", should=[concept_query(concept) for concept in concepts], minimum_should_match="2<75%")
    typed = " ".join(term for concept in concepts for term in concept.original)
    bonuses = [Q("match", title_tokens={"query": typed, "operator": "and", "boost": 3})]
    if len(typed.split()) > 1:
        bonuses.append(Q("multi_match", query=typed, type="phrase", slop=2, fields=PHRASE_FIELDS, boost=2))
    return Q("bool", must=[matching], should=bonuses)


def _due_soon_days():
    try:
        from reviews.due import DUE_SOON_DAYS
    except ImportError:
        return 30
    return DUE_SOON_DAYS


def review_status_clauses():
    """Review status as of today, from the indexed due date: it moves from "current" to "overdue" with the
    calendar, without a reindex, by the same rule as reviews.due.review_status."""
    soon = f"now+{_due_soon_days()}d/d"
    never_reviewed = Q(
        "bool", must_not=[Q("exists", field="next_review_due")], filter=[Q("term", review_status="overdue")]
    )
    return {
        "current": Q("range", next_review_due={"gt": soon}),
        "due soon": Q("range", next_review_due={"gte": "now/d", "lte": soon}),
        "overdue": Q("bool", should=[Q("range", next_review_due={"lt": "now/d"}), never_reviewed]),
        UNKNOWN_STATUS: Q("term", review_status=UNKNOWN_STATUS),
    }


def _review_status_counts():
    """The aggregations that count each review status by the same rule as review_status_clauses(), reading the
    due date of each matching article (a `filters` aggregation of range queries cost twice as much on a
    10,000-article result): date ranges end exclusive, so "lte end of day N" is "before day N + 1"."""
    after_soon = f"now+{_due_soon_days() + 1}d/d"
    return {
        "due": {
            "date_range": {
                "field": "next_review_due",
                "ranges": [
                    {"key": "overdue", "to": "now/d"},
                    {"key": "due soon", "from": "now/d", "to": after_soon},
                    {"key": "current", "from": after_soon},
                ],
            }
        },
        "never_reviewed": {
            "missing": {"field": "next_review_due"},
            "aggs": {"overdue": {"filter": {"term": {"review_status": "overdue"}}}},
        },
        UNKNOWN_STATUS: {"filter": {"term": {"review_status": UNKNOWN_STATUS}}},
    }


def _review_status_buckets(aggregation):
    counts = {bucket["key"]: bucket["doc_count"] for bucket in aggregation["due"]["buckets"]}
    counts["overdue"] += aggregation["never_reviewed"]["overdue"]["doc_count"]
    counts[UNKNOWN_STATUS] = aggregation[UNKNOWN_STATUS]["doc_count"]
    return counts


def _filter_clauses(filters, skip=None):
    clauses = []
    for name, values in filters.items():
        if name == skip or not values:
            continue
        if name == "review_status":
            statuses = review_status_clauses()
            clauses.append(Q("bool", should=[statuses.get(value, Q("match_none")) for value in values]))
        else:
            clauses.append(Q("terms", **{FACETS[name]: values}))
    return clauses


def build_search(query, filters, page, page_size):
    concepts = expand_query(query, current_synonyms()) if query else []
    search = Search(using=get_client(), index=alias_name()).query(text_query(concepts)).source(SOURCE)
    if not concepts:
        search = search.sort("-last_updated", "page_id")
    if any(filters.values()):
        search = search.post_filter("bool", filter=_filter_clauses(filters))
    for name, field in FACETS.items():
        facet = search.aggs.bucket(name, "filter", Q("bool", filter=_filter_clauses(filters, skip=name)))
        if name == "review_status":
            for status_name, aggregation in _review_status_counts().items():
                facet.bucket(status_name, A(aggregation))
            continue
        terms = facet.bucket("values", "terms", field=field, size=30)
        if name == "category":
            terms.bucket("label", "terms", field="category_name", size=1)
    start = (page - 1) * page_size
    return concepts, search[start : start + page_size]


def _facets(aggregations):
    statuses = _review_status_buckets(aggregations["review_status"])
    facets = {
        "review_status": sorted(
            ({"value": key, "label": key, "count": count} for key, count in statuses.items() if count),
            key=lambda facet: (-facet["count"], facet["value"]),
        )
    }
    for name in ("tags", "category"):
        buckets = aggregations[name]["values"]["buckets"]
        facets[name] = [
            {
                "value": bucket["key"],
                "label": (bucket.get("label", {}).get("buckets") or [{"key": bucket["key"]}])[0]["key"],
                "count": bucket["doc_count"],
            }
            for bucket in buckets
        ]
    return facets


def _did_you_mean(query):
    """The query with each unknown word replaced by the closest indexed word, or None if nothing changes.

    Asked only when nothing matched: the term suggester costs a noticeable share of every search otherwise."""
    body = {"size": 0, "suggest": {"spelling": {"text": query, "term": SPELLING}}}
    suggest = run(lambda: get_client().search(index=alias_name(), body=body)).get("suggest", {})
    corrected, shift = query, 0
    for entry in suggest.get("spelling", []):
        if not entry["options"]:
            continue
        start, end = entry["offset"] + shift, entry["offset"] + shift + entry["length"]
        replacement = entry["options"][0]["text"]
        corrected = corrected[:start] + replacement + corrected[end:]
        shift += len(replacement) - entry["length"]
    return corrected if corrected.lower() != query.lower() else None


def run(call):
    """Runs an Elasticsearch call, turning "not answering" into SearchUnavailable (the views answer 503)."""
    try:
        return call()
    except NotFoundError as error:
        raise SearchUnavailable("the search index does not exist yet; run `manage.py search_index rebuild`") from error
    except (TransportConnectionError, ConnectionTimeout, ApiError) as error:
        raise SearchUnavailable(f"Elasticsearch is not answering ({type(error).__name__})") from error


def search_articles(query, filters, page=1, page_size=10):
    """The response body of /api/v2/search/ (see search.views for the shape)."""
    concepts, search = build_search(query, filters, page, page_size)
    response = run(lambda: get_client().search(index=alias_name(), body=search.to_dict()))
    hits = response["hits"]
    matcher = Matcher(concepts)  # the ten results share what each term matched
    results = [
        {
            "id": hit["_source"]["page_id"],
            "title": hit["_source"]["title"],
            "title_html": highlight_title(hit["_source"]["title"], matcher),
            "url": hit["_source"]["url"],
            "summary": hit["_source"]["summary"],
            "snippet": best_snippet([hit["_source"]["summary"], hit["_source"]["body"]], matcher),
            "tags": hit["_source"].get("tags", []),
            "category": hit["_source"].get("category"),
            "review_status": hit["_source"].get("review_status"),
        }
        for hit in hits["hits"]
    ]
    total = hits["total"]["value"]
    did_you_mean = _did_you_mean(query) if query and total == 0 else None
    return {
        "total": total,
        "results": results,
        "facets": _facets(response["aggregations"]),
        "did_you_mean": did_you_mean,
    }


def suggest_titles(query, size=8):
    """As-you-type article titles from the completion field; folded like the indexed inputs."""
    prefix = fold_for_suggest(query)
    if not prefix:
        return []
    body = {
        "_source": ["page_id", "title", "url"],
        "suggest": {
            "titles": {
                "prefix": prefix,
                "completion": {
                    "field": "suggest",
                    "size": size * 3,  # one article can match through several inputs (title suffixes)
                    "skip_duplicates": True,
                    "fuzzy": {"fuzziness": "AUTO", "prefix_length": 1},
                },
            }
        },
    }
    response = run(lambda: get_client().search(index=alias_name(), body=body))
    suggestions = {}
    for option in response["suggest"]["titles"][0]["options"]:
        source = option["_source"]
        suggestions.setdefault(
            source["page_id"], {"id": source["page_id"], "title": source["title"], "url": source["url"]}
        )
    return list(suggestions.values())[:size]
