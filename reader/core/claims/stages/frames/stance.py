"""Stance and position verbs: "X endorsed the Green New Deal", "favored rank choice voting", "hailed the pipeline as …",
"expressed concern about …". The subject takes a position on a noun phrase, with no that-clause; the claim is the
verb phrase, its span starting AT the verb (as the official keys do for "questioned the President's power …").

Kept as data (verb forms listed, no stemmer) with cheap guards, so ordinary actions stay actions: a passive or
reduced relative ("backed by the EU"), a particle that makes the verb an act ("backed down", "supported up"), a
sporting or physical object ("defended his title"), and subjects that are not people or bodies (a lower-case noun
phrase that is not a group of people). The words are the lexicon's: the verbs (`STANCE_VERBS`), the particles and
objects that make one an act (`ACT_PARTICLES`, `ACT_OBJECTS`) in lexicon/cues.py, the subjects that can hold a position
(`POSITION_HOLDERS`) in lexicon/titles.py; the multi-word stance cues ("expressed concern about") are rules of the cue
stage (rules/cue.toml).
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.cues import (
    ACT_OBJECTS,
    ACT_PARTICLES,
    STANCE_NEEDS_AS,
    STANCE_NEEDS_NAME,
    STANCE_NEEDS_TO,
    STANCE_PHRASE_HEADS,
)
from reader.core.claims.lexicon.titles import POSITION_HOLDERS

_NOT_STANCE = re.compile(
    r"\s+(?:" + alternation(ACT_PARTICLES) + r")\b"
    r"|\s+(?:(?:the|his|her|their|its|a)\s+)?(?:[\w-]+\s+)?(?:" + alternation(ACT_OBJECTS) + r")\b"
    r"|\s+no\s"
)
"""After the verb: a passive or particle ('backed by', 'backed down'), a physical or sporting object, or nothing at all
('offered no evidence')."""
_CONSIDER = re.compile(r"\s+(?:[^.;:,]{1,60}?\s)?(?:to\s+be|as)\s|\s+(?:it|them|him|her|this|that)\s+(?:an?|the)\s")
"""'considers the pipeline to be …', 'considers it a PCI', 'regarded technology … as …', 'viewed the debt as …'."""
_SEEN_AS = re.compile(r"\s+(?!(?:it|to|that|this|what|how|whether|if)\b)[^.;:,“”\"]{1,60}?"
                      + "".join(rf"(?<!\b{w})" for w in ("much", "many", "well", "far", "long", "soon", "high", "low", "little", "few"))
                      + r"\s+as\s+(?!(?:he|she|they|it|we|i|you|well|soon|long|much|many|far|if|though|a\s+result|part)\b)")
"""'sees the calendar as favorable', 'saw Trump as a uniter': seeing as a view; not 'saw the tower as it fell', 'see it
as soon as', 'see how …', 'would see prices fall by as much as a third'."""
_SEE = frozenset(("see", "sees", "saw"))
_REQUEST = re.compile(r"\s+(?:[\w’'-]+\s+){1,4}?to\s+[a-z]")
_WANTED = re.compile(r"\s+(?:to|for|the|a|an|his|her|their|its|that|[A-Z])\b")
_PERSONISH = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|our|most|many|some|all|both|other|several|two|three|four)\s+){0,2}"
    r"(?:(?:ruling|main|former|local|national|federal|opposition|other|[a-z]+-?[a-z]+ist)\s+)?"
    r"(?:[A-Z\u00C0-\u00DE]|(?:" + alternation(POSITION_HOLDERS) + r")\b)"
)
"""A subject that can hold a position: a name, a pronoun or a group of people or a body."""
_NAME_OR_PRONOUN = re.compile(r"(?:[A-Z\u00C0-\u00DE][\w.’'-]*\s+){0,4}[A-Z\u00C0-\u00DE][\w.’'-]*(?:[’']s?(?:\s+[a-z-]+){1,3})?"
                              r"|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:[Bb]oth|[Aa]ll)\s+(?:the\s+)?(?:candidates|leaders|sides|men|women)")
"""A name ('Pierce', 'Governor Ann Lee'), a name's speech ('Lee's victory speech') or people ('Both candidates'), as a
position that needs one is held by ('The study focused on …' and 'Development economics in the past
often focused on …' name a topic)."""


def can_hold(subject: str) -> bool:
    """Whether a subject can speak or hold a position: a name, a pronoun, a group of people or a body ('My final plea is
    telling voters …' is no speaker)."""
    words = [w for w in subject.split() if w.lower() not in _DETERMINERS]
    return bool(words) and (any(w[:1].isupper() for w in words) or _PERSONISH.match(subject.lower().split()[-1]) is not None)


_DETERMINERS = frozenset("the a an my our his her their its your this that these those some many most all both other".split())


def stance_ok(ms: str, verb: str, end: int, subject: str) -> bool:
    """Whether a stance verb at `ms[...:end]` with this subject text reports a position (not an ordinary act)."""
    if not _PERSONISH.match(subject) or verb in STANCE_NEEDS_NAME and not _NAME_OR_PRONOUN.fullmatch(subject):
        return False
    if verb in _SEE:
        return _SEEN_AS.match(ms, end) is not None
    if verb in STANCE_NEEDS_AS:
        return _CONSIDER.match(ms, end) is not None
    if verb == "asked":  # "asked Trump to post the video": a request; "asked why …" is a question (not_claims.py)
        return _REQUEST.match(ms, end) is not None
    if verb in STANCE_NEEDS_TO:
        return _WANTED.match(ms, end) is not None
    if verb in STANCE_PHRASE_HEADS:
        return True  # the phrase holds its own object ("introduced himself as “…”", "expressed opposition to …")
    if ms.startswith((" to ", ",", "."), end):
        return False
    return _NOT_STANCE.match(ms, end) is None
