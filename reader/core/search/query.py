"""The search query language (fzf's extended syntax plus field filters) and the per-word scorer.

Syntax, as fzf users know it: terms separated by spaces are ANDed (`\\ ` is a literal space),
`a | b` ORs neighbouring terms, `'exact`, `^prefix`, `suffix$`, `^whole$`, `!negate` (a negated
term is an exact substring test, as in fzf). Smart case per term, as fzf does: a term with an
uppercase letter is case-sensitive, otherwise case and Latin accents are folded. Field filters:
`@speaker` (a typo in a name still matches), `#tag`, `:verdict` (`:none` = no verdict yet); each may
be negated: `!@peskov`. `a|b` needs no spaces around the bar.

The scorer works word by word so a vocabulary (not every sentence) is what gets scanned: a term
scores 100 against a word that contains it, else (terms of 4+ chars only) the Indel similarity
`fuzz.ratio` against the word or against the word's prefix of the term's length — the latter
keeps a typo'd word scoring while it is still being typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Indel

FIELDS = {"@": "speaker", "#": "tag", ":": "verdict"}
KINDS = ("fuzzy", "exact", "prefix", "suffix", "equal")
WORD = re.compile(r"\w+")
_PURE_WORD = re.compile(r"\w+\Z")


class _FoldTable(dict[int, int]):
    """str.translate table: lower-case and strip Latin accents, always one char for one char."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            low = ch
        base = unicodedata.normalize("NFD", low)[0]
        if base != low and base.isascii() and base.isalpha():
            low = base
        self[code] = ord(low)
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Case- and accent-folded copy of `text` with the same length, so offsets carry over."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def min_score(n: int) -> int:
    """Lowest fuzzy word score accepted for a term of `n` chars: short terms must match exactly."""
    return 101 if n < 4 else 80 if n < 6 else 75


def caps_missing(term: str, word: str) -> bool:
    """Smart case for typo matches: a capital the user typed must be in the word (not a typo)."""
    return any(c.isupper() and c not in word for c in term)


SHORT_TYPO = range(4, 6)
"""Term lengths where one typo (a swapped, wrong, missing or extra letter: `drak` for dark, `hels` for hell)
scores under min_score by fuzz.ratio; such a word still matches, at the lowest score."""


def one_typo(term: str, word: str) -> bool:
    """One edit apart, a swap of neighbours counting as one (optimal string alignment)."""
    return OSA.distance(term, word, score_cutoff=1) <= 1


def word_score(term: str, word: str) -> int:
    """Score (0 = no match, 1..100) of one term against one word, both already case-normalized."""
    if term in word:
        return 100
    n = len(term)
    if n < 4 or caps_missing(term, word):
        return 0
    score = int(max(fuzz.ratio(term, word), fuzz.ratio(term, word[:n])))
    if score < min_score(n) and n in SHORT_TYPO and one_typo(term, word):
        return min_score(n)
    return score if score >= min_score(n) else 0


def name_score(term: str, name: str) -> int:
    """How well `term` names a speaker (both folded alike): 100 for a substring, else the best typo score
    of one of the name's words, so `@peskvo` still finds Dmitry Peskov."""
    if term in name:
        return 100
    return max((word_score(term, w) for w in WORD.findall(name)), default=0)


def word_lit(term: str, word: str) -> list[int]:
    """Offsets in `word` of the characters `word_score` matched (the LCS behind fuzz.ratio)."""
    at = word.find(term)
    if at >= 0:
        return list(range(at, at + len(term)))
    n = len(term)
    target = word if fuzz.ratio(term, word) >= fuzz.ratio(term, word[:n]) else word[:n]
    out: list[int] = []
    for op in Indel.opcodes(term, target):
        if op.tag == "equal":
            out.extend(range(op.dest_start, op.dest_end))
    return out


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    """Needle, already folded unless `case_sensitive`."""
    kind: str = "fuzzy"
    negate: bool = False
    field: str | None = None
    case_sensitive: bool = False

    @property
    def is_word(self) -> bool:
        """True when the needle is one run of word characters (so the vocabulary can answer it)."""
        return bool(_PURE_WORD.match(self.text))

    def norm(self, text: str) -> str:
        """`text` in this term's case mode."""
        return text if self.case_sensitive else fold(text)


@dataclass(frozen=True, slots=True)
class Query:
    groups: tuple[tuple[Term, ...], ...]
    """AND of OR-groups of positive text terms (the ones that score)."""
    filters: tuple[Term, ...]
    """Field terms and negated terms: they only admit or exclude."""

    @property
    def empty(self) -> bool:
        return not self.groups and not self.filters


def _split(query: str) -> list[str]:
    """Tokens of the query; `a|b` written without spaces is `a | b` (an escaped `\\|` stays literal)."""
    parts = re.split(r"(?<!\\) +", query.strip())
    out: list[str] = []
    for p in parts:
        if not p:
            continue
        pieces = re.split(r"(?<!\\)\|", p) if "|" in p and p != "|" else [p]
        for i, piece in enumerate(pieces):
            if i:
                out.append("|")
            if piece:
                out.append(piece.replace("\\ ", " ").replace("\\|", "|"))
    return out


def parse_term(raw: str) -> Term | None:
    """One whitespace-free token to a Term (None when nothing is left after the operators)."""
    negate = raw.startswith("!") and len(raw) > 1
    body = raw[1:] if negate else raw
    field = None
    if body[:1] in FIELDS and (len(body) > 1 or body in "@#:"):
        field = FIELDS[body[0]]
        body = body[1:]
    kind = "fuzzy"
    if field is None:
        if body.startswith("'") and len(body) > 1:
            kind, body = "exact", body[1:]
        elif body.startswith("^") and len(body) > 1:
            kind, body = "prefix", body[1:]
        if body.endswith("$") and len(body) > 1 and not body.endswith("\\$"):
            kind = "equal" if kind == "prefix" else "suffix"
            body = body[:-1]
        if negate and kind == "fuzzy":
            kind = "exact"  # fzf: !term is an inverse exact match
        if kind == "fuzzy" and not _PURE_WORD.match(fold(body)):
            kind = "exact"  # punctuation has no words to fuzz over: match it literally
        if not body:
            return None
    sensitive = any(c.isupper() for c in body)
    return Term(body if sensitive else fold(body), kind, negate, field, sensitive)


def parse(query: str) -> Query:
    """Parse an fzf-style query string (never raises: odd input degrades to literal terms)."""
    groups: list[list[Term]] = []
    filters: list[Term] = []
    join_next = False
    for token in _split(query):
        if token == "|":
            join_next = bool(groups)
            continue
        term = parse_term(token)
        if term is None:
            continue
        if term.negate or term.field:
            filters.append(term)
            join_next = False
            continue
        if join_next and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    return Query(tuple(tuple(g) for g in groups), tuple(filters))


def score_text(term: Term, text: str, words: dict[str, int] | None = None) -> tuple[int, list[int]]:
    """(score, lit offsets) of one term on one text; the same rules the bulk path applies."""
    t, n = term.text, len(term.text)
    if term.kind == "fuzzy" and n >= 4:
        best, at, best_word = 0, 0, ""
        for m in WORD.finditer(text):
            w = m.group()
            s = words.get(w, 0) if words is not None else word_score(t, w)
            if s > best:
                best, at, best_word = s, m.start(), w
                if s == 100:
                    break
        return (best, [at + i for i in word_lit(t, best_word)]) if best else (0, [])
    if term.kind in ("fuzzy", "exact"):
        at = text.find(t)
        return (100, list(range(at, at + n))) if at >= 0 else (0, [])
    if term.kind == "prefix" and text.startswith(t) or term.kind == "equal" and text == t:
        return 100, list(range(n))
    if term.kind == "suffix" and text.endswith(t):
        return 100, list(range(len(text) - n, len(text)))
    return 0, []
