"""Provenance for people: every rule of the extractor by id, and what a claim's rules say about it (`reader claims
FILE --explain`)."""

from __future__ import annotations

from reader.core.claims import extract  # noqa: F401 - the stages that make their own records load their files first
from reader.core.claims.record import Claim
from reader.core.claims.rules import RULES, Rule, load_every_file


def all_rules() -> dict[str, Rule]:
    """Every rule of the extractor, by id (the rule files the stages do not apply by hand are read on this first call)."""
    load_every_file()
    return RULES


def explain(claim: Claim) -> list[tuple[str, str, str]]:
    """(what, rule id, why) for each rule that made the claim ('made') and chose its speaker ('speaker')."""
    rules = all_rules()
    out = [("made", r, rules[r].why if r in rules else "") for r in claim.rules]
    out += [("speaker", r, rules[r].why if r in rules else "") for r in claim.speaker_rules]
    return out
