"""Stance and position verbs: "X endorsed the Green New Deal", "favored rank choice voting", "hailed the pipeline as …",
"expressed concern about …". The subject takes a position on a noun phrase, with no that-clause; the claim is the
verb phrase, its span starting AT the verb (as the official keys do for "questioned the President's power …").

Kept as data (verb forms listed, no stemmer) with cheap guards, so ordinary actions stay actions: a passive or
reduced relative ("backed by the EU"), a particle that makes the verb an act ("backed down", "supported up"), a
sporting or physical object ("defended his title"), and subjects that are not people or bodies (a lower-case noun
phrase that is not a group of people). The verbs are `STANCE_VERBS` (lexicon/cues.py); the multi-word stance
cues ("expressed concern about") are rules of the cue stage (rules/cue.toml).
"""

from __future__ import annotations

import re

_NOT_STANCE = re.compile(
    r"\s+(?:by|up|down|away|off|out|into|onto|from|over|through|itself|himself|herself|themselves)\b"
    r"|\s+(?:(?:the|his|her|their|its|a)\s+)?(?:[\w-]+\s+)?(?:title|titles|crown|belt|goal|goals|net|lead|wicket|championship|"
    r"weight|body|bodies|car|cars|truck|vehicle|door|wall|ball|guests?|visitors?|baby|babies|troops|army|forces)\b"
)
"""After the verb: a passive or particle ('backed by', 'backed down') or a physical or sporting object."""
_CONSIDER = re.compile(r"\s+(?:[^.;:,]{1,60}?\s)?(?:to\s+be|as)\s|\s+(?:it|them|him|her|this|that)\s+(?:an?|the)\s")
"""'considers the pipeline to be …', 'considers it a PCI', 'regarded technology … as …', 'viewed the debt as …'."""
_REQUEST = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}?to\s+[a-z]")
_WANTED = re.compile(r"\s+(?:to|for|the|a|an|his|her|their|its|that|[A-Z])\b")
_PHRASE_HEADS = frozenset("expressed expresses raised renewed commented called refused refuses referred introduced professed professes"
                          .split())
"""A stance phrase ends on its noun: 'expressed opposition to Defund the Police' goes on with 'to'."""
_NEEDS_AS = frozenset("considers considered regarded regards viewed views".split())
_NEEDS_TO = frozenset("wanted threatened threaten threatens longed".split())
_PERSONISH = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|our|most|many|some|all|both|other|several|two|three|four)\s+){0,2}"
    r"(?:(?:ruling|main|former|local|national|federal|opposition|other|[a-z]+-?[a-z]+ist)\s+)?"
    r"(?:[A-Z\u00C0-\u00DE]|(?:he|she|they|we|i|it|who|candidates|officials?|leaders?|critics|lawmakers|members|parties|party|"
    r"government|ministry|spokesm[ae]n|spokeswom[ae]n|spokesperson|president|prime\s+minister|minister|senator|governor|mayor|"
    r"campaign|opposition|protesters|activists|experts|analysts|voters|residents|groups|unions?|democrats|republicans|"
    r"both|all|most|others|administration|committee|council|court|judge|agency|company|firm|authorities)\b)"
)
"""A subject that can hold a position: a name, a pronoun or a group of people or a body."""


def stance_ok(ms: str, verb: str, end: int, subject: str) -> bool:
    """Whether a stance verb at `ms[...:end]` with this subject text reports a position (not an ordinary act)."""
    if not _PERSONISH.match(subject):
        return False
    if verb in _NEEDS_AS:
        return _CONSIDER.match(ms, end) is not None
    if verb == "asked":  # "asked Trump to post the video": a request; "asked why …" is a question (not_claims.py)
        return _REQUEST.match(ms, end) is not None
    if verb in _NEEDS_TO:
        return _WANTED.match(ms, end) is not None
    if verb in _PHRASE_HEADS:
        return True  # the phrase holds its own object ("introduced himself as “…”", "expressed opposition to …")
    if ms.startswith((" to ", ",", "."), end):
        return False
    return _NOT_STANCE.match(ms, end) is None
