"""Snippets with the words that matched in <mark>, found with the same pipeline the search used.

Elasticsearch's highlighters re-analyse the stored text with the field's analyzer, and on a core-only node that
analyzer cannot stem, fold accents or know synonyms, so it would miss "injections" for "injection", "crème" for
"creme" or "glabellar lines" for "frown lines". Marking here, with `search.pipeline`, shows exactly what matched.
Everything outside the <mark> tags is HTML-escaped.
"""

from django.utils.html import escape

from search.pipeline import allowed_edits, analyze_with_offsets, edit_distance

SNIPPET_WORDS = 30


def _term_matches(term, wanted, fuzzy):
    if term == wanted:
        return True
    if not fuzzy or term[:1] != wanted[:1]:
        return False
    limit = allowed_edits(wanted)
    return limit > 0 and edit_distance(term, wanted, limit) <= limit


def matched_positions(tokens, concepts):
    """Indexes of the tokens that any alternative of any concept matches (phrases must be consecutive)."""
    terms = [token.term for token in tokens]
    marked = set()
    for concept in concepts:
        for alternative in concept.alternatives:
            fuzzy = alternative == concept.original and len(alternative) == 1
            for start in range(len(terms) - len(alternative) + 1):
                if all(
                    _term_matches(terms[start + offset], wanted, fuzzy) for offset, wanted in enumerate(alternative)
                ):
                    marked.update(range(start, start + len(alternative)))
    return marked


def _render(text, tokens, marked, first, last):
    """The text between token `first` and token `last`, escaped, with marked tokens wrapped in <mark>."""
    parts, cursor = [], tokens[first].start
    for index in range(first, last + 1):
        token = tokens[index]
        if token.start < cursor:  # one word can give several tokens ("½" -> "1", "2"); mark it once
            continue
        parts.append(escape(text[cursor : token.start]))
        word = escape(text[token.start : token.end])
        parts.append(f"<mark>{word}</mark>" if index in marked else word)
        cursor = token.end
    return "".join(parts)


def highlight(text, concepts, words=SNIPPET_WORDS):
    """(number of marked words, snippet HTML): the densest window of `words` tokens around the matches."""
    tokens = analyze_with_offsets(text)
    if not tokens:
        return 0, escape((text or "")[:200])
    marked = matched_positions(tokens, concepts)
    best_start, best_count = 0, 0
    for start in sorted(marked):
        count = sum(1 for position in marked if start <= position < start + words)
        if count > best_count:
            best_start, best_count = start, count
    first = max(0, best_start - 3) if best_count else 0
    last = min(len(tokens) - 1, first + words - 1)
    snippet = _render(text, tokens, marked, first, last)
    prefix = "… " if first > 0 else escape(text[: tokens[0].start].lstrip())
    suffix = " …" if last < len(tokens) - 1 else escape(text[tokens[-1].end :].rstrip())
    return best_count, f"{prefix}{snippet}{suffix}"


def best_snippet(texts, concepts):
    """The snippet from whichever text (summary, body) shows the most matches; the first text when none do."""
    candidates = [highlight(text, concepts) for text in texts if text]
    if not candidates:
        return ""
    best = max(candidates, key=lambda candidate: candidate[0])
    return best[1] if best[0] else candidates[0][1]


def highlight_title(title, concepts):
    tokens = analyze_with_offsets(title)
    if not tokens:
        return escape(title)
    marked = matched_positions(tokens, concepts)
    html = _render(title, tokens, marked, 0, len(tokens) - 1)
    return escape(title[: tokens[0].start]) + html + escape(title[tokens[-1].end :])
