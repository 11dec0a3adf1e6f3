"""Who a stretch of text names: the persons around a claim that a speaker's confidence weighs as rivals (confidence.py).

A person is a name the rules have met as a speaker (`Known`), or a two- or three-word name whose surname the document
also writes alone. The scans are linear in the document: the words it writes alone are found once per document.
"""

from __future__ import annotations

import functools
import re
from typing import Protocol

from reader.core.claims.lexicon.places import COMPASS
from reader.core.claims.lexicon.titles import ORG_WORDS, TITLES
from reader.core.claims.stages.speakers.names import fold
from reader.core.text.words import whole_words


class Known(Protocol):
    """The persons the rules have met so far (speakers/memory.py People): a surname lookup."""

    def has_surname(self, folded: str) -> bool: ...


_CAP = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_A-ZÀ-ÖØ-Þ]|[’'-])+"
NAME = re.compile(r"\b(?:" + _CAP + r"|[A-Z]\.)(?:\s+(?:[A-Z]\.\s+)?(?:de\s+|van\s+|von\s+|al-)?" + _CAP + r"){1,2}\b")
"""A person-like name: two or three capitalised words ('Tony Bobulinski', 'Julian Marshall', 'Mary S. Jones', 'Michèle
Flournoy': letters outside ASCII too)."""
_NOT_FIRST = frozenset("""The A An In On At By For From With To Of After Before During Since Until Under Over Into Through But And
    Or If When While As Although Though However Meanwhile Still Also Then Now Later Earlier Last This That These Those
    It He She They We I His Her Their Its Our My Mr Mrs Ms Dr Prof Sen Rep Gov President Senator Minister Secretary
    Former Acting Chief General Police According Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December""".split())

_POSSESSIVE_S = re.compile(r"[’']s$")


class _Anyone:
    """Every name-like phrase counts as a person: where a speaker is carried across a paragraph break, any person the
    new paragraph names before the claim may be its speaker (PolNeAR train: such carries were wrong 99 times in 134)."""

    def has_surname(self, folded: str) -> bool:
        return True


ANYONE = _Anyone()


def persons_in(text: str, start: int, end: int, known: Known) -> list[str]:
    """People named in text[start:end], in order, without repeats (by surname): names the rules know as persons,
    and two- or three-word names whose last word the text also uses alone (news calls a person by surname after
    the first mention: 'Tony Bobulinski' … 'Bobulinski'; 'Social Security' has no such second life)."""
    out: list[str] = []
    seen: set[str] = set()  # the surnames in `out`: a paragraph can be a book, so no pass over `out` per name
    for m in NAME.finditer(text, start, end):
        words = [_POSSESSIVE_S.sub("", w) for w in m.group(0).split()]
        while words and (words[0] in _NOT_FIRST or words[0].lower().rstrip(".") in TITLES):
            words = words[1:]
        if words and words[0] in COMPASS:
            continue  # 'North Korea', 'South Sudan': a place, no rival speaker
        if len(words) < 2 or len(words[-1]) < 3 or any(w.lower() in ORG_WORDS or w.lower() in TITLES or len(w) < 2
                                                       or w.endswith("-") or "’" in w or "'" in w for w in words):
            continue
        name = " ".join(words)
        surname = surname_of(name)
        if surname.lower() in seen:
            continue
        if known.has_surname(surname) or _alone(text, words[-1], m.start()):
            out.append(name)
            seen.add(surname.lower())
    return out


_ALONE = re.compile(r"(?:^|[.!?,;:(“\"]\s*|\b(?!(?:the|a|an|of)\s)[a-z][\w’'-]*\s+)([A-Z][\w’'-]+)\b(?![-’']?\s*[A-Z])", re.M)
"""A capitalised word written alone: after a lower-case word (not an article) or a mark, before no other capitalised word."""


_CAPITAL = re.compile(r"[A-Z][\w’'-]+\b(?![-’']?\s*[A-Z])")
"""_ALONE's group alone: a capitalised word before no other (the engine skips to capitals; _ALONE tries every word)."""
_LOWER_START = re.compile(r"(?<!\w)(?!(?:the|a|an|of)\s)[a-z]")
_RUN = re.compile(r"[\w’'-]*")
_MARKS = frozenset(".!?,;:(“\"")


@functools.lru_cache(maxsize=4)
def _alone_words(text: str) -> frozenset[str]:
    """The capitalised words a document writes alone, once per document (one scan: linear in its length): the words
    of `_ALONE.finditer(text)`, found from the capitals (`_CAPITAL`) with what stands before each checked as _ALONE's
    first part would (the same set: tests/test_claims_fastpaths.py)."""
    return frozenset(m.group() for m in _CAPITAL.finditer(text) if _alone_before(text, m.start()))


def _alone_before(text: str, p: int) -> bool:
    """Whether _ALONE's first part ends at p: a line start, a mark and spaces, or a lower-case word (not 'the', 'a',
    'an', 'of') and spaces."""
    if p == 0 or text[p - 1] == "\n":
        return True
    j = p
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j > 0 and text[j - 1] in _MARKS:
        return True
    return j < p and _LOWER_START.search(text, _run_start(text, j), j + 1) is not None


def _run_start(text: str, j: int) -> int:
    """Start of the run of word characters, apostrophes and hyphens that ends at j (read backwards, a window at a time)."""
    width = 64
    while True:
        lo = max(0, j - width)
        n = _RUN.match(text[lo:j][::-1]).end()  # type: ignore[union-attr]
        if n < j - lo or lo == 0:
            return j - n
        width *= 4


def _alone(text: str, surname: str, near: int) -> bool:
    """Whether the text also writes this surname without the given name before it."""
    return surname in _alone_words(text)


def surname_of(name: str) -> str:
    return fold(_POSSESSIVE_S.sub("", name.split()[-1])) if name.split() else ""


def same_person(a: str, b: str) -> bool:
    return surname_of(a).lower() == surname_of(b).lower() or fold(a).lower() in fold(b).lower() or fold(b).lower() in fold(a).lower()


def last_at(text: str, name: str, lo: int, hi: int) -> int:
    """Where the surname of `name` is last written in text[lo:hi] (-1: not there)."""
    sur = _POSSESSIVE_S.sub("", name.split()[-1]) if name.split() else ""
    found = [s for s, _ in whole_words(text[lo:hi], sur)] if sur else []
    return lo + found[-1] if found else -1
