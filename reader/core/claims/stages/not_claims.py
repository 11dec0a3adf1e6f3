"""The outlet's own reporting and page furniture, which are not claims of the story (GUIDE: not_claims).

- How the article was made: "Wikinews reached out to Sergey M.", "EFF is yet to respond to Wikinews queries",
  "he said he won't give any comments at this time", "declined to comment", "Wikinews asked three political pundits
  to give their predictions", "Wikinews provided an opportunity for three candidates …".
- Series notes and previews: "The following is the sixth and final edition of a monthly series …" (the whole
  paragraph), "This month's spotlight on the campaign trail: …".
- Slogans in quote marks: "Be Bold. Vote Gold." (short title-case phrases, nothing to check).

A fact-checker has nothing in them to check. A claim is dropped only where it overlaps such a phrase, so "declined
to comment, but said earlier that C" keeps C. Every rule is gated on the paragraph's word set, so most paragraphs
are passed over without a regex.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from reader.core.claims.record import Claim
from reader.core.claims.rules import Rule, load_rules, rule, words_of
from reader.core.claims.rules.trace import fire
from reader.core.text.segment import paragraph_sentences
from reader.core.text.spans import Span

_CREDITS = frozenset("story report article editor reporting writing editing".split())
"""The words one of which a credit line holds (not-claim.credit-line)."""
_GROUPS = load_rules("not_claims", Rule, words={"CREDITS": _CREDITS})
VOICE = _GROUPS["voice"]
SIGN_OFF = rule("not-claim.sign-off")
PROCESS = rule("not-claim.reaching-sources")
OUTLET = rule("not-claim.outlet-at-work")
SERIES = rule("not-claim.series-note")
PREVIEW = rule("not-claim.preview")
SLOGAN = rule("not-claim.slogan")
QUESTION = rule("not-claim.reported-question")
CUT = rule("claim.cut-before-question")
CREDIT = rule("not-claim.credit-line")
_PARAGRAPH_RULES = (PROCESS, OUTLET, SERIES, PREVIEW, CREDIT)
_PARAGRAPH_GATE = None if any(r.gate is None for r in _PARAGRAPH_RULES) else frozenset().union(*(r.gate or () for r in _PARAGRAPH_RULES))
"""Words one of which a paragraph must hold for any of these rules to fire (None: one of them is always tried)."""


def _spans(rule: Rule, text: str, start: int, end: int, words: set[str], group: int | str = 0) -> list[tuple[int, int]]:
    if rule.pattern is None or not rule.open(words):
        return []
    return _found(rule.id, rule.pattern, text, start, end, group)


def _found(rule_id: str, pattern: re.Pattern[str], text: str, start: int, end: int, group: int | str = 0) -> list[tuple[int, int]]:
    found = [(m.start(group), m.end(group)) for m in pattern.finditer(text, start, end)]
    if found:
        fire(rule_id)
    return found


def process_spans(text: str, start: int, end: int, words: set[str] | None = None) -> list[tuple[int, int]]:
    """Where `text[start:end]` talks about reaching sources for the article, or is page furniture. `words`, the
    paragraph's lower-case word set when the caller has it, gates the scans without touching the text again."""
    out: list[tuple[int, int]] = []
    if text.find("“", start, end) >= 0 or text.find('"', start, end) >= 0:
        out.extend(_spans(SLOGAN, text, start, end, set(), "s"))
    if words is None:
        words = words_of(text[start:end].lower())
    if _PARAGRAPH_GATE is not None and _PARAGRAPH_GATE.isdisjoint(words):
        return out
    out.extend(_spans(PROCESS, text, start, end, words))
    for a, b in _spans(OUTLET, text, start, end, words):
        before = text[max(start, a - 3) : a].strip()
        if a == start or before in (".", "!", "?", ".”", ""):
            out.append((a, b))  # the outlet opens the sentence: it is the subject
    if SERIES.open(words) and SERIES.pattern and SERIES.pattern.match(text, start, end):
        fire(SERIES.id)
        # a series note: its paragraph is about the article, not the story (in a pasted page of one paragraph, its sentence)
        out.append((start, end if end - start <= _NOTE_REACH else _sentence_end(text, start, end)))
    out.extend(_spans(PREVIEW, text, start, end, words))
    out.extend(_spans(CREDIT, text, start, end, words))
    return out


_NOTE_REACH = 600
"""The longest paragraph a series note takes whole: a note and a line on what the series holds."""


def _sentence_end(text: str, start: int, end: int) -> int:
    """The end of the sentence that opens text[start:end], as the extractor's sentences cut it (a pasted page of one paragraph)."""
    return paragraph_sentences(text, Span(start, end))[0].end


def voice_spans(text: str, start: int, end: int, words: set[str]) -> list[tuple[int, int]]:
    """Where `text[start:end]` is the article steering its reader: a broadcast sign-off paragraph ("I’m Mario
    Ritter."), a framed question ("The mystery is what happened …"), a hand-over ("… weren’t just …, either."), a
    stock signpost ("Another piece of the puzzle is …"). Only unattributed claims are dropped for them (extract.py)."""
    out: list[tuple[int, int]] = []
    for rule_id, pattern, gate, longest in _voice_plan():
        if longest is None:
            if gate is None or not gate.isdisjoint(words):
                out.extend(_found(rule_id, pattern, text, start, end))
        elif end - start <= longest and pattern.fullmatch(text, start, end):
            fire(rule_id)
            out.append((start, end))
    return out


_WHOLE = {SIGN_OFF.id: 80, "not-claim.section-heading": 80, "not-claim.editor-note": 310}
"""Voice rules that match a whole paragraph, at most this long: tried once, as a full match, on short paragraphs only
(a pattern tried at every position of every paragraph was a tenth of the not-claim scans)."""


@functools.cache
def _voice_plan() -> tuple[tuple[str, re.Pattern[str], frozenset[str] | None, int | None], ...]:
    """Each voice rule with a pattern as (id, pattern, gate, the longest paragraph a whole-paragraph rule is tried on):
    read off the records once, on first use (when the gates are derived), not per rule and paragraph. A whole-paragraph
    rule is tried on every short paragraph, whatever its gate."""
    return tuple((r.id, r.pattern, r.gate, _WHOLE.get(r.id)) for r in VOICE if r.pattern is not None)


def cut_questions(text: str, claims: list[Claim], start: int, end: int, words: set[str] | None) -> list[Claim]:
    """`claims` without the reported questions of `text[start:end]`: a claim that starts inside one is dropped, a
    claim that runs into one ends before it ("blasted Biden as a career politician")."""
    spans = _spans(QUESTION, text, start, end, words if words is not None else words_of(text[start:end].lower()))
    if not spans:
        return claims
    keep = []
    for c in claims:
        hit = next(((a, b) for a, b in spans if a < c.span.end and c.span.start < b), None)
        if hit is None:
            keep.append(c)
            continue
        cut = hit[0]
        while cut > c.span.start and text[cut - 1] in " ,":
            cut -= 1
        if cut - c.span.start < 12 or c.fragments:
            continue
        keep.append(replace(c, span=Span(c.span.start, cut), quote=text[c.span.start : cut], numbers=tuple(n for n in c.numbers if n.span.end <= cut),
                            rules=(*c.rules, CUT.id)))
    return keep


_CLOSERS = " ”\"’'»)"
_SENTENCE_INSIDE = re.compile(r"[.!?][”\"’]?\s+[“\"‘]?[A-Z]|;\s")
"""A quote of several sentences or clauses ('Apatija has no sewer; where will …?'): one that ends on a question still
states what comes before it."""


def drop_quoted_questions(claims: list[Claim]) -> list[Claim]:
    """`claims` without the quotes of one sentence that ask ('“Why would we close it?” she said.'): a question is no claim
    (not-claim.question), also where its sentence ends on the cue after it. Run once the paragraph's carries are made,
    so that the question's cue still gave the quotes after it their speaker."""
    keep = [c for c in claims if c.kind != "quote" or not c.quote.rstrip(_CLOSERS).endswith("?") or _SENTENCE_INSIDE.search(c.quote)]
    if len(keep) < len(claims):
        fire("not-claim.question")
    return keep
