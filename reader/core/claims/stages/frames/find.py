"""The frame stage: attribution frames in one sentence, left to right — who (subject), how (cue), to whom or where
(via), and what (content).

Works on the sentence with quote interiors masked out, so cue words inside quotations never start a frame. For
each match of the cue pattern (cue.py): the vetoes on the cue word (vetoes.py), then the passive shapes
(passive.py), then the active ones (active.py: a source before the cue, a coordinated cue, an inverted cue, and
content before the frame in before.py); last, the passes over all the sentence's frames (contents.py). Every
frame carries the ids of the rules that made it.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon.cues import CUE_VERBS, FINITE_SPEECH, STANCE_VERBS, THINK_VERBS
from reader.core.claims.rules import Rule, words_of
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.active import active_frame
from reader.core.claims.stages.frames.contents import close_contents, gapped
from reader.core.claims.stages.frames.cue import CUE_GATE, CUE_RE, cue_matches, cue_rule
from reader.core.claims.stages.frames.model import CueHit, Frame
from reader.core.claims.stages.frames.negation import negated_frame
from reader.core.claims.stages.frames.passive import passive_frame
from reader.core.claims.stages.frames.relative_cue import relative_frame
from reader.core.claims.stages.frames.vetoes import CUE_VETOES, LATE_VETOES, vetoed

__all__ = ["CUE_RE", "Frame", "cue_hits", "find_frames"]

_BE_WORDS = ("was", "were", "been", "being", "is", "are", "be")
_BE_BEFORE = re.compile(r"\b(?:" + "|".join(_BE_WORDS) + r")\s+$")


def _be_before(ms: str, end: int) -> bool:
    """`_BE_BEFORE.search(ms, 0, end)`, searched only when ms[:end] ends with one of its words and whitespace (every
    match does: its \\s+ is the trailing whitespace): the search tries every position of the sentence before the cue."""
    kept = ms[:end].rstrip()
    return len(kept) < end and kept.endswith(_BE_WORDS) and _BE_BEFORE.search(ms, 0, end) is not None


_BE_IN_AUX = re.compile(r"\b(?:was|were|been|is|are)(?:n[’']t)?\s+(?:(?:not|never)\s+)?(?:[a-z]+ly\s+)?$")
"""A form of 'be' closing the auxiliaries, negated or not ('was not disclosed'): the participle after it is a passive."""


def cue_hits(words: set[str]) -> frozenset[str]:
    """The cue words among a paragraph's lower-case words (what `find_frames` looks for in each sentence)."""
    return CUE_GATE.intersection(words)


def find_frames(ms: str, hits: frozenset[str] | None = None) -> list[Frame]:
    """Attribution frames of one masked sentence, left to right, with content spans. `hits` (from `cue_hits` on the
    paragraph) spares the sentence its word scan: the cue regex starts a little before the first cue word found
    (room for auxiliaries, 'had previously also said'), as no match can start earlier."""
    frames: list[Frame] = []
    low = ms.lower()
    if hits is None:
        hits = CUE_GATE.intersection(words_of(low))
    first = min((i for i in map(low.find, hits) if i >= 0), default=-1)
    if first < 0:
        return frames
    lo = 0
    for m in cue_matches(ms, 0 if first <= 80 else ms.rfind(" ", 0, first - 80) + 1):
        hit = _hit(m, ms, lo, frames)
        f = _frame(hit) if hit is not None else None
        if f is not None and frames and _nested(ms, frames[-1], f):
            if "frame.nested-stance" not in frames[-1].rules:  # the inner cue is part of what was said
                frames[-1] = frames[-1].with_rule("frame.nested-stance")
        elif f is not None:
            frames.append(f)
            lo = f.region[1]
    return _closing_tail(ms, _relay_tail(ms, close_contents(ms, [g for f in frames for g in gapped(ms, f)])))


_CLOSING_CUES = frozenset("said says told added noted explained".split())


def _closing_tail(ms: str, frames: list[Frame]) -> list[Frame]:
    """'Defense Secretary Chuck Hagel fully supports changes …, Pentagon Press Secretary John Kirby said.': a closing
    cue after another frame that passes nothing on (no relay tail) reports the whole clause before its comma; the
    frames inside that clause are part of what it reports (rule frame.closing-tail)."""
    if len(frames) < 2:
        return frames
    last = frames[-1]
    if last.contents or last.confirms or last.subject is None or last.verb not in _CLOSING_CUES or "frame.inverted" in last.rules \
            or not ms[: last.region[0]].rstrip().endswith(",") or not _RELAY_END.fullmatch(ms, last.region[1]) \
            or ms[last.subject[0] : last.subject[1]].lower() in _NO_RELAY:
        return frames
    start = len(ms) - len(ms.lstrip(" “\"‘'"))  # the clause from the sentence's start (a masked opener stays in)
    end = ms.rfind(",", 0, last.region[0])
    if end <= start:
        return frames
    fire("frame.closing-tail")
    return [last.with_rule("frame.closing-tail", contents=((start, end),))]


_RELAY_CUES = frozenset("reported reports said says wrote writes".split())
"""The cues of a tail that passes a statement on ('…, Cyprus Mail reported.')."""
_RELAY_GAP = re.compile(r"\s*,\s*")
_RELAY_END = re.compile(r"[\s.]*")
_RELAYED = FINITE_SPEECH | frozenset("claimed claims denied denies".split())
"""The speech cues whose frame a tail 'X said' passes on; a tail 'X reported' passes on any ('The union backed Y, the Daily
Caller reported')."""
_NO_RELAY = frozenset("he she they we i it you officials".split())
"""Tail subjects that name no one who passed the words on."""


def _relays(ms: str, prev: Frame, last: Frame) -> bool:
    """Whether `last`, the sentence's last cue, only names who passed `prev` on: a subject and nothing after the cue but
    its circumstance, right after prev's content and a comma. Not after a relative clause's frame ('Scott's relatives,
    who asked …, watched it, attorneys for the family said': that is the attorneys' statement)."""
    if last.contents or last.subject is None or last.verb not in _RELAY_CUES or "frame.inverted" in last.rules:
        return False
    if not prev.contents or prev.subject is None or "subject.who" in prev.rules:
        return False
    if ms[last.subject[0] : last.subject[1]].lower() in _NO_RELAY or prev.verb not in _RELAYED and last.verb not in ("reported", "reports"):
        return False
    return bool(_RELAY_GAP.fullmatch(ms, prev.contents[-1][1], last.region[0]) and _RELAY_END.fullmatch(ms, last.region[1]))


def _relay_tail(ms: str, frames: list[Frame]) -> list[Frame]:
    """'A Turkish official said that C, Cyprus Mail reported.': the tail names who passed the frame before on (rule
    frame.relay-tail): that frame's via. The tail adds no claim."""
    if len(frames) < 2 or not _relays(ms, frames[-2], frames[-1]):
        return frames
    fire("frame.relay-tail")
    prev, last = frames[-2], frames[-1]
    outlet = ms[last.subject[0] : last.subject[1]] if last.subject else None
    return [*frames[:-2], prev.with_rule("frame.relay-tail", via=prev.via or outlet), last.but(confirms=True)]


def _nested(ms: str, outer: Frame, f: Frame) -> bool:
    """Whether `f` is a stance, thought or memory inside the reported clause of `outer` ('Her office said the diplomat did
    not recall the dinner', 'said she fully opposed charter schools'): its subject opens the outer content and nothing
    sets it off, so the whole clause is what the outer source said (rule frame.nested-stance)."""
    if not outer.contents or f.subject is None or f.subject[0] != outer.contents[0][0] or "content.at-verb" in outer.rules:
        return False
    if not (f.verb in STANCE_VERBS or f.verb in THINK_VERBS or f.verb.startswith(_MEMORY) or "content.at-verb" in f.rules
            or "content.object-at-verb" in f.rules  # 'said the mayor has not replied to his requests': an act, no statement
            or "cue.be-concerned-that" in f.rules):  # 'reported that astronomers were optimistic that C': a state of mind reported
        return False  # 'Fox News reported two sources confirmed C': a statement passed on, its maker the inner subject
    return not _SET_OFF.search(ms, outer.contents[0][0], f.cue_start)


_MEMORY = ("recall", "remember", "know", "knew")
"""Verbs of memory and knowledge: 'said he did not recall the dinner' is what the outer subject said."""
_SET_OFF = re.compile(r"[,;:“”\"()—–]")


def _hit(m: re.Match[str], ms: str, lo: int, frames: list[Frame]) -> CueHit | None:
    """The cue match with its grammar read off, or None when it falls inside the previous frame."""
    phrase = m.group("phrase")
    if phrase:
        cs, ce, verb = m.start("phrase"), m.end("phrase"), phrase.split()[0].lower()
    else:
        cs, ce, verb = m.start("verb"), m.end("verb"), m.group("verb")
    if frames and cs < frames[-1].region[1]:
        return None
    aux = m.group("aux") or ""
    stance = m.group("stance") is not None or not phrase and verb in STANCE_VERBS and verb not in CUE_VERBS
    passive = _be_before(ms, m.start("verb") if m.group("verb") else cs) and not aux.strip()
    aux_passive = bool(aux) and _BE_IN_AUX.search(aux) is not None and not verb.endswith("ing")
    bare = (not phrase or " " not in phrase.strip()) and not aux.strip()  # a one-word phrase ('threatened' before 'that') is a verb
    reduced = not (passive or aux_passive or phrase) and verb.endswith("ed") and bare and not stance
    return CueHit(ms, m, cs, ce, verb, phrase, aux, stance, lo, frames, passive, aux_passive, reduced, (cue_rule(m, verb),), bare,
                  frames[-1] if frames else None)


def _frame(hit: CueHit) -> Frame | None:
    """The frame a cue match makes, or None when a veto drops it (the veto is recorded when tracing)."""
    relative = relative_frame(hit)
    if relative is not None:
        return relative
    if vetoed(CUE_VETOES, hit):
        return None
    shaped = passive_frame(hit)
    if isinstance(shaped, Frame):
        return shaped
    if isinstance(shaped, Rule):
        fire(shaped.id)
        return None
    if vetoed(LATE_VETOES, hit):
        return None
    f = active_frame(hit)
    return negated_frame(hit, f) if f is not None else None
