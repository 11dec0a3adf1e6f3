"""Words and their stems, the way the archive's FTS5 table (`porter unicode61 remove_diacritics 2`) sees them.

Python needs the same view for three things SQLite will not give cheaply: document frequencies (FTS5 counts
them by walking a whole doclist), the words two texts share (the spans to light) and the coverage features
of the match score. A word is a run of letters and digits (unicode61 splits on `_` and apostrophes too),
folded to lower case without diacritics, then Porter-stemmed (Snowball's `porter`, the algorithm FTS5 ships).

`snowballstemmer` is a core dependency, not a `[match]` extra: every verdict given in the reader is written
to the archive with its stems, and the stems stored, the document frequencies and FTS5's index must agree.
A fallback without it would store other terms than an archive written with it (silently worse ranking),
and it is small (pure Python, no dependencies of its own).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+")

STOPWORDS = frozenset(
    """a about after all also am an and any are as at be been before being but by can could did do does don
    for from get got had has have he her his how i if in into is it its just like me more most my no not now
    of on only or other our out over said say says she so some than that the their them then there these they
    this those through to up us very was we were what when where which who why will with would you your t s""".split()
)
"""Words with no power to tell claims apart. Dropping them (tuned on CheckThat! 2020 train) also keeps
every query off the archive's longest doclists."""

_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.I)
_TAG = re.compile(r"[#@]([^\W_]\w*)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")

_STEMMER = snowballstemmer.stemmer("porter")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    stem: str
    """Empty for a stopword: it is a word (for spans) but never a term."""


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The term of one word as it appears in text ("" for a stopword); cached: texts reuse few words."""
    folded = word.casefold()
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    if folded in STOPWORDS:
        return ""
    return _STEMMER.stemWord(folded)


def tokens(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), stem(m.group())) for m in WORD.finditer(text)]


def stems(text: str) -> list[str]:
    """The terms of a text in order, stopwords left out (repeats kept: BM25 counts them)."""
    return [s for s in map(stem, WORD.findall(text)) if s]


_SEP = "\x1e"
"""Between the texts of a batch: not a word (WORD skips it) and its own stem, so it survives stemming."""
_WORD_OR_SEP = re.compile(r"[^\W_]+|\x1e")
CHUNK_CHARS = 1 << 20


def stemmed_texts(texts: list[str]) -> list[str]:
    """`" ".join(stems(text))` of each text, for many texts at once: one regex pass and one map over the words of
    about a megabyte of text, not a Python loop per word (a bulk import spent half its Python time in `stems`)."""
    out: list[str] = []
    start = size = 0
    for end, text in enumerate(texts, 1):
        size += len(text) + 1
        if size >= CHUNK_CHARS or end == len(texts):
            out += _stemmed_chunk(texts[start:end])
            start, size = end, 0
    return out


def _stemmed_chunk(texts: list[str]) -> list[str]:
    joined = _SEP.join(texts)
    if joined.count(_SEP) != len(texts) - 1:  # a text holding the separator itself (never one cleaned by record.clean_field)
        return [" ".join(stems(t)) for t in texts]
    words = " ".join(filter(None, map(stem, _WORD_OR_SEP.findall(joined))))
    return [piece.strip(" ") for piece in words.split(_SEP)]


def _split_tag(m: re.Match[str]) -> str:
    return " " + _CAMEL.sub(" ", m.group(1)).replace("_", " ") + " "


def query_text(text: str) -> str:
    """What a claim asks about: links dropped, `#RevolutionaryWarAirports` and `@SpeakerPelosi` split into
    their words (hashtags and handles name the subject in posts). +0.02 MAP@5 on CheckThat! train and dev."""
    return _TAG.sub(_split_tag, _URL.sub(" ", text))


def query_words(text: str) -> dict[str, str]:
    """Each distinct term of a query with one word that spells it (FTS5 stems that word to the same term)."""
    out: dict[str, str] = {}
    for m in WORD.finditer(query_text(text)):
        word = m.group()
        term = stem(word)
        if term and term not in out:
            out[term] = word
    return out
