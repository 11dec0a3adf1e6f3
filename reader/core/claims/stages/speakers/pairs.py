"""Two sources joined by 'and': two persons ('Senator X and Representative Y', 'economists Ann Lee and Tom Baker': both,
a shared lower-case role apart) or two bodies ('Acme and Baker Farms'), as a frame's subject (`name_and_role`) or as
the source after 'according to' or a channel's 'by' (`one_or_two`). Rules speaker.two-persons and
speaker.two-organisations (rules/speaker.toml)."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.claims.stages.speakers.names import PREP_SPLIT, Speaker, split_subject

_AND = re.compile(r"\s+and\s+")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
"""An aside in brackets: an 'and' inside it ('An investigation (commissioned by X and Y) found') joins no two sources."""
_PREP_PROPER = re.compile(r"\s(?:of|for|at|from)\s+(?:the\s+)?[A-Z]")
PROPER_END = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|de|the))*$")
"""Capitalised words (with 'of', 'de', 'the' between) to the end: a proper name."""


def name_and_role(split: Callable[[str], Speaker], mention: str) -> tuple[Speaker, str | None, str | None]:
    """(name, role, rule) of a subject with no apposed role; `split` reads one mention (split_subject, cached)."""
    sp = split(mention)
    parts = _AND.split(mention)
    pair = [split(x) for x in (_AND.split(_BRACKETED.sub("", mention)) if "(" in mention else parts)]
    pair = [p if p.person else split(PREP_SPLIT.split(p.name)[-1]) for p in pair]
    if len(pair) == 2 and all(p.person for p in pair) and not _PREP_PROPER.search(parts[0]):
        # "Senator X and Representative Y"
        return Speaker(f"{pair[0].name} and {pair[1].name}", None, False), None, "speaker.two-persons"
    if len(pair) == 2 and all(PROPER_END.match(x) for x in parts):
        # "Kimberly-Clark and Solaris Paper emphasized": two organisations
        return Speaker(mention, None, False), sp.role, "speaker.two-organisations"
    return sp, sp.role, None


_PROPER = re.compile(r"[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w&’'.-]*){0,4}")
_LOWER_LEAD = re.compile(r"(?:[a-z][\w-]*\s+){0,3}")
_SHORT_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'-]*")
"""A person's name alone, as each of 'according to Ann Lee and Tom Baker' is (not 'a study by economists Ann Lee')."""


def one_or_two(mention: str) -> tuple[Speaker, str | None]:
    """The speaker a source after 'according to' or 'by' names, and the rule when it is two people ('Ann Lee and Tom
    Baker', 'economists Ann Lee and Tom Baker': both, their shared role apart) or two bodies. Stricter than a subject's
    reading: each part must be a short name alone."""
    sp = split_subject(mention)
    lead = _LOWER_LEAD.match(mention)
    parts = _AND.split(mention[lead.end() :])
    pair = [split_subject(x) for x in parts if _SHORT_NAME.fullmatch(x)]
    if len(parts) == len(pair) == 2 and all(p.person for p in pair):
        return Speaker(f"{pair[0].name} and {pair[1].name}", mention[: lead.end()].strip() or None, False), "speaker.two-persons"
    if len(parts) == 2 and not lead.end() and all(_PROPER.fullmatch(x) for x in parts):
        return Speaker(mention, None, False), "speaker.two-organisations"  # 'Acme and Baker Farms': both bodies
    return sp, None


PAIR_NOUN = re.compile(r"(?:the|both)\s+(?:two\s+)?(?:parties|sides|companies|firms|partners)$", re.I)
"""A description of two named before ('the parties', 'both sides')."""
_NAME = r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}"
PAIR = re.compile(r"(?<![\w-])(" + _NAME + r")\s+and\s+(?:(?:[a-z][\w-]*|[A-Z]\w*-[a-z][\w-]*)\s+){0,3}(" + _NAME + r")")
"""Two names joined by 'and' ("Tesco and Denmark-based retailer Salling Group"): what "the parties" refer to."""
