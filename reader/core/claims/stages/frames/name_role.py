"""A name with its role apposed and no comma before the cue: 'Andrzej BUŁA (EPP, PL), co-rapporteur for the RESTORE
regulation said: …', 'John Smith, director of the agency said …'. The noun phrase right before the cue is the role;
the name that opens the sentence is the speaker (rule subject.name-then-role)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.titles import ROLE_HEADS
from reader.core.claims.stages.frames.model import Source

_NAME = (r"(?!(?:In|On|At|For|By|From|After|Before|During|The|But|And|As|When|While|Since|If|Under|With|According|Speaking|"
         r"Last|This|That|Earlier|Later|Meanwhile)\b)[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|de|da|del|van|von|al|el|bin)){1,3}")
_HEADS = sorted(w for w in ROLE_HEADS if w.replace("-", "").isalpha())
_ROLE = (r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:" + alternation(_HEADS)
         + r")(?:\s+(?:of|for|at|to|in|with)\s+[^,;:“”\"()\[\]]{2,80}?)?")
_NAME_THEN_ROLE = re.compile(r"[\s“”\"]*(?P<n>" + _NAME + r")(?:\s*\([^()]{1,30}\)\s*,?|\s*,)\s*(?P<r>" + _ROLE + r")\s*")
"""The stretch before the cue: a name of two to four words (not an opening phrase: 'In Paris'), a comma or a bracketed party
and country tag (its comma may be left out: 'Younous OMARJEE (the Left, FR) co-rapporteur … stated'), and a role in
lower case ('co-rapporteur for the RESTORE regulation', 'director of the agency')."""


def name_before_role(ms: str, lo: int, cue_start: int) -> Source | None:
    """The name that opens the sentence when all between it and the cue is the role apposed to it, else None."""
    if ms.find(",", lo, cue_start) < 0:
        return None
    m = _NAME_THEN_ROLE.fullmatch(ms, lo, cue_start)
    if m is None:
        return None
    return Source(m.span("n"), m.span("r"), m.start("n"), "subject.name-then-role")
