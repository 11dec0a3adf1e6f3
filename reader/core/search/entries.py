"""Search rows: the `Hit` a query returns and the `Entry` each indexed sentence, claim, speaker, tag or note is."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.search.query import Term
from reader.core.text.spans import Span

PRIORITY = {"claim": 0, "speaker": 1, "tag": 2, "note": 3, "sentence": 4}
"""Tie-break between equally scored hits: what a fact-checker most likely wants first."""


def flat(text: str) -> str:
    """One-line copy of the same length (rows show one line; offsets must not move)."""
    for ch in "\n\r\t\f\v":
        if ch in text:
            text = text.replace(ch, " ")
    return text


@dataclass(frozen=True, slots=True)
class Hit:
    source: str
    """"sentence" | "claim" | "speaker" | "tag" | "note"."""
    label: str
    """Text of the result row (one line)."""
    lit: tuple[int, ...]
    """Indices into `label` of the characters the scorer matched."""
    span: Span
    """Where in the document to jump."""
    score: float
    claim_index: int | None = None
    annotation_id: str | None = None
    whole: bool = True
    """False for a hit that holds all the query's words but one (no hit held them all)."""


@dataclass(slots=True)
class Entry:
    source: str
    label: str
    span: Span
    claim_index: int | None = None
    annotation_id: str | None = None
    speaker: str | None = None
    tags: tuple[str, ...] = ()
    verdict: str | None = None
    folded: str = field(default="", repr=False)

    def text(self, term: Term) -> str:
        return self.label if term.case_sensitive else self.folded

