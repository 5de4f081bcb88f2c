"""Snippets with the words that matched in <mark>, found with the same pipeline the search used.

Elasticsearch's highlighters re-analyse the stored text with the field's analyzer, and on a core-only node that
analyzer cannot stem, fold accents or know synonyms, so it would miss "injections" for "injection", "crème" for
"creme" or "glabellar lines" for "frown lines". Marking here, with `search.pipeline`, shows exactly what matched.
Everything outside the <mark> tags is HTML-escaped.

A results page shows ten articles of about 2,000 words each, and running each word through the pipeline in
Python took most of a search request. The pipeline's pieces of a word are the [a-z0-9] runs of its folded form
(apostrophes dropped, word characters transliterated, lowercase), and no token spans a line break; so a text is
folded once with C string operations (an encode error handler transliterates the few non-ASCII runs), split
into lines and pieces, and each distinct piece's term comes from a cache. Only the lines the snippet shows are
tokenised with offsets, by the pipeline itself; should their terms ever differ from the folded ones, the text is
redone through the pipeline alone. The snippet is exactly the one analysing the whole text word by word gives
(`tests/search/test_highlight.py` compares them).
"""

import codecs
import re
from bisect import bisect_right
from functools import lru_cache
from html import escape
from itertools import compress

from anyascii import anyascii

from search.pipeline import WORD_RE, allowed_edits, analyze, edit_distance

SNIPPET_WORDS = 30
CONTEXT_WORDS = 3  # words shown before the first match of the window
_CACHE_LIMIT = 200_000
_CACHED_LENGTH = 2_000  # a summary or title is analysed faster than a cache could be kept for it
# Folded bytes: everything but [a-z0-9] and line breaks separates pieces.
_SEPARATORS = bytes(byte if chr(byte) in "0123456789abcdefghijklmnopqrstuvwxyz\n" else 32 for byte in range(256))
_FOLD_ERRORS = "search-highlight-fold"
_APOSTROPHE_RUN_RE = re.compile(rb"'{2,}")


def _transliterate(error):
    """Encode error handler for a run of non-ASCII characters: "’" is an apostrophe like "'", other word
    characters (`re`'s \\w: isalnum() or "_") are transliterated as the pipeline does, an apostrophe they turn into
    separates like any other non-word character, as does everything else."""
    run = error.object[error.start : error.end]
    folded = ("'" if char == "\u2019" else anyascii(char).replace("'", " ") if char.isalnum() else " " for char in run)
    return "".join(folded), error.end


codecs.register_error(_FOLD_ERRORS, _transliterate)


class _Cache(dict):
    """A bounded memo of `compute`."""

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        value = self[key] = self.compute(key)
        return value


# word of the text -> its terms (several for "½", none for a stop word); folded piece (bytes) -> its term or "".
_word_terms = _Cache(lambda word: tuple(analyze(word)))
_piece_term = _Cache(lambda piece: "".join(analyze(piece.decode("ascii"))))


def _folded_lines(text):
    """The lines of `text` folded as the pipeline folds words, as bytes whose split() gives the pieces."""
    folded = text.encode("ascii", _FOLD_ERRORS).lower()
    if b"''" in folded:  # only a single apostrophe joins two words into one
        folded = _APOSTROPHE_RUN_RE.sub(b" ", folded)
    return folded.translate(_SEPARATORS, b"'").split(b"\n")


class Matcher:
    """Which analysed terms the query's concepts mark: an alternative's term exactly, a typed word also with the
    typos Elasticsearch's `fuzziness: AUTO` forgives, a synonym phrase only as consecutive terms."""

    def __init__(self, concepts):
        self.exact, self.phrases, self.fuzzy = set(), [], {}  # fuzzy: first letter -> [(typed term, edits)]
        for concept in concepts:
            for alternative in concept.alternatives:
                if len(alternative) > 1:
                    self.phrases.append(alternative)
                    continue
                term = alternative[0]
                self.exact.add(term)
                if alternative == concept.original and allowed_edits(term) > 0:
                    self.fuzzy.setdefault(term[0], []).append((term, allowed_edits(term)))
        self._phrase_starts = {}
        for phrase in self.phrases:
            self._phrase_starts.setdefault(phrase[0], []).append(phrase)
        self._marks = _Cache(self._marks_alone)

    def _marks_alone(self, term):
        """Does `term` match a one-word alternative? Decided once per request (ten bodies share most words)."""
        return term in self.exact or any(
            abs(len(term) - len(wanted)) <= edits and edit_distance(term, wanted, edits) <= edits
            for wanted, edits in self.fuzzy.get(term[:1], ())
        )

    def marked(self, terms):
        """Indexes in `terms` that any alternative matches (a phrase's terms only where they are consecutive)."""
        marked = set(compress(range(len(terms)), map(self._marks.__getitem__, terms)))
        if self.phrases:
            for start in compress(range(len(terms)), map(self._phrase_starts.__contains__, terms)):
                for phrase in self._phrase_starts[terms[start]]:
                    if tuple(terms[start : start + len(phrase)]) == phrase:
                        marked.update(range(start, start + len(phrase)))
        return marked


class _FoldingDisagrees(Exception):
    """A line's folded pieces gave other terms than the pipeline: the text is redone through the pipeline."""


class _Text:
    """A text line by line: `terms[line]` for matching and counting, `tokens(line)` = (term, start, end) with
    offsets into the text, asked only for the lines a snippet shows. Without `folding`, all from the pipeline."""

    def __init__(self, text, folding=True):
        self.text = text
        self.starts, start = [], 0
        for line in text.split("\n"):
            self.starts.append(start)
            start += len(line) + 1
        self._tokens = {}
        self.folding = folding
        if folding:
            lines = _folded_lines(text)
            self.folding = len(lines) == len(self.starts)  # a transliteration made a line break: no folding
        self.terms, self.ends = [], []  # all terms in order; how many there are up to the end of each line
        for line in range(len(self.starts)):
            if self.folding:
                self.terms.extend(filter(None, map(_piece_term.__getitem__, lines[line].split())))
            else:
                self.terms.extend(token[0] for token in self.tokens(line))
            self.ends.append(len(self.terms))

    def tokens(self, line, count=None):
        """The first `count` tokens of `line` (all of them without `count`; a word's tokens are never split)."""
        tokens, complete = self._tokens.get(line, ([], False))
        if complete or (count is not None and len(tokens) >= count):
            return tokens
        tokens, complete = [], True
        for match in WORD_RE.finditer(self.text, self.starts[line], self._end(line)):
            if count is not None and len(tokens) >= count:
                complete = False
                break
            start, end = match.span()
            for term in _word_terms[match.group()]:
                tokens.append((term, start, end))
        self._check(line, tokens, complete)
        self._tokens[line] = tokens, complete
        return tokens

    def last_tokens(self, line, count):
        """The last `count` tokens of `line`, tokenising only as much of its end as that takes."""
        tokens, complete = self._tokens.get(line, ([], False))
        line_start, end = self.starts[line], self._end(line)
        start = end
        while not complete:
            start = max(line_start, start - 40 * (count + 1))
            matches = list(WORD_RE.finditer(self.text, start, end))
            if start > line_start:
                matches = matches[1:]  # the first word may be cut
            tokens = [(term, *match.span()) for match in matches for term in _word_terms[match.group()]]
            if start == line_start or len(tokens) >= count:
                break
        tail = list(tokens[-count:]) if count else []
        self._check(line, tail, False, from_end=True)
        return tail

    def _end(self, line):
        return self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)

    def _check(self, line, tokens, complete, from_end=False):
        """Offsets come from the pipeline and counting from the folded text: they must agree."""
        if not self.folding:
            return
        terms = self.terms[self.ends[line - 1] if line else 0 : self.ends[line]]
        expected = terms if complete else (terms[len(terms) - len(tokens) :] if from_end else terms[: len(tokens)])
        if len(tokens) > len(terms) or [token[0] for token in tokens] != expected:
            raise _FoldingDisagrees(line)

    def locate(self, position):
        """(line, index in that line) of the token at `position` in the whole text."""
        line = bisect_right(self.ends, position)
        return line, position - (self.ends[line - 1] if line else 0)

    def tokens_before(self, line, index, count):
        """Up to `count` tokens before token `index` of `line`, in text order (fewer only at the text's start)."""
        found = self.tokens(line, index)[max(0, index - count) : index]
        while line > 0 and len(found) < count:
            line -= 1
            found[:0] = self.last_tokens(line, count - len(found))
        return found

    def tokens_from(self, line, index, count):
        """Up to `count` tokens from token `index` of `line` on (fewer only at the text's end)."""
        found = self.tokens(line, index + count)[index : index + count]
        while line + 1 < len(self.starts) and len(found) < count:
            line += 1
            found.extend(self.tokens(line, count - len(found))[: count - len(found)])
        return found


@lru_cache(maxsize=512)
def _analysed(text, folding=True):
    """The analysis of a body depends on nothing else: an article that shows up on another results page
    (popular ones do, page after page) is not analysed again. About 40 KB each, so at most ~20 MB per worker."""
    return _Text(text, folding)


def _densest(marked, words):
    """(start, count) of the window of `words` positions starting at a mark that holds the most marks."""
    best_start, best_count, ahead = 0, 0, 0
    for index, start in enumerate(marked):
        ahead = max(ahead, index)
        while ahead < len(marked) and marked[ahead] < start + words:
            ahead += 1
        if ahead - index > best_count:
            best_start, best_count = start, ahead - index
    return best_start, best_count


class _Window:
    """The best window of one text: how many tokens it marks, and the HTML of its snippet on demand."""

    def __init__(self, text, matcher, words, folding=True):
        self.matcher, self.words = matcher, words
        self.text = _analysed(text, folding) if len(text) >= _CACHED_LENGTH else _Text(text, folding)
        self.marked = matcher.marked(self.text.terms)
        self.start, self.count = _densest(sorted(self.marked), words)

    def html(self):
        try:
            return self._html()
        except _FoldingDisagrees:
            return _Window(self.text.text, self.matcher, self.words, folding=False).html()

    def _html(self):
        text, words = self.text, self.words
        if not text.ends[-1]:
            return escape(text.text[:200])
        line, index = text.locate(self.start)
        before = text.tokens_before(line, index, CONTEXT_WORDS + 1)
        tokens = before + text.tokens_from(line, index, words + 1)
        shift = len(before) - self.start  # from positions in the whole text to positions in `tokens`
        marked = {position + shift for position in self.marked}
        first = max(0, len(before) - CONTEXT_WORDS) if self.count else 0
        last = min(len(tokens) - 1, first + words - 1)
        snippet = _render(text.text, tokens, marked, first, last)
        prefix = "… " if first > 0 else escape(text.text[: tokens[0][1]].lstrip())
        suffix = " …" if last < len(tokens) - 1 else escape(text.text[tokens[-1][2] :].rstrip())
        return f"{prefix}{snippet}{suffix}"


def _render(text, tokens, marked, first, last):
    """The text from token `first` to token `last`, escaped, with marked tokens wrapped in <mark>."""
    parts, cursor, covered = [], tokens[first][1], tokens[first][1]
    for index in range(first, last + 1):
        _term, start, end = tokens[index]
        if start < covered:  # one word can give several tokens ("½" -> "1", "2"); the first one decides
            continue
        covered = end
        if index in marked:
            parts += [escape(text[cursor:start]), "<mark>", escape(text[start:end]), "</mark>"]
            cursor = end
    parts.append(escape(text[cursor:covered]))
    return "".join(parts)


def _matcher(concepts):
    return concepts if isinstance(concepts, Matcher) else Matcher(concepts)


def highlight(text, concepts, words=SNIPPET_WORDS):
    """(number of marked words, snippet HTML): the densest window of `words` tokens around the matches."""
    window = _Window(text or "", _matcher(concepts), words)
    return window.count, window.html()


def best_snippet(texts, concepts):
    """The snippet from whichever text (summary, body) shows the most matches; the first text when none do.

    `concepts` may be a Matcher built once per request, so the ten results share what each term matched."""
    matcher = _matcher(concepts)
    windows = [_Window(text, matcher, SNIPPET_WORDS) for text in texts if text]
    if not windows:
        return ""
    best = max(windows, key=lambda window: window.count)
    return (best if best.count else windows[0]).html()


def highlight_title(title, concepts):
    text = _Text(title, folding=False)
    tokens = [token for line in range(len(text.starts)) for token in text.tokens(line)]
    if not tokens:
        return escape(title)
    marked = _matcher(concepts).marked([token[0] for token in tokens])
    html = _render(title, tokens, marked, 0, len(tokens) - 1)
    return escape(title[: tokens[0][1]]) + html + escape(title[tokens[-1][2] :])
