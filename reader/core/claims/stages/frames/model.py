"""The records of the frame stage: a match of the cue pattern (`CueHit`) and the attribution frame made of it.

Offsets are sentence-relative, in the masked sentence (quote interiors replaced by 'x', same length). A frame is
frozen: a later pass that changes a frame (the next frame closing its content, a gapped second subject) makes a
new one (`Frame.but`). A cue hit lives only while the frame rules weigh it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reader.core.text.frozen import quick_init, quick_replace

Range = tuple[int, int]


class Source(NamedTuple):
    """The source mention left of a cue: its span, an appositive role, where the frame's region starts, and the rule
    that found it (subject None: no source there)."""

    subject: Range | None
    role: Range | None
    start: int
    rule: str | None
    via: Range | None = None
    """Who passed the words on, when the stretch names it ('Dawn.com quotes X saying': Dawn.com)."""


def no_source(cue_start: int) -> Source:
    """No source before the cue: the frame's region starts at the cue."""
    return Source(None, None, cue_start, None)


@quick_init
@dataclass(frozen=True, slots=True)
class Frame:
    """Who (subject, role), how (cue), to whom or where (via), and what (contents) in one sentence."""

    cue: str
    cue_start: int
    cue_end: int
    subject: Range | None  # the source mention
    role: Range | None = None  # an appositive role
    via: str | None = None
    contents: tuple[Range, ...] = ()
    region: Range = (0, 0)  # subject..cue..hearer: never content of another claim
    verb: str = ""
    passive_by: bool = False
    inherited: bool = False  # no subject of its own: the previous frame's ("…, adding that C")
    joined: bool = False  # contents are the fragments of one statement around the cue
    confirms: bool = False  # a cue with no content of its own that repeats the frame before ("…, they said Sunday")
    rules: tuple[str, ...] = ()
    """Ids of the rules that made the frame: its shape first, then those that set its content or source."""

    def with_rule(self, rule_id: str, **changes: object) -> Frame:
        """A copy with `changes` and the rule that made them appended."""
        return self.but(rules=(*self.rules, rule_id), **changes)

    def but(self, **changes: object) -> Frame:
        """A copy with `changes` (quick_replace: frames are copied often)."""
        return quick_replace(self, **changes)


@dataclass(slots=True)
class CueHit:
    """One match of the cue pattern with what the frame rules read: the masked sentence, where the previous frame
    ends (`lo`), the frames so far, and the cue's grammar (auxiliaries, passive, a reduced relative)."""

    ms: str
    m: re.Match[str]
    cs: int
    ce: int
    verb: str
    phrase: str | None
    aux: str
    stance: bool
    lo: int
    frames: Sequence[Frame]  # the sentence's frames so far (read while this match is weighed, not kept)
    passive: bool = False  # 'was reported': a form of 'be' right before the cue, no auxiliary group
    aux_passive: bool = False  # the auxiliary group ends in 'was/were/been/is/are' (+ adverb)
    reduced: bool = False  # '-ed' with nothing before it: a reduced relative ("the rate noted by the team")
    rules: tuple[str, ...] = field(default=())
    bare: bool = False
    """A single cue verb with no auxiliary: the forms a noun or adjective can take ("the claims were")."""
    prev: Frame | None = None
    """The frame before it in the sentence."""
