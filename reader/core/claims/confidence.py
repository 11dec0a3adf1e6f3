"""How sure the speaker is: `speaker_confidence` per claim, and abstention with `speaker_candidates`.

A fact-checker trusts the speaker column, and a wrong name costs more than an empty one. The rules resolve a
speaker in three ways of falling strength: a name in the claim's own sentence (the cue's subject); a pronoun or
title in its own sentence, resolved to someone named before; a speaker carried over from an earlier sentence or
paragraph (a quote paragraph without a cue). The evidence is weak when other people are named in reach of the
claim: the person before a pronoun is not the only one it may mean, somebody else was named between a carried
speaker and the claim. Then the claim keeps its mention (the "he" of its own sentence) but no name, and lists the
people it may be: `speaker_candidates`, most likely first.

Rules (ids as in the provenance of issue 14):
- `confidence.own-name`: the speaker's name is in the claim's own sentence (0.95);
- `confidence.pronoun`: a pronoun or title resolved to the only person named since the sentence before (0.85),
  or to somebody with others in reach (0.4: abstain);
- `confidence.transcript`: an answer in an interview transcript, whose turn names the speaker (0.9);
- `confidence.carried`: a speaker from an earlier sentence, nobody else named since (0.8 in the paragraph, 0.7
  from the paragraph before, 0.55 further), or with somebody else named since (0.4: abstain).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.claims.record import Claim
from reader.core.claims.speakers import ORG_WORDS, TITLES, fold

ABSTAIN_BELOW = 0.5
"""A speaker rated lower is not shown: the claim lists its candidates instead."""

_PRONOUN = frozenset("he she him her i we they it who his".split())
_NAME = re.compile(r"\b(?:[A-Z][a-z’'-]+|[A-Z]\.)(?:\s+(?:[A-Z]\.\s+)?(?:de\s+|van\s+|von\s+|al-)?[A-Z][a-z’'-]+){1,2}\b")
"""A person-like name: two or three capitalised words ('Tony Bobulinski', 'Julian Marshall', 'Mary S. Jones')."""
_NOT_FIRST = frozenset("""The A An In On At By For From With To Of After Before During Since Until Under Over Into Through But And
    Or If When While As Although Though However Meanwhile Still Also Then Now Later Earlier Last This That These Those
    It He She They We I His Her Their Its Our My Mr Mrs Ms Dr Prof Sen Rep Gov President Senator Minister Secretary
    Former Acting Chief General Police According Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December""".split())
_SENTENCE_START = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[“\"]?[A-Z])|\n")


def _persons_in(text: str, start: int, end: int, known: list[str]) -> list[str]:
    """People named in text[start:end], in order, without repeats (by surname): names the rules know as persons,
    and two- or three-word names whose last word the text also uses alone (news calls a person by surname after
    the first mention: 'Tony Bobulinski' … 'Bobulinski'; 'Social Security' has no such second life)."""
    out: list[str] = []
    for m in _NAME.finditer(text, start, end):
        words = [re.sub(r"[’']s$", "", w) for w in m.group(0).split()]
        while words and (words[0] in _NOT_FIRST or words[0].lower().rstrip(".") in TITLES):
            words = words[1:]
        if len(words) < 2 or len(words[-1]) < 3 or any(w.lower() in ORG_WORDS or w.lower() in TITLES or len(w) < 2
                                                       or w.endswith("-") or "’" in w or "'" in w for w in words):
            continue
        name = " ".join(words)
        if any(_surname(name) == _surname(o) for o in out):
            continue
        if any(_surname(name) == _surname(k) for k in known) or _alone(text, words[-1], m.start()):
            out.append(name)
    return out


def _alone(text: str, surname: str, near: int) -> bool:
    """Whether the text also writes this surname without the given name before it (within 5,000 characters)."""
    lo, hi = max(0, near - 5000), min(len(text), near + 5000)
    rx = r"(?:^|[.!?,;:(“\"]\s*|\b(?!(?:the|a|an|of)\s)[a-z][\w’'-]*\s+)" + re.escape(surname) + r"\b(?![-’']?\s*[A-Z])"
    return re.search(rx, text[lo:hi]) is not None


def _surname(name: str) -> str:
    return fold(re.sub(r"[’']s$", "", name.split()[-1])).lower() if name.split() else ""


def _same(a: str, b: str) -> bool:
    return _surname(a) == _surname(b) or fold(a).lower() in fold(b).lower() or fold(b).lower() in fold(a).lower()


def _last_at(text: str, name: str, lo: int, hi: int) -> int:
    """Where the surname of `name` is last written in text[lo:hi] (-1: not there)."""
    sur = re.sub(r"[’']s$", "", name.split()[-1]) if name.split() else ""
    found = [m.start() for m in re.finditer(r"\b" + re.escape(sur) + r"\b", text[lo:hi])] if sur else []
    return lo + found[-1] if found else -1


def _sentence_before(text: str, pos: int) -> int:
    """Start of the sentence before the one at `pos` (within about 600 characters)."""
    lo = max(0, pos - 600)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, min(len(text), pos + 2)) if m.end() <= pos]
    return starts[-2] if len(starts) >= 2 else (starts[0] if starts else lo)


def _rate(text: str, c: Claim, para_start: int, known: list[str]) -> tuple[float, list[str]]:
    """(confidence, other candidates) for a claim with a speaker."""
    assert c.speaker is not None
    sent = c.sentence
    mention = text[c.speaker_span.start : c.speaker_span.end] if c.speaker_span else ""
    own = c.speaker_span is not None and sent is not None and sent.start <= c.speaker_span.start < sent.end
    low = mention.lower().strip()
    referring = low in _PRONOUN or re.fullmatch(r"(?:the|this)\s+(?:[\w-]+\s+){0,2}[\w-]+", low) is not None \
        and low.split()[-1] in TITLES
    if own and not referring:
        return 0.95, []
    if not _NAME.search(c.speaker) or len(c.speaker.split()) > 4:
        return (0.85 if own else 0.7), []  # a group or an organisation: people named around it are no rivals
    if own:
        if low in ("they", "it", "we", "who"):
            return 0.8, []
        at = c.speaker_span.start  # type: ignore[union-attr]
        lo = _sentence_before(text, at)
        others = [p for p in _persons_in(text, lo, at, known) if not _same(p, c.speaker)]
        mine = _last_at(text, c.speaker, lo, at)
        if mine >= 0:
            # 'Pierce said he favored …': the person named last before the pronoun is the likeliest
            latest = max((_last_at(text, p, lo, at) for p in others), default=-1)
            return (0.85, others) if mine > latest else (0.6, others)
        return (0.4, others) if others else (0.7, [])
    start = c.speaker_span.end if c.speaker_span is not None and c.speaker_span.end <= c.span.start else para_start
    others = [p for p in _persons_in(text, start, c.span.start, known) if not _same(p, c.speaker)]
    if others:
        return 0.4, others
    if c.speaker_span is not None and c.speaker_span.start >= para_start:
        return 0.8, []
    gap = text.count("\n\n", c.speaker_span.end if c.speaker_span else para_start, c.span.start)
    return (0.7 if gap <= 1 else 0.55), []


def rate_speakers(text: str, claims: Iterable[Claim], para_start: int, known: list[str], turn: bool = False) -> None:
    """Give each claim of a paragraph its speaker confidence; where it is too weak, abstain and list candidates.
    `known`: the people the rules have met as persons so far (SpeakerMemory.persons); `turn`: the paragraph is an
    answer in an interview transcript, whose speaker the transcript names (`confidence.transcript`, 0.9)."""
    for c in claims:
        if c.speaker is None:
            continue
        if turn:
            c.speaker_confidence = 0.9
            continue
        conf, others = _rate(text, c, para_start, known)
        c.speaker_confidence = conf
        if conf >= ABSTAIN_BELOW:
            continue
        c.speaker_candidates = [c.speaker, *others]
        own = c.speaker_span is not None and c.sentence is not None and c.sentence.start <= c.speaker_span.start < c.sentence.end
        c.speaker, c.role = None, None
        if not own:
            c.speaker_span = None
