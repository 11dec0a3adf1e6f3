"""Ways through a document's claims: typed jumps (next quote, statistic, hedge, unreviewed)
and the speakers overview. Plain functions so the TUI and tests share them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.claims.extract import Claim


JUMP_KINDS: dict[str, tuple[str, Callable[[Claim, bool], bool]]] = {
    "quote": ("quote", lambda c, reviewed: c.kind == "quote"),
    "statistic": ("statistic", lambda c, reviewed: c.kind == "statistic" or bool(c.numbers)),
    "hedge": ("hedged claim", lambda c, reviewed: c.hedged or c.kind == "report"),
    "unreviewed": ("unreviewed claim", lambda c, reviewed: not reviewed),
}
"""Jump name -> (what to call it, does this claim qualify)."""


def next_claim(claims: list[Claim], offset: int, direction: int, kind: str, reviewed: set[int] | None = None) -> int | None:
    """Index of the nearest claim of `kind` starting after (direction 1) or before (-1) `offset`;
    wraps around the document, like vim's search."""
    reviewed = reviewed or set()
    test = JUMP_KINDS[kind][1]
    hits = [i for i, c in enumerate(claims) if test(c, i in reviewed)]
    if not hits:
        return None
    hits.sort(key=lambda i: claims[i].span.start)
    if direction > 0:
        after = [i for i in hits if claims[i].span.start > offset]
        return after[0] if after else hits[0]
    before = [i for i in hits if claims[i].span.start < offset]
    return before[-1] if before else hits[-1]


@dataclass
class SpeakerInfo:
    name: str
    roles: list[str] = field(default_factory=list)
    vias: list[str] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)


def speakers(claims: list[Claim]) -> list[SpeakerInfo]:
    """Every named speaker with their roles, outlets and claims, most claims first."""
    by_name: dict[str, SpeakerInfo] = {}
    for i, c in enumerate(claims):
        if not c.speaker:
            continue
        info = by_name.setdefault(c.speaker.lower(), SpeakerInfo(c.speaker))
        info.claims.append(i)
        if c.role and c.role not in info.roles:
            info.roles.append(c.role)
        if c.via and c.via not in info.vias:
            info.vias.append(c.via)
    return sorted(by_name.values(), key=lambda s: (-len(s.claims), s.name.lower()))


def claim_facts(c: Claim) -> list[str]:
    """The fields of a claim beyond its speaker and quote, as short labelled phrases
    (outlet, hedge, numbers): what the table and the detail box show alike."""
    facts = []
    if c.via:
        facts.append(f"via {c.via}")
    if c.hedged:
        facts.append(f"hedged: {c.hedge or c.cue or 'yes'}")
    if c.numbers:
        facts.append("numbers: " + ", ".join(n.text for n in c.numbers))
    return facts
