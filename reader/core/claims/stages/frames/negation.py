"""A negated cue ('did not say that C', "doesn't believe C"): the source did not make the statement as worded.

The claim stays, its cue the whole negated verb group, so every view and export shows the polarity beside the words
(never 'X said C' for 'X did not say C'). Before a question ('did not say whether the suspect was armed') the open
question is nobody's statement: the claim is what the source did, from the negated verb on, as the keys label a
refusal ('refused to answer whether they would support …').

Its rules (id, what each decides, a real example): rules/negation.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.stages.frames.model import CueHit, Frame

_NOT = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.I)
_QUESTION = re.compile(r"(?:whether|if|how|why|what|when|where|who|whom|which)\b", re.I)


_NEVER_END = re.compile(r"\s+never$")
"""'Ann Lee never said': 'never' read into the subject's noun phrase, where it negates the cue."""


def negated_frame(h: CueHit, frame: Frame) -> Frame:
    """The frame of a cue its auxiliaries negate ('did not say', 'has never claimed'), its cue the negated verb group;
    a 'never' the subject's noun phrase took ('Ann Lee never said that C') negates the cue too."""
    s = frame.subject
    never = _NEVER_END.search(h.ms, s[0], s[1]) if s is not None and s[1] == h.cs - 1 else None
    if never is not None and s is not None:
        cue = " ".join(h.ms[never.start() : h.ce].split())
        return frame.with_rule("cue.negated", cue=cue, subject=(s[0], never.start()))
    if not h.aux or _NOT.search(h.aux) is None:
        return frame
    at = h.m.start("aux")
    cue = " ".join(h.ms[at : h.ce].split())  # the verb group may break across lines
    if frame.contents and _QUESTION.match(h.ms, frame.contents[0][0]):
        whole = ((at, frame.contents[-1][1]),)
        return frame.with_rule("cue.negated", cue=cue, contents=whole, region=(frame.region[0], at))
    return frame.with_rule("cue.negated", cue=cue)
