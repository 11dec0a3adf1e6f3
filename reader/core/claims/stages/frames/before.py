"""Content before a frame: "C, X said", '“Q,” X told Y', 'C, reported officials, with 25 others injured' — and a cue
that only confirms the frame before it ('X charged the suspect with murder, they said Sunday — murder …').

Its rules (id, what each decides, a real example): rules/before.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon.cues import VERB_CUES
from reader.core.claims.stages.frames.clause_subject import trim_span
from reader.core.claims.stages.frames.cue import CUE_RE
from reader.core.claims.stages.frames.model import CueHit, Frame

_WITH_ABSOLUTE = re.compile(r"\s*,?\s*with\s+(?=[^,;:“”\"]*\b[a-z]{3,}(?:ed|en|ing)\b[^,;:“”\"]*\.?\s*$)")
_CLOSES_QUOTE = re.compile(r"[”\"],?\s*$")
_OPENS_QUOTE = re.compile(r"[“\"]")
_COORDINATED = re.compile(r",?\s*(?:adding|saying|noting|and|but)\b")
_GERUND_START = re.compile(r"[A-Z][a-z]+ing\b")
_WHO = re.compile(r"who\s")
_THAT_OR_TO = re.compile(r"(?:that|to)\b")
_DASH_AFTER = re.compile(r"\s*[—–]\s")
_ENDS_COMMA = re.compile(r",\s*$")
_ENDS_COMMA_OR_QUOTE = re.compile(r"[,”\"]\s*$")


def head_content(h: CueHit, f: Frame, content_start: int, rstart: int) -> Frame:
    """The frame with the content before it (only for the sentence's first frame, when it has a subject of its own)."""
    ms, lo = h.ms, h.lo
    if f.inherited or rstart <= lo or h.frames:
        if h.frames and not f.inherited and _DASH_AFTER.match(ms, content_start) and _ENDS_COMMA.search(ms, 0, rstart):
            return f.with_rule("frame.confirms", contents=(), confirms=True)
        return f
    head = trim_span(ms, lo, rstart)
    head_words = len(ms[head[0]:head[1]].split())
    tail = ms[content_start:].strip(" .")
    closes = _CLOSES_QUOTE.search(ms[lo:rstart]) is not None
    resumed = bool(_OPENS_QUOTE.match(tail)) and closes
    coordinated = _COORDINATED.match(tail) is not None
    quoted = closes and (_OPENS_QUOTE.match(ms, head[0]) is not None or (
        _OPENS_QUOTE.search(ms, head[0], rstart) is not None and h.verb not in VERB_CUES and not _GERUND_START.match(ms, head[0])))
    if "frame.inverted" in f.rules and tail and not resumed and head_words >= 3:
        contents = [head]
        absolute = _WITH_ABSOLUTE.match(ms, content_start)
        if absolute:
            contents.append((absolute.end(), len(ms)))
        f = f.with_rule("content.inverted-head", contents=tuple(contents))
        if absolute:
            f = f.with_rule("content.with-absolute")
        if _WHO.match(tail) and not _has_cue(tail):
            f = f.with_rule("frame.who-described", region=(f.region[0], len(ms)))
        return f
    if quoted and tail and not (resumed or coordinated or _THAT_OR_TO.match(tail)):
        return f.with_rule("content.quoted-head", contents=(head,), region=(f.region[0], len(ms)))
    if (not tail or resumed or coordinated) and (head_words >= 3 or quoted) and _ENDS_COMMA_OR_QUOTE.search(ms[lo:rstart]):
        return f.with_rule("content.head-and-tail", contents=(head, *f.contents))
    return f


def _has_cue(text: str) -> bool:
    return CUE_RE.search(text) is not None
