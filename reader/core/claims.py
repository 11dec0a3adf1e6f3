"""The claim record and the extractor's entry point.

A claim is a checkable statement plus who is said to have made it (see tests/gold/GUIDE.md).
All spans are `[start, end)` in the document's normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reader.core.document import Document
from reader.core.segment import paragraph_sentences, paragraphs
from reader.core.spans import Span, strip_span

KINDS = ("quote", "attribution", "report", "statistic", "assertion")


@dataclass(frozen=True, slots=True)
class Number:
    span: Span
    text: str
    value: float | None


@dataclass(slots=True)
class Claim:
    kind: str
    span: Span
    quote: str
    fragments: list[Span] = field(default_factory=list)
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    via: str | None = None
    role: str | None = None
    hedged: bool = False
    hedge: str | None = None
    numbers: list[Number] = field(default_factory=list)
    sentence: Span | None = None

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def to_json(self) -> dict[str, Any]:
        """The prediction format of score_claims.py, plus our extra fields."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "start": self.span.start,
            "end": self.span.end,
            "quote": self.quote,
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.as_list() if self.speaker_span else None,
            "cue": self.cue,
            "via": self.via,
            "role": self.role,
            "hedged": self.hedged,
            "numbers": [{"text": n.text, "start": n.span.start, "end": n.span.end, "value": n.value} for n in self.numbers],
        }
        if self.fragments:
            out["fragments"] = [f.as_list() for f in self.fragments]
        if self.hedge:
            out["hedge"] = self.hedge
        return out


_QUOTE = re.compile(r"“([^”\n]{3,})”|\"([^\"\n]{3,})\"")
_CUE_AFTER = re.compile(r"^[\s,]*(?:(?P<pro>he|she|they|it)|(?P<name>(?:[A-Z][\w’'.-]+\s?){1,4}))\s+(?P<cue>said|says|added|told|explained|wrote)\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<src>[^,]{2,80}),\s*(?P<rest>.+)")
_HEDGE = re.compile(r"\b(reportedly|allegedly)\b")


def extract_claims(doc: Document) -> list[Claim]:
    """Find the claims of a document's body, in text order."""
    text = doc.text
    claims: list[Claim] = []
    last_person: str | None = None
    for para in paragraphs(text, doc.body_start):
        for sent in paragraph_sentences(text, para):
            s = sent.of(text)
            for m in _QUOTE.finditer(s):
                g = 1 if m.group(1) is not None else 2
                span = Span(sent.start + m.start(g), sent.start + m.end(g))
                after = _CUE_AFTER.match(s[m.end():])
                speaker = None
                if after:
                    speaker = after.group("name") or last_person
                    if after.group("name"):
                        last_person = after.group("name").strip()
                claims.append(Claim("quote", span, span.of(text), speaker=speaker, sentence=sent))
            m = _ACCORDING.search(s)
            if m:
                span = strip_span(text, Span(sent.start + m.start("rest"), sent.end), ".")
                claims.append(Claim("attribution", span, span.of(text), speaker=m.group("src"), cue="according to", sentence=sent))
                continue
            h = _HEDGE.search(s)
            if h:
                span = strip_span(text, sent, ".")
                claims.append(Claim("report", span, span.of(text), cue=h.group(1), hedged=True, hedge=h.group(1), sentence=sent))
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    return claims
