"""What the claims tab shows: which claims pass its filter line, in which order, and what each is marked with.

Plain functions over the session's data, so the widget only draws rows (and tests need no terminal).
Filter words, all required: kind names (`quote said hedge stat fact`), `@speaker`, `#tag`,
`:verdict` (`:none` = not reviewed yet), `hedged`, `numbers`, or words of the quote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from reader.core.annotations.model import Annotation
from reader.core.claims.record import KINDS, Claim, ClaimKind
from reader.core.session.filters import filter_words, has_tag, has_verdict

ClaimSort = Literal["position", "speaker", "kind", "verdict"]
SORTS: tuple[ClaimSort, ...] = get_args(ClaimSort)

KIND_ORDER: dict[str, int] = {k: n for n, k in enumerate(KINDS)}
KIND_ALIASES: dict[str, ClaimKind] = {
    "quote": "quote", "quotes": "quote", "said": "attribution", "attribution": "attribution",
    "hedge": "report", "report": "report", "stat": "statistic", "statistic": "statistic",
    "fact": "assertion", "assertion": "assertion",
}
VERDICT_ORDER = {"false": 0, "misleading": 1, "needs-context": 2, "unverified": 3, "true": 4}
"""Sorting by verdict puts what a reader must be warned about first, unreviewed claims last."""


@dataclass(frozen=True, slots=True)
class ClaimMark:
    """What the user said about one claim (from its annotation)."""

    verdict: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    highlight: bool = False

    @classmethod
    def of(cls, a: Annotation) -> ClaimMark:
        return cls(a.verdict, a.tags, a.note, a.highlight)

    @property
    def empty(self) -> bool:
        return not (self.verdict or self.tags or self.note or self.highlight)


NO_MARK = ClaimMark()


def _word_ok(claim: Claim, mark: ClaimMark, sigil: str, word: str) -> bool:
    if sigil == "@":
        from reader.core.search.query import fold, name_score  # rapidfuzz loads with the first @ filter, not at start-up

        return not word or name_score(word, fold(claim.speaker or "")) > 0
    if sigil == "#":
        return has_tag(mark.tags, word)
    if sigil == ":":
        return has_verdict(mark.verdict, word) or not word
    if word in KIND_ALIASES:
        return claim.kind == KIND_ALIASES[word]
    if word == "hedged":
        return claim.hedged
    if word == "numbers":
        return bool(claim.numbers)
    return word in claim.quote.lower()


def claim_matches(claim: Claim, mark: ClaimMark, words: Sequence[str]) -> bool:
    """Whether `claim` passes every filter word (see the module doc)."""
    return all(_word_ok(claim, mark, sigil, word) for sigil, word in filter_words(words, "@#:"))


def claim_order(claims: Sequence[Claim], marks: Mapping[int, ClaimMark], words: Sequence[str], sort: ClaimSort) -> list[int]:
    """Indices of the claims shown, in display order."""
    shown = [i for i, c in enumerate(claims) if claim_matches(c, marks.get(i, NO_MARK), words)]
    if sort == "speaker":
        shown.sort(key=lambda i: ((claims[i].speaker or "\uffff").lower(), i))
    elif sort == "kind":
        shown.sort(key=lambda i: (KIND_ORDER.get(claims[i].kind, 9), i))
    elif sort == "verdict":
        shown.sort(key=lambda i: (VERDICT_ORDER.get(marks.get(i, NO_MARK).verdict or "", 9), i))
    return shown


def next_sort(sort: ClaimSort) -> ClaimSort:
    return SORTS[(SORTS.index(sort) + 1) % len(SORTS)]


@dataclass(frozen=True, slots=True)
class ClaimCounts:
    """The claims tab's header line."""

    total: int
    shown: int
    quotes: int
    hedged: int
    numbers: int
    annotated: int


def claim_counts(claims: Sequence[Claim], marks: Mapping[int, ClaimMark], shown: int) -> ClaimCounts:
    return ClaimCounts(
        total=len(claims),
        shown=shown,
        quotes=sum(c.kind == "quote" for c in claims),
        hedged=sum(c.hedged for c in claims),
        numbers=sum(bool(c.numbers) for c in claims),
        annotated=sum(not m.empty for m in marks.values()),
    )


VERDICT_GLYPHS = {"true": "✓", "false": "✗", "misleading": "!", "unverified": "?", "needs-context": "+", "conflict": "≠"}
"""One narrow glyph per verdict, distinct without colour (NO_COLOR, monochrome terminals): shown with a word.
`conflict`: teammates set different verdicts from the same base (team mode) and nobody settled it yet."""
VERDICT_WORDS = {
    "true": "true", "false": "false", "misleading": "misleading", "unverified": "unverified", "needs-context": "context", "conflict": "conflict",
}
"""The word shown beside the glyph where a row is short of room (the full label is in the detail)."""
STATE_MARKS = {"exact": "", "moved": "↕ moved", "fuzzy": "≈ fuzzy", "ambiguous": "⁇ ambiguous", "orphan": "∅ orphan"}
"""How an annotation's anchoring is shown: a glyph and a word, none of them a verdict's glyph."""


def verdict_badge(verdict: str | None, labels: Mapping[str, str] | None = None) -> str:
    """"✗ false": the glyph and the word (the user's label for it when the config gives one)."""
    if not verdict:
        return ""
    word = (labels or {}).get(verdict) or VERDICT_WORDS.get(verdict, verdict)
    return f"{VERDICT_GLYPHS.get(verdict, '•')} {word}"
