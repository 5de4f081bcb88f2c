"""Snippets: what a reader sees marked, and the same snippet as analysing the whole text would give."""

import random
import re

import pytest
from django.utils.html import escape

from search.highlight import Matcher, _Window, best_snippet, highlight, highlight_title
from search.pipeline import SynonymIndex, allowed_edits, analyze, analyze_with_offsets, edit_distance, expand_query

SYNONYMS = SynonymIndex.from_groups(
    [
        ["crow's feet", "lateral canthal lines"],
        ["botox", "botulinum toxin", "onabotulinumtoxinA"],
        ["excessive sweating", "hyperhidrosis"],
    ]
)
FILLER = [
    "patient", "doctor", "clinic", "session", "result", "effect", "skin", "muscle", "dose", "recovery", "risk",
    "benefit", "evidence", "study", "trial", "review", "safety", "consultation", "procedure", "healing", "swelling",
    "bruising", "week", "month", "year", "price", "provider", "qualified", "nurse",
]  # fmt: skip


def seeded(seed):
    return random.Random(seed)  # noqa: S311 - reproducible test texts


def concepts(query):
    return expand_query(query, SYNONYMS)


def filler(rng, words):
    return " ".join(rng.choices(FILLER, k=words))


def long_body(rng, hidden, paragraphs=60):
    """About 2,000 words of paragraphs, one of them (two thirds down) holding `hidden`."""
    lines = [filler(rng, 33) + "." for _ in range(paragraphs)]
    lines[paragraphs * 2 // 3] = f"{filler(rng, 12)} {hidden} {filler(rng, 12)}."
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("query", "hidden", "marked"),
    [
        ("injection", "Two injections a year", "<mark>injections</mark>"),
        ("creme", "A numbing crème first", "<mark>crème</mark>"),
        (
            "crow's feet",
            "approved for lateral canthal lines in adults",
            "<mark>lateral</mark> <mark>canthal</mark> <mark>lines</mark>",
        ),
        ("botx", "Botox relaxes the muscle", "<mark>Botox</mark>"),
        ("sweating", "a sweat test", "<mark>sweat</mark>"),
    ],
)
def test_a_match_deep_in_a_long_body_is_marked(query, hidden, marked):
    body = long_body(seeded(query), hidden)
    snippet = best_snippet(["A guide to the treatment.", body], concepts(query))
    assert marked in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(analyze(snippet.replace("<mark>", "").replace("</mark>", ""))) == 30


def test_the_summary_wins_ties_and_speaks_when_nothing_matches():
    summary = "Botox injections relax the muscles."
    body = long_body(seeded(1), "botox here")
    assert best_snippet([summary, body], concepts("botox")) == "<mark>Botox</mark> injections relax the muscles."
    assert best_snippet([summary, body], concepts("kneecap")) == escape(summary)


def test_no_match_in_a_long_body_shows_its_opening_words():
    body = long_body(seeded(2), "nothing relevant")
    count, snippet = highlight(body, concepts("kneecap"))
    assert count == 0
    assert snippet == " ".join(body.split()[:30]) + " …"


def test_a_long_body_goes_through_the_pipeline_only_where_the_snippet_is():
    """Ten 2,000-word bodies per results page cannot all be tokenised word by word in Python."""
    body = long_body(seeded(3), "Two injections a year")
    window = _Window(body, Matcher(concepts("injection")), 30)
    assert window.count == 1
    assert "<mark>injections</mark>" in window.html()
    assert len(window.text._tokens) <= 3  # word by word only for the lines the snippet shows, of 60


def test_a_body_on_another_results_page_is_not_analysed_again(monkeypatch):
    body = long_body(seeded(4), "Two injections a year")
    first = best_snippet(["", body], concepts("injection"))
    monkeypatch.setattr("search.highlight._folded_lines", lambda text: pytest.fail("analysed again"))
    assert best_snippet(["", body], concepts("injection")) == first
    assert "<mark>year</mark>" in best_snippet(["", body], concepts("year"))


def test_titles_mark_stems_and_escape():
    assert highlight_title("Injections & <fillers>", concepts("injection filler")) == (
        "<mark>Injections</mark> &amp; &lt;<mark>fillers</mark>&gt;"
    )


# The whole-text highlighter this module replaced: the reference the fast one must agree with.
def _reference_marked(tokens, query_concepts):
    terms, marked = [token.term for token in tokens], set()
    for concept in query_concepts:
        for alternative in concept.alternatives:
            fuzzy = alternative == concept.original and len(alternative) == 1
            for start in range(len(terms) - len(alternative) + 1):
                if all(
                    terms[start + offset] == wanted
                    or (
                        fuzzy
                        and terms[start + offset][:1] == wanted[:1]
                        and allowed_edits(wanted) > 0
                        and edit_distance(terms[start + offset], wanted, allowed_edits(wanted)) <= allowed_edits(wanted)
                    )
                    for offset, wanted in enumerate(alternative)
                ):
                    marked.update(range(start, start + len(alternative)))
    return marked


def _reference_highlight(text, query_concepts, words=30):
    tokens = analyze_with_offsets(text)
    if not tokens:
        return 0, escape((text or "")[:200])
    marked = _reference_marked(tokens, query_concepts)
    best_start, best_count = 0, 0
    for start in sorted(marked):
        count = sum(1 for position in marked if start <= position < start + words)
        if count > best_count:
            best_start, best_count = start, count
    first = max(0, best_start - 3) if best_count else 0
    last = min(len(tokens) - 1, first + words - 1)
    parts, cursor = [], tokens[first].start
    for index in range(first, last + 1):
        token = tokens[index]
        if token.start < cursor:
            continue
        parts.append(escape(text[cursor : token.start]))
        word = escape(text[token.start : token.end])
        parts.append(f"<mark>{word}</mark>" if index in marked else word)
        cursor = token.end
    prefix = "… " if first > 0 else escape(text[: tokens[0].start].lstrip())
    suffix = " …" if last < len(tokens) - 1 else escape(text[tokens[-1].end :].rstrip())
    return best_count, f"{prefix}{''.join(parts)}{suffix}"


VOCABULARY = [
    *FILLER, "Botox", "botox", "BOTOX", "Botx", "botax", "botulinum", "toxin", "onabotulinumtoxinA", "injection",
    "injections", "injected", "crème", "Creme", "crow's", "crows", "Crow’s", "feet", "foot", "lateral", "canthal",
    "lines", "line", "½", "1", "2", "excessive", "sweating", "sweat", "hyperhidrosis", "hyperhydrosis", "a", "of",
    "and", "<b>", "&", "—", "(cost)", "costs", "cost:", "cast", "coast", "naïve", "'quoted'", "x", "sweat-free",
    "botox''cost", "crow’’s", "Straße", "ﬁller", "İnjection", "café\u0301", "x²", "٣", "日本", "e\u0301", "a_b", "‐",
    "\u2028", "\r", "Ǆemal", "BOTOX®", "donʼt", "crowʼs",
]  # fmt: skip
QUERIES = [
    "botox", "botx", "botox cost", "injection", "crow's feet", "lateral canthal lines", "excessive sweating",
    "hyperhydrosis", "creme", "sweat", "1 2", "cost injection botox feet", "kneecap",
]  # fmt: skip


def _random_text(rng):
    """Lines of every length around the 30-word window, query words sparse or dense."""
    lines, density = [], rng.choice([0.02, 0.1, 0.5])
    for _ in range(rng.randint(0, 40)):
        words = [
            rng.choice(VOCABULARY) if rng.random() < density else rng.choice(FILLER)
            for _ in range(rng.choice([0, 1, 2, 5, 12, 25, 27, 28, 29, 30, 31, 45, 80]))
        ]
        lines.append(" ".join(words) + rng.choice(["", ".", " ", "?"]))
    return rng.choice(["", "  ", "\t"]) + "\n".join(lines) + rng.choice(["", "\n", " !"])


@pytest.mark.parametrize("seed", range(400))
def test_the_snippet_is_the_one_analysing_the_whole_text_gives(seed):
    rng = seeded(seed)
    text, query = _random_text(rng), rng.choice(QUERIES)
    query_concepts = concepts(query)
    assert highlight(text, query_concepts) == _reference_highlight(text, query_concepts)
    summary = " ".join(rng.choices(VOCABULARY, k=rng.randint(0, 25)))
    reference = [_reference_highlight(part, query_concepts) for part in (summary, text) if part]
    expected = max(reference, key=lambda candidate: candidate[0]) if reference else (0, "")
    expected = expected[1] if expected[0] else (reference[0][1] if reference else "")
    assert best_snippet([summary, text], query_concepts) == expected


def test_a_phrase_split_across_a_line_break_is_still_marked():
    text = "Approved for lateral\ncanthal lines in adults."
    assert highlight(text, concepts("crow's feet")) == _reference_highlight(text, concepts("crow's feet"))
    assert re.findall(r"<mark>(\w+)</mark>", highlight(text, concepts("crow's feet"))[1]) == [
        "lateral",
        "canthal",
        "lines",
    ]


@pytest.mark.parametrize("gap", [27, 28, 29])
def test_a_window_reaches_across_a_paragraph_to_the_next_match(gap):
    rng = seeded(gap)
    text = "\n".join([filler(rng, 40), f"{filler(rng, 5)} botox", filler(rng, gap), f"botox {filler(rng, 40)}"])
    count, snippet = highlight(text, concepts("botox"))
    assert (count, snippet) == _reference_highlight(text, concepts("botox"))
    assert count == (2 if gap <= 28 else 1)
