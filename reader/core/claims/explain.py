"""Provenance for people: every rule of the extractor by id, and what a claim's rules say about it (`reader claims
FILE --explain`)."""

from __future__ import annotations

from reader.core.claims import extract  # noqa: F401 - importing the extractor registers the rules of every stage
from reader.core.claims.record import Claim
from reader.core.claims.rules import RULES, Rule


def all_rules() -> dict[str, Rule]:
    """Every rule of the extractor, by id, in the order the stages define them."""
    return RULES


def explain(claim: Claim) -> list[tuple[str, str, str]]:
    """(what, rule id, why) for each rule that made the claim ('made') and chose its speaker ('speaker')."""
    out = [("made", r, RULES[r].why if r in RULES else "") for r in claim.rules]
    out += [("speaker", r, RULES[r].why if r in RULES else "") for r in claim.speaker_rules]
    return out
