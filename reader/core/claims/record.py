"""The claim record: what the extractor returns and the CLI/exports print (`to_json`).

A claim is a checkable statement plus who is said to have made it (see tests/gold/GUIDE.md).
All spans are `[start, end)` in the document's normalized text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from reader.core.text.spans import Span

ClaimKind = Literal["quote", "attribution", "report", "statistic", "assertion"]
KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)


@dataclass(frozen=True, slots=True)
class Who:
    """Who a claim is said to come from: the resolved name, where they are mentioned, their role."""

    name: str | None = None
    span: Span | None = None
    role: str | None = None


NO_ONE = Who()


def claim_key(claim: Claim) -> str:
    """A claim's identity in annotations and exports: "kind:start:end" (the one definition)."""
    return f"{claim.kind}:{claim.span.start}:{claim.span.end}"


def key_span(key: str | None) -> Span | None:
    """The span a claim key names, None when `key` is not one."""
    if not key:
        return None
    try:
        _, start, end = key.rsplit(":", 2)
        return Span(int(start), int(end))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Number:
    span: Span
    text: str
    value: float | None


@dataclass(slots=True)
class Claim:
    kind: ClaimKind
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

    @property
    def key(self) -> str:
        return claim_key(self)

    @property
    def who(self) -> Who:
        return Who(self.speaker, self.speaker_span, self.role)

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
