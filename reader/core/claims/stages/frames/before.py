"""Content before a frame: "C, X said", '“Q,” X told Y', 'C, reported officials, with 25 others injured' — and a cue
that only confirms the frame before it ('X charged the suspect with murder, they said Sunday — murder …').

Its rules (id, what each decides, a real example): rules/before.toml.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.connectives import OPENERS
from reader.core.claims.lexicon.cues import FINITE_SPEECH, VERB_CUES
from reader.core.claims.lexicon.prepositions import LEAD_PREPOSITIONS, PP_OPENERS
from reader.core.claims.stages.frames.clause_subject import trim_span
from reader.core.claims.stages.frames.contents import SPACED_DASH
from reader.core.claims.stages.frames.cue import CUE_RE
from reader.core.claims.stages.frames.model import CueHit, Frame

_WITH_ABSOLUTE = re.compile(r"\s*,?\s*with\s+(?=[^,;:“”\"]*\b[a-z]{3,}(?:ed|en|ing)\b[^,;:“”\"]*\.?\s*$)")
_CLOSES_QUOTE = re.compile(r"[”\"],?\s*$")
_OPENS_QUOTE = re.compile(r"[“\"]")
_COORDINATED = re.compile(r",?\s*(?:adding|saying|noting|and|but)\b")
_GERUND_START = re.compile(r"[A-Z][a-z]+ing\b")
_WHO = re.compile(r"(?:\d{1,3},\s*)?who\s")
_THAT_OR_TO = re.compile(r"that\b|to\s+(?!(?:the|a|an|his|her|their|its|our|my|reporters|journalists|supporters)\b)[a-z]")
"""After a quote's cue, a reported clause ('that C') or an infinitive ('said to have …'); 'to Baker', 'to reporters' is
the hearer."""
_TURN = re.compile(r",\s+(?:though|although|but|while|yet)\s+(?=(?:he|she|they|we|I|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s)")
"""A clause that turns after a quote's cue to a subject of its own ('“Q1,” Lee said, though she said, “Q2.”'): its cue, close
after that subject, makes a frame of its own."""
_DASH_AFTER = re.compile(r"\s*[—–]\s")
_DASHED_QUOTE = re.compile(r"\s[—–]\s+(?=[“\"][^“”\"]*[”\"],?\s*$)")
"""A quote set off by a dash before its cue ('… in local markets — ”they sell like hot cakes,” he told …'): the quote alone
is the content; the clause before the dash is the writer's."""
_ENDS_COMMA = re.compile(r",\s*$")
_SEMICOLON = re.compile(r"\s*;")
_CITING_ONLY = re.compile(r",?\s*citing\s+(?P<h>(?:[a-z]+\s+){0,3}(?:sources?|officials?|police|people|aides?|witnesses|spokes\w+|"
                          r"(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:report|statement|documents?|filings?|data|figures))\b[^,;:“”\"]{0,60}?"
                          r"|(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.&-]*){0,5})\s*\.?\s*$")
"""A tail that only names whom the source cites ('…, the newspaper said, citing police.')."""
_ENDS_COMMA_OR_QUOTE = re.compile(r"(?:[,”\"—–]|\s-)\s*$")
"""What sets a head off before the source at a sentence's end: a comma, a closing quote, a dash ('C — X said.')."""
_ENDS_SET_OFF = re.compile(r"(?:,|\s[—–-])\s*$")
_COORDINATOR_OPEN = re.compile(r"(?:(?:" + alternation((*OPENERS, "so", "yet")) + r")\b,?\s*)*", re.I)
_PP_LEAD = re.compile(r"(?:" + alternation((*LEAD_PREPOSITIONS, *PP_OPENERS), title=True) + r")\s")
_INSIDE_HEAD = re.compile(r"[,;:“”\"—–―]|\s-{1,2}\s")


def head_content(h: CueHit, f: Frame, content_start: int, rstart: int) -> Frame:
    """The frame with the content before it (only for the sentence's first frame, when it has a subject of its own)."""
    ms, lo = h.ms, h.lo
    if f.inherited or rstart <= lo or h.frames:
        if h.frames and not f.inherited and _DASH_AFTER.match(ms, content_start) and _ENDS_COMMA.search(ms, 0, rstart):
            return f.with_rule("frame.confirms", contents=(), confirms=True)
        return f
    head = trim_span(ms, lo, rstart)
    dashed = _DASHED_QUOTE.search(ms, head[0], rstart)
    if dashed is not None:  # 'A — “Q,” he told the paper — B': the quote is the content, A and B the writer's
        head, f = (dashed.end(), head[1]), f.with_rule("content.dashed-quote")
    head_words = len(ms[head[0]:head[1]].split())
    tail = ms[content_start:].strip(" .")
    cited = _CITING_ONLY.fullmatch(ms, content_start) if "citing" in tail and head_words >= 3 else None
    if cited:  # 'C, the newspaper said, citing police.': the police are the channel, the head is all that was said
        tail, f = "", f.but(contents=(), via=f.via or cited.group("h"), region=(f.region[0], len(ms)))
    closes = _CLOSES_QUOTE.search(ms[lo:rstart]) is not None
    resumed = bool(_OPENS_QUOTE.match(tail)) and closes
    coordinated = _COORDINATED.match(tail) is not None
    quoted = closes and (_OPENS_QUOTE.match(ms, head[0]) is not None or (
        _OPENS_QUOTE.search(ms, head[0], rstart) is not None and h.verb not in VERB_CUES and not _GERUND_START.match(ms, head[0]))
        or lo == 0 and _OPENS_QUOTE.search(ms, 0, rstart) is None)  # '… It is wrong,” X tweeted after …': a quote's last sentence
    if "frame.inverted" in f.rules and tail and not resumed and head_words >= 3:
        contents = [head]
        absolute = _WITH_ABSOLUTE.match(ms, content_start)
        if absolute:
            contents.append((absolute.end(), len(ms)))
        f = f.with_rule("content.inverted-head", contents=tuple(contents))
        if not absolute and h.verb in _SAID and _adjunct(ms, content_start, tail):  # 'C, said a spokesman on condition of …'
            f = f.with_rule("content.place-after-cue", region=(f.region[0], len(ms)))
        if absolute:
            f = f.with_rule("content.with-absolute")
        if _WHO.match(tail) and not _has_cue(tail):
            f = f.with_rule("frame.who-described", region=(f.region[0], len(ms)))
        return f
    if quoted and tail and not (resumed or coordinated or _THAT_OR_TO.match(tail)):
        turn = _TURN.search(ms, content_start)  # '“Q1,” Lee said on the radio, though she said, “Q2.”': a frame of its own
        end = turn.start() if turn is not None and _has_cue(ms[turn.end() : turn.end() + 40]) else len(ms)
        closing = SPACED_DASH.search(ms, h.ce, end) if dashed is not None else None
        end = closing.start() if closing is not None else end
        return f.with_rule("content.quoted-head", contents=(head,), region=(f.region[0], end))
    if (not tail or resumed or coordinated) and (head_words >= 3 or quoted) and _ENDS_COMMA_OR_QUOTE.search(ms[lo:rstart]):
        return f.with_rule("content.head-and-tail", contents=(head, *f.contents))
    return _plain_head(h, f, head, tail, rstart, content_start)


def _plain_head(h: CueHit, f: Frame, head: tuple[int, int], tail: str, rstart: int, content_start: int) -> Frame:
    """A head before a cue with more after it: all that was said when the cue closes with a semicolon or a circumstance,
    its first part when the cue is set off inside it."""
    ms, lo = h.ms, h.lo
    head_words = len(ms[head[0]:head[1]].split())
    semi = _SEMICOLON.match(ms, h.ce) if tail and head_words >= 3 and f.subject is not None else None
    if semi and _ENDS_COMMA_OR_QUOTE.search(ms[lo:rstart]):  # 'C, he said; D': C was said, D is the writer's next clause
        return f.with_rule("content.head-and-tail", contents=(head,), region=(f.region[0], semi.end()))
    if tail and head_words >= 3 and h.verb in _SAID and _ENDS_SET_OFF.search(ms, 0, rstart) and _adjunct(ms, h.ce, tail) \
            and f.subject is not None and not _RELATIVE.match(ms, f.subject[0]) and not _PP_LEAD.match(ms, head[0]):
        # 'The talks have stalled, a spokesman said on condition of anonymity.': what follows the cue is how it was said
        return f.with_rule("content.place-after-cue", contents=(head,), region=(f.region[0], len(ms)))
    if tail and head_words >= 2 and _set_off(h, f, head, rstart, content_start):
        opener = _COORDINATOR_OPEN.match(ms, head[0])  # 'And that, he said, was …': the opener is no content
        own = (opener.end() if opener else head[0], head[1])
        if not _PP_LEAD.match(ms, own[0]) and len(ms[own[0] : own[1]].split()) >= 2:
            return f.with_rule("content.head-and-tail", contents=(own, *f.contents), joined=True)
    return f


_ADJUNCT = re.compile(r"(?<!,)(?<!,\s)\s*(?:on|in|at|after|before|during|following|from|with|without|for|by|via|under|over|upon|ahead\s+of"
                      r"|when\s+asked)\b"
                      r"|\s*,?\s*(?:(?:speaking|asking|requesting|declining|insisting)\s|on\s+condition\b)")
"""Right after the cue, a circumstance: a phrase with no comma before it ('said after the meeting'), or one of the
phrases of how it was said that a comma may set off (', speaking on condition of anonymity'); after a comma any other
phrase goes on with the content ('So it makes sense, strategists said, for Democrats to …')."""
_SAID = FINITE_SPEECH | frozenset("explained explains noted notes acknowledged acknowledges".split())
"""Finite speech cues, whose circumstance may follow them ('claims' after 'have' is a noun, 'telling' a participle)."""
_RELATIVE = re.compile(r"(?:who|which|that|whom)\b")
_CLAUSE_IN_TAIL = re.compile(r"[“\"]|\bthat\b(?<!condition\sthat)|,\s*(?:and|but|or)\s")
"""After the cue, a reported clause goes on: a quote, a 'that', or a clause joined after a comma ('…, the agency said in
a June report, and those in the bottom fifth paid 0.8 percent')."""


def _adjunct(ms: str, at: int, tail: str) -> bool:
    """What follows a cue (from `at`) after fronted content is a circumstance ('on condition of anonymity', 'after the
    meeting', ', speaking to reporters'), not another reported clause ('that C', a quote)."""
    return _ADJUNCT.match(ms, at) is not None and _CLAUSE_IN_TAIL.search(ms, at) is None


def _subject_then_cue(h: CueHit, f: Frame, head: tuple[int, int], rstart: int) -> bool:
    """'HEAD, SUBJECT CUE': the head closed by a comma, the cue's own subject between it and the cue."""
    subj = f.subject
    return subj is not None and head[1] <= subj[0] < subj[1] <= h.cs and _ENDS_COMMA.search(h.ms, head[1], rstart) is not None


def _set_off(h: CueHit, f: Frame, head: tuple[int, int], rstart: int, content_start: int) -> bool:
    """'A, X said, B' ('The effects are difficult to predict, many economists say, because …', 'Unless countries act, the
    experts say, the world could …'): a cue set off by commas inside its content, which runs on both sides of it. A quote
    after it is left to the quote rules; a head that is a lead-in phrase ('In 2008, he said, the foundation …') is the
    sentence's circumstance, not content, and a head's opening 'And', 'But', 'So' is no content either; a head with its
    own commas, quotes or dashes ('The park, where …, is', 'WASHINGTON ― …') is no plain clause cut by the cue."""
    ms = h.ms
    return (_subject_then_cue(h, f, head, rstart) and "," in ms[h.ce : content_start]
            and _OPENS_QUOTE.search(ms, h.ce, content_start + 1) is None and _INSIDE_HEAD.search(ms, *head) is None)


def _has_cue(text: str) -> bool:
    return CUE_RE.search(text) is not None
