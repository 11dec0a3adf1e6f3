"""Passive attribution frames whose content wraps around the cue (passive shapes of the frame stage).

"Politicians … were reported by local media to have visited the hospital": the subject and the infinitive are
the content, in two fragments around "were reported by local media to"; "The highest rate noted by the team was
in Alaska": a reduced relative clause names the source inside the statement.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.connectives import COORDINATORS
from reader.core.claims.lexicon.pronouns import SUBJECT_PRONOUNS
from reader.core.claims.lexicon.verbs import BE, BE_FINITE, FINITE, HAVE
from reader.core.claims.rules import Rule, load_rules, rule
from reader.core.claims.stages.frames.model import CueHit, Frame

BY_SOURCE = re.compile(
    r"\s+by\s+((?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s*)+"
    r"|(?:(?:the|local|state|national|foreign|news|some|other|several|many)\s+)*(?:media|officials|police|authorities|researchers|"
    r"scientists|team|investigators|prosecutors|witnesses|sources|residents|doctors|experts|analysts|reports)\b)"
)
"""The source after a passive cue: a name, or a plural common noun that is one ("by local media", "by the team")."""
_INFINITIVE = re.compile(r"\s+to\s+(?=(?:have|be|[a-z]{2,})\b)")
_FINITE_AFTER = re.compile(r"\s+(?:" + alternation(FINITE) + r")\b")
_NOUN_BEFORE = re.compile(r"\b(?!(?:" + alternation(COORDINATORS + SUBJECT_PRONOUNS + ("who", "which", "that", "also", "then"))
                          + r")\b)[a-z]{3,}\s+$")


def wrapped(ms: str, lo: int, cs: int, by: re.Match[str], aux_start: int | None) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """(frame region, content fragments) of a passive cue whose content wraps around it, else None.
    `aux_start`: where 'was/were …' before the cue begins (None: no auxiliary, a reduced relative)."""
    end = by.end(1) if by.group(1)[-1:].isalpha() else by.start(1) + len(by.group(1).rstrip())
    if aux_start is not None:
        to = _INFINITIVE.match(ms, end)
        if to and aux_start > lo and len(ms[lo:aux_start].split()) >= 1:
            return (aux_start, to.end()), [(lo, aux_start), (to.end(), len(ms))]
        return None
    if _FINITE_AFTER.match(ms, end) and _NOUN_BEFORE.search(ms, max(lo, cs - 30), cs):
        return (cs, end), [(lo, cs), (end, len(ms))]
    return None


_BY_AT_END = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z(][\w.’'&)-]*)*)\s*\.?\s*$")
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
_BE_BEFORE = re.compile(r"\b(?:" + alternation(BE) + r")\s+(?:[a-z]+ly\s+)?$")
_OF_AFTER = re.compile(r"\s+(?:of|that|about)\s+")
_HEARER_BEFORE = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|while)\s+)(?:[^,;]{0,60}?\s)?(?:" + alternation(SUBJECT_PRONOUNS)
                            + r"|[A-Z][\w.’'-]*)\s+(?:(?:" + alternation(HAVE) + r")\s+)?(?:also\s+)?(?:"
                            + alternation(BE_FINITE + ("been",)) + r")\s+(?:also\s+)?$")
"""The hearer of a passive cue ("In a meeting that day he was told by X of …") belongs to the frame, not to a claim."""

_AS_AFTER = re.compile(r"\s+as\s+(?=[a-z])")
_PHRASE_END = re.compile(r",|;|\s+and\s+by\b|\s*$")
_COMMA_BEFORE = re.compile(r",\s*$")


def _participle_as(h: CueHit, by: re.Match[str]) -> Frame | None:
    """', reported by The Guardian as convicted of assaults and …': a participle phrase between commas whose agent
    describes what the phrase is about: the agent's claim is the phrase itself, up to its end (frame.participle-by-as)."""
    ms, cs = h.ms, h.cs
    end = by.start(1) + len(by.group(1).rstrip())
    if not _COMMA_BEFORE.search(ms, 0, cs) or not _AS_AFTER.match(ms, end):
        return None
    stop = _PHRASE_END.search(ms, end + 4)
    close = stop.start() if stop else len(ms)
    return Frame(ms[cs:h.ce], cs, h.ce, (by.start(1), end), verb=h.verb, passive_by=True, region=(cs, cs),
                 contents=((cs, close),), rules=(*h.rules, "frame.participle-by-as"))


load_rules("passive", Rule)
PASSIVE_NO_SOURCE = rule("veto.passive-no-source")
REDUCED_BY = rule("veto.reduced-relative-by")


def passive_frame(h: CueHit) -> Frame | Rule | None:
    """The frame of a passive or reduced-relative cue, the veto that drops it, or None (not passive: go on)."""
    if not (h.passive or h.aux_passive or h.reduced) or h.phrase:
        return None
    ms, cs, ce, lo = h.ms, h.cs, h.ce, h.lo
    by = BY_SOURCE.match(ms, ce)
    if by:
        aux = None if h.reduced else _BE_BEFORE.search(ms[lo:cs])
        wrap = wrapped(ms, lo, cs, by, lo + aux.start() if aux else None)
        if wrap:  # "X were reported by local media to have visited …", "The rate noted by the team was …"
            src = (by.start(1), by.start(1) + len(by.group(1).rstrip()))
            return Frame(ms[cs:ce], cs, ce, src, verb=h.verb, passive_by=True, joined=True, region=wrap[0], contents=tuple(wrap[1]),
                         rules=(*h.rules, "frame.reduced-relative" if h.reduced else "frame.passive-wrapped"))
    if h.reduced:  # 'The latest funding announced by the Foreign Secretary comes after …': no active frame either
        return (_participle_as(h, by) or REDUCED_BY) if by else None
    late = _BY_AT_END.search(ms, ce) if not by and _INFINITIVE_AFTER.match(ms, ce) else None
    if late:  # "COVID-19 was previously announced to be a “pandemic” by the WHO": the source closes the sentence
        src = (late.start(1), late.start(1) + len(late.group(1).rstrip(".")))
        return Frame(ms[cs:ce], cs, ce, src, verb=h.verb, passive_by=True, region=(late.start(), len(ms)), contents=((lo, late.start()),),
                     rules=(*h.rules, "frame.passive-by-at-end"))
    if not by:
        return PASSIVE_NO_SOURCE
    src = (by.start(1), by.start(1) + len(by.group(1).rstrip()))
    pos = src[1]
    of = _OF_AFTER.match(ms, pos)
    pos = pos + (of.end() - of.start() if of else 0)
    hearer = _HEARER_BEFORE.search(ms[lo:cs])
    return Frame(ms[cs:ce], cs, ce, src, verb=h.verb, passive_by=True, region=(lo + hearer.start() if hearer else cs, pos),
                 contents=((pos, len(ms)),) if of else (), rules=(*h.rules, "frame.passive-by"))
