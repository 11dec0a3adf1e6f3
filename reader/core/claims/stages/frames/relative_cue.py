"""A cue inside a relative clause whose statement lacks its subject: 'a series of facilities, which locals and NGOs claim
will harm the environment', 'a clause that critics say is unconstitutional', 'The wall, which officials said will cost
$20 billion, is unfinished'.

The relative pronoun stands for the subject of what was said, so the cue's subject is the words between the pronoun and
the cue, and the statement is the verb phrase after the cue, up to the end of the relative clause (a comma before the main
clause's verb or a cue, a semicolon or dash, or the sentence's end). What the rest of the sentence says is the article's
own (rule frame.relative-cue).
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.determiners import ARTICLES, POSSESSIVES
from reader.core.claims.lexicon.verbs import IRREGULAR_PAST
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.model import CueHit, Frame
from reader.core.claims.stages.frames.subject import TRAILING_ADVERB

RELATIVE_CUE_VERBS = frozenset("""say says said claim claims claimed argue argues argued believe believes believed contend
    contends contended insist insists insisted allege alleges alleged estimate estimates estimated think thinks thought
    suggest suggests suggested warn warns warned predict predicts predicted fear fears feared""".split())
"""Verbs of saying and believing that take a clause without 'that' ('which critics say is')."""

_NOT_IN_SUBJECT = (r"(?!(?:what|who|which|that|it|there|is|was|are|were|be|been|being|has|have|had|can|cannot|could|will|would|should"
                   r"|may|might|must|not|do|does|did)\b)")
_SUBJECT_BEFORE = re.compile(r"(?:^|[\s,(])(?P<pronoun>which|that|who)\s+(?P<subject>(?:the\s+)?" + _NOT_IN_SUBJECT
                             + r"[\w’'().-]+(?:\s+" + _NOT_IN_SUBJECT + r"[\w’'().-]+){0,6})"
                             + "".join(rf"(?<!\b{w})" for w in (*ARTICLES, *POSSESSIVES, "this", "these", "those", "our")) + r"\s+$")
"""The relative pronoun and the cue's subject right before the cue: 'which the Tax Foundation ', 'that critics '; no
auxiliary in it ('that can and cannot be claimed' is a passive), and no determiner right before the cue ('that this
estimate is' makes the cue a noun)."""
_VERB_AFTER = re.compile(r"\s+(?:is|was|are|were|will|would|could|can|should|might|may|must|has|have|had)\b")
"""The statement goes on with its verb: its subject is the relative pronoun's antecedent."""
_PLURAL_NOUNS = frozenset(("claims", "estimates", "fears"))
"""Cue verbs that are also plural nouns: before "are", "were" or "have" they are the nouns."""
_PLURAL_VERB = re.compile(r"\s+(?:are|were|have)\b")
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\b")
_CLAUSE_END = re.compile(r"\s*(?:[;:—–]|\.\s*$|$)|,\s+(?=(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must"
                         r"|remains?|according|" + alternation(IRREGULAR_PAST) + r")\b|[a-z]+(?:ed|es)\b|(?:[A-Z][\w’'-]*\s+){0,3}(?:said|says)\b)")
"""Where the relative clause ends: the sentence's end, a semicolon or dash, or a comma before the main clause's verb
('The wall, which officials said will cost $20 billion, is unfinished', '…, stood at 45') or a cue of the sentence's own; a comma before
anything else belongs to a list inside the statement ('will harm the environment, reduce living standards, and …')."""


def _without_adverbs(ms: str, a: int, b: int) -> tuple[int, int]:
    """The subject without the adverbs before the cue ('the majority of lawmakers still believes'), read as the subject
    stage reads them ('the family says' keeps its noun in -ly)."""
    adv = TRAILING_ADVERB.search(ms, a, b)
    return (a, adv.start()) if adv and adv.start() > a else (a, b)


def relative_frame(h: CueHit) -> Frame | None:
    """The frame of a cue inside a relative clause ('which critics say is …'), or None."""
    if h.phrase or h.verb.lower() not in RELATIVE_CUE_VERBS or _PASSIVE_AUX.search(h.aux):
        return None  # asked of every cue match: the set lookup first, the regexes only for the verbs of this frame
    verb_after = _VERB_AFTER.match(h.ms, h.ce)
    if verb_after is None:
        return None
    if h.verb.lower() in _PLURAL_NOUNS and _PLURAL_VERB.match(h.ms, h.ce):
        return None  # 'a finding that government estimates are too low': the noun and its verb
    at = h.m.start("aux") if h.aux else h.cs  # 'which officials privately say', 'that critics have said'
    before = _SUBJECT_BEFORE.search(h.ms, max(h.lo, at - 80), at)
    if before is None:
        return None
    subject = _without_adverbs(h.ms, before.start("subject"), before.end("subject"))
    start = verb_after.end() - len(verb_after.group().lstrip())  # the verb's start, past the blanks after the cue
    end = _CLAUSE_END.search(h.ms, start)
    stop = end.start() if end else len(h.ms)
    if stop <= start:
        return None
    fire("frame.relative-cue")
    return Frame(h.ms[h.cs : h.ce], h.cs, h.ce, subject, verb=h.verb, region=(before.start("pronoun"), start),
                 contents=((start, stop),), rules=(*h.rules, "frame.relative-cue"))
