"""Who may report a finding: 'found', 'showed', 'ruled' are cues with a study, a court or a statistics body as their
subject, and 'found that' also after a pronoun, a person's name, or a role's or an organisation's head noun (the veto
veto.study-needs-study in rules/vetoes.toml; vetoes.py applies it)."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.adverbs import VERB_ADVERBS
from reader.core.claims.lexicon.cues import STUDY_CUES, STUDY_SUBJECTS
from reader.core.claims.lexicon.titles import ORG_WORDS, ROLE_HEADS
from reader.core.claims.stages.frames.model import CueHit, Range

_PRONOUN_BEFORE = re.compile(r"\b(?:[Tt]hey|[Hh]e|[Ss]he|[Ww]e)\s+(?:(?:" + alternation(VERB_ADVERBS) + r"|[a-z]{3,}ly)\s+){0,2}$")
_FOUND = frozenset("found find finds discovered discovers uncovered uncovers".split())
_FINDER_HEADS = sorted((ROLE_HEADS | ORG_WORDS | {"regulator", "inspection", "examiner", "detective", "watchdog"})
                       - {"who", "un", "news", "times", "post", "press", "media", "house", "user", "reader"}, key=len, reverse=True)
_FINDERS = re.compile(r"\b(?i:" + alternation(_FINDER_HEADS) + r")s?(?:\s+(?:with|from|of|at)\s+[^,;:]{1,60}?)?(?:,[^,;:]{1,80},)?"
                      r"\s+(?:also\s+|later\s+)?$")
"""People and bodies whose finding they report, before 'found that' ('Investigators also found that C', 'Engineers from NASA's
Jet Propulsion Laboratory … found that C', 'the ombudsman found that C'): a role's or an organisation's head noun."""
_FOUND_THAT = re.compile(r"(?:,[^,;:“”\"]{1,80},)?\s+that\b")
"""'found that', 'found, in his written decision, that': what was found follows."""
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]+\s+(?:also\s+)?$")
"""A person's name (two capitalised words, not at the sentence's start) right before 'found that'."""
_AND_BEFORE = re.compile(r"(?:,|\band)\s*$")


def study_without_study(h: CueHit, s: Range | None) -> bool:
    """Whether a study verb reports nothing here: no study, court, finder, pronoun or name is its subject."""
    ms, cs = h.ms, h.cs
    if h.verb not in STUDY_CUES or STUDY_SUBJECTS.search(ms[max(h.lo, cs - 120) : cs]):
        return False
    if h.verb in _FOUND and _FOUND_THAT.match(ms, h.ce) and (_PRONOUN_BEFORE.search(ms[h.lo : cs]) or _NAME_BEFORE.search(ms, h.lo, cs)
                                                              or _FINDERS.search(ms[max(h.lo, cs - 160) : cs])):
        return False  # "They found that C", "Investigators also found that C", "Commissioner Nick Jones found, in his decision, that C"
    return not (h.prev is not None and h.prev.verb in STUDY_CUES and _AND_BEFORE.search(ms, 0, cs))
