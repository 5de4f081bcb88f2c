"""The one text pipeline: indexing and querying both analyse text here, never in Elasticsearch.

Invariant 6 of DESIGN.md: the minimal Elasticsearch node in CI has no stemmer, folding or synonym filters, so
Python does tokenising, lowercasing, accent folding, stop words and English stemming (PyStemmer's Snowball), and
the index stores the resulting tokens in plain `standard`-analysed fields. Synonyms are never written into the
index: `expand_query()` expands the *query* against the index-time tokens, so an editor's change to a
`SynonymSet` works on the next search without a reindex.
"""

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain

import Stemmer
from anyascii import anyascii

# A word, keeping inner apostrophes so "crow's" folds to one token ("crows" -> "crow"), not "crow" + "s".
WORD_RE = re.compile(r"\w+(?:['\u2019]\w+)*")
ASCII_TOKEN_RE = re.compile(r"[a-z0-9]+")

# Lucene's English stop words plus the question words readers type ("how long does botox last").
_STOP_WORDS_TEXT = """a an and are as at be but by for if in into is it no not of on or such that the their then there
these they this to was will with how what when where which who why whom does do did can could should would i me my
you your we our much many"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


@dataclass(frozen=True)
class Token:
    """One analysed token and the characters of the original text it came from (for highlighting)."""

    term: str
    start: int
    end: int
    position: int


@cache
def _stemmer():
    return Stemmer.Stemmer("english")


def _fold(word):
    """Lowercase ASCII pieces of a word: accents folded ("crème" -> "creme"), apostrophes dropped."""
    return ASCII_TOKEN_RE.findall(anyascii(word.replace("'", "").replace("\u2019", "")).lower())


@lru_cache(maxsize=1 << 16)
def _word_terms(word):
    """The terms one word of text yields (folded pieces, stop words dropped, stemmed); words repeat, so cached."""
    pieces = [piece for piece in _fold(word) if piece not in STOP_WORDS]
    return tuple(_stemmer().stemWords(pieces)) if pieces else ()


def analyze_with_offsets(text):
    """Tokens of `text` with their character offsets; stop words are dropped without leaving a position gap."""
    tokens = []
    for match in WORD_RE.finditer(text or ""):
        for term in _word_terms(match.group()):
            tokens.append(Token(term, match.start(), match.end(), len(tokens)))
    return tokens


def analyze(text):
    """The analysed terms of `text`, in order: what the index stores and what queries look for.

    The same terms as `analyze_with_offsets`, without building a Token per word (indexing needs no offsets).
    """
    return list(chain.from_iterable(map(_word_terms, WORD_RE.findall(text or ""))))


def analyzed_text(text):
    """Terms joined by spaces: the value of an `*_tokens` field, which Elasticsearch only splits on spaces."""
    return " ".join(analyze(text))


def allowed_edits(term):
    """Elasticsearch's `fuzziness: AUTO` for a term, so snippets mark the same typos the search forgives."""
    if len(term) <= 2:
        return 0
    return 1 if len(term) <= 5 else 2


def edit_distance(a, b, limit):
    """Damerau-Levenshtein (optimal string alignment) distance, giving up once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@dataclass
class Concept:
    """One idea in the query: the words the reader typed and the phrases that mean the same thing."""

    original: tuple
    alternatives: list = field(default_factory=list)
    corrected: tuple | None = None  # the known word a mistyped one was taken for ("botx" -> "botox")

    @property
    def is_expanded(self):
        return len(self.alternatives) > 1


@dataclass
class SynonymIndex:
    """Analysed synonym groups: each phrase (a tuple of terms) maps to every phrase of its groups."""

    groups: dict = field(default_factory=dict)

    @classmethod
    def from_groups(cls, groups):
        """`groups`: lists of phrases as editors wrote them ("crow's feet", "lateral canthal lines")."""
        index = cls()
        for phrases in groups:
            analysed = []
            for phrase in phrases:
                terms = tuple(analyze(phrase))
                if terms and terms not in analysed:
                    analysed.append(terms)
            if len(analysed) < 2:
                continue
            for terms in analysed:
                alternatives = index.groups.setdefault(terms, [terms])
                alternatives.extend(other for other in analysed if other not in alternatives)
        return index

    @property
    def longest(self):
        return max((len(terms) for terms in self.groups), default=0)

    def lookup(self, terms):
        """The alternatives for a phrase; a single mistyped word finds its group too ("hyperhydrosis")."""
        if terms in self.groups:
            return self.groups[terms]
        if len(terms) != 1 or len(terms[0]) < 4:
            return None
        term = terms[0]
        limit = allowed_edits(term)
        candidates = [
            (edit_distance(term, key[0], limit), key) for key in self.groups if len(key) == 1 and key[0][0] == term[0]
        ]
        candidates = [(distance, key) for distance, key in candidates if distance <= limit]
        if not candidates:
            return None
        return [terms, *self.groups[min(candidates)[1]]]


def expand_query(text, synonyms=None):
    """The query as concepts: longest synonym phrases first, each word otherwise standing for itself."""
    terms = analyze(text)
    synonyms = synonyms or SynonymIndex()
    concepts, i = [], 0
    while i < len(terms):
        for length in range(min(synonyms.longest, len(terms) - i), 0, -1):
            phrase = tuple(terms[i : i + length])
            alternatives = synonyms.lookup(phrase)
            if alternatives:
                corrected = alternatives[1] if alternatives[0] == phrase and phrase not in synonyms.groups else None
                concepts.append(Concept(phrase, list(dict.fromkeys([phrase, *alternatives])), corrected))
                i += length
                break
        else:
            phrase = (terms[i],)
            concepts.append(Concept(phrase, [phrase]))
            i += 1
    return concepts


def fold_for_suggest(text):
    """Lowercase, accent-folded words (not stemmed): what the completion field stores and is asked with."""
    return " ".join(piece for match in WORD_RE.finditer(text or "") for piece in _fold(match.group()))
