"""What an annotation key (verdict, tags, note, highlight, copy) acts on, decided from where the user is.

The rule, in order: the claim highlighted in the claims tab when that tab has the focus; the
annotation highlighted in the annotations tab when it has the focus (never an orphan: it has no
place in the text); the selection in the article; the claim under the article's cursor; else the
sentence under the cursor. Plain data in, plain data out: the screen describes its widgets in a
`Focus`, this module answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reader.core.annotations.model import Annotation
from reader.core.claims.record import Claim, claim_key
from reader.core.text.segment import sentence_at
from reader.core.text.spans import Span

Pane = Literal["article", "claims", "annotations", "other"]
TargetKind = Literal["claim", "annotation", "selection", "sentence"]


@dataclass(frozen=True, slots=True)
class Focus:
    """Where the user is: the focused pane and what each pane has highlighted."""

    pane: Pane
    cursor: int = 0
    selection: Span | None = None
    claim: int | None = None
    """Index of the claim highlighted in the claims tab."""
    annotation: str | None = None
    """Id of the annotation highlighted in the annotations tab."""


@dataclass(frozen=True, slots=True)
class Target:
    span: Span
    key: str | None
    """The claim key when the target is a claim (annotations made on it follow the claim)."""
    kind: TargetKind
    claim: int | None = None


def target(focus: Focus, text: str, claims: Sequence[Claim], annotations: Sequence[Annotation]) -> Target | None:
    """What an annotation key acts on (see the module doc); None when there is nothing there."""
    if focus.pane == "claims" and focus.claim is not None and 0 <= focus.claim < len(claims):
        c = claims[focus.claim]
        return Target(c.span, claim_key(c), "claim", focus.claim)
    if focus.pane == "annotations":
        a = next((a for a in annotations if a.id == focus.annotation), None)
        if a is None or a.state == "orphan":
            return None
        return Target(a.span, a.claim_key, "annotation")
    if focus.selection is not None and len(focus.selection):
        return Target(focus.selection, None, "selection")
    for i, c in enumerate(claims):
        if c.span.contains(focus.cursor):
            return Target(c.span, claim_key(c), "claim", i)
    sentence = sentence_at(text, focus.cursor)
    return Target(sentence, None, "sentence") if sentence is not None else None


def claim_of(target: Target, claims: Sequence[Claim]) -> Claim | None:
    """The claim a target is on, if it is one (for citing its speaker)."""
    if target.claim is not None:
        return claims[target.claim]
    if target.key is None:
        return None
    return next((c for c in claims if claim_key(c) == target.key), None)


def citation(target: Target, text: str, claims: Sequence[Claim], title: str) -> str:
    """`y` copies this: the words in quotes, who said them when known, and the article's title."""
    claim = claim_of(target, claims)
    cited = f"“{target.span.of(text).strip()}”"
    if claim is not None and claim.speaker:
        cited += f" — {claim.speaker}"
    return f"{cited} ({title})"


DOUBTFUL = ("orphan", "fuzzy", "ambiguous")


def next_doubtful(annotations: Sequence[Annotation], shown: Sequence[str], current: str | None) -> str | None:
    """`O`: the next orphaned or doubtfully anchored annotation after `current` among the `shown` ids, wrapping."""
    visible = set(shown)
    wanted = [a.id for a in annotations if a.state in DOUBTFUL and a.id in visible]
    if not wanted:
        return None
    if current in wanted:
        return wanted[(wanted.index(current) + 1) % len(wanted)]
    return wanted[0]
