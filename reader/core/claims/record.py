"""The claim record: what the extractor returns and the CLI/exports print (`to_json`).

A claim is a checkable statement plus who is said to have made it (see tests/gold/GUIDE.md).
All spans are `[start, end)` in the document's normalized text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from reader.core.text.frozen import quick_init
from reader.core.text.spans import Span

ClaimKind = Literal["quote", "attribution", "report", "statistic", "assertion"]
KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)


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


@quick_init
@dataclass(frozen=True, slots=True)
class Number:
    span: Span
    text: str
    value: float | None


@quick_init
@dataclass(frozen=True, slots=True)
class Claim:
    """One claim, whole when made: no stage changes a claim after it is emitted (a later pass makes a new one)."""

    kind: ClaimKind
    span: Span
    quote: str
    fragments: tuple[Span, ...] = ()
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    via: str | None = None
    role: str | None = None
    hedged: bool = False
    hedge: str | None = None
    numbers: tuple[Number, ...] = ()
    sentence: Span | None = None
    rules: tuple[str, ...] = ()
    """Ids of the rules that made the claim (rules/record.py), in the order they applied."""
    speaker_rules: tuple[str, ...] = ()
    """Ids of the rules that chose its speaker (empty when it has none)."""
    speaker_confidence: float | None = None
    """How sure the speaker is (stages/confidence.py); None for a claim nobody is said to have made."""
    speaker_candidates: tuple[str, ...] = ()
    """Who the speaker may be when the evidence is too weak to name one (then `speaker` is None)."""

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
    def mention_in_sentence(self) -> bool:
        """Whether the speaker's mention stands in the claim's own sentence (a cue of that sentence named it), not one
        carried in from an earlier sentence."""
        return self.speaker_span is not None and self.sentence is not None and self.sentence.start <= self.speaker_span.start < self.sentence.end

    def speaker_label(self) -> str | None:
        """The speaker as a reader should see it: the name, "speaker unclear (A or B)" when the rules abstained
        (stages/confidence.py), "speaker unclear (via D)" for a document no one is named for, or None for the article's
        own statement."""
        if self.speaker:
            return self.speaker
        if self.speaker_candidates:
            return "speaker unclear (" + " or ".join(self.speaker_candidates[:3]) + ")"
        if self.cue and self.via:  # 'According to a press release, …': reported, though no one is named for it
            return f"speaker unclear (via {self.via})"
        return None

    def to_json(self) -> dict[str, Any]:
        """The prediction format of score_claims.py, plus our extra fields (`rules`, `speaker_rules`: provenance)."""
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
            "speaker_confidence": self.speaker_confidence,
            "speaker_candidates": list(self.speaker_candidates),
            "hedged": self.hedged,
            "numbers": [{"text": n.text, "start": n.span.start, "end": n.span.end, "value": n.value} for n in self.numbers],
        }
        if self.fragments:
            out["fragments"] = [f.as_list() for f in self.fragments]
        if self.hedge:
            out["hedge"] = self.hedge
        out["rules"] = list(self.rules)
        out["speaker_rules"] = list(self.speaker_rules)
        return out
