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

import re
from dataclasses import replace

from reader.core.claims.record import Claim
from reader.core.text.spans import Span

_PROCESS_WORDS = frozenset("reached respond responded reply comment comments".split())
_OUTLET_WORDS = frozenset("wikinews newspaper publication website site outlet reporter reporters correspondent correspondents".split())
_FURNITURE_WORDS = frozenset("following spotlight roundup".split())
_GATE = re.compile(r"reach|respond|comment|reply|wikinews|newspaper|publication|website|site|outlet|reporter|correspondent|following"
                   r"|spotlight|roundup", re.I)
"""Words the phrases below hold (slogans are gated on a quote mark): most paragraphs are passed over without a regex."""
_PROCESS = re.compile(
    r"\b(?:reached\s+out\s+to|(?:is|are|was|were|has|have)\s+(?:yet\s+to|not)\s+(?:yet\s+)?respond(?:ed)?\s+to"
    r"|did\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to|could\s+not\s+(?:immediately\s+)?be\s+reached"
    r"|(?:declined|refused)\s+to\s+comment|(?:won[’']t|will\s+not|would\s+not|wouldn[’']t)\s+(?:give|make|offer)\s+any\s+comments?"
    r"|no\s+comment|requests?\s+for\s+comment)\b",
    re.I,
)
_OUTLET = re.compile(
    r"\b(?:Wikinews|(?:[Tt]his|[Oo]ur)\s+(?:newspaper|publication|website|site|outlet|reporters?|correspondents?))\s+"
    r"(?:also\s+|then\s+|later\s+)?(?:asked|provided|offered|contacted|interviewed|invited|e-?mailed|spoke|talked|caught\s+up|sent|"
    r"put|posed|gave|approached|requested)\b[^.!?\n]*[.!?]?"
)
"""A sentence whose subject is the outlet doing its work: asking, contacting, offering space to candidates."""
_SERIES = re.compile(r"The\s+following\s+(?:is|are)\b[^.\n]{0,120}\b(?:edition|installment|instalment|part|issue|episode)s?\s+of\b")
_PREVIEW = re.compile(r"(?:This|Last|Next)\s+(?:month|week|year|issue|edition)[’']s\s+(?:spotlight|edition|roundup|round-up|focus)\b[^\n]*")
_SLOGAN = re.compile(r"[“\"](?P<s>(?:[A-Z][a-z’']*(?:\s+[A-Z][a-z’']*){1,3}[.!]\s*){1,3})(?=[”\"])")
"""A quote of one to three short title-case sentences ("Be Bold. Vote Gold."): a slogan."""


def process_spans(text: str, start: int, end: int, words: set[str] | None = None) -> list[tuple[int, int]]:
    """Where `text[start:end]` talks about reaching sources for the article, or is page furniture. `words`, the
    paragraph's lower-case word set when the caller has it, gates the scans without touching the text again."""
    out: list[tuple[int, int]] = []
    if text.find("“", start, end) >= 0 or text.find('"', start, end) >= 0:
        out.extend((m.start("s"), m.end("s")) for m in _SLOGAN.finditer(text, start, end))
    if words is None:
        if _GATE.search(text, start, end) is None:
            return out
        words = set(re.findall(r"[a-z]+", text[start:end].lower()))
    if not _PROCESS_WORDS.isdisjoint(words):
        out.extend((m.start(), m.end()) for m in _PROCESS.finditer(text, start, end))
    if not _OUTLET_WORDS.isdisjoint(words):
        for m in _OUTLET.finditer(text, start, end):
            before = text[max(start, m.start() - 3) : m.start()].strip()
            if m.start() == start or before in (".", "!", "?", ".”", ""):
                out.append((m.start(), m.end()))  # the outlet opens the sentence: it is the subject
    if not _FURNITURE_WORDS.isdisjoint(words):
        if _SERIES.match(text, start, end):
            out.append((start, end))  # a series note: the whole paragraph is about the article, not the story
        out.extend((m.start(), m.end()) for m in _PREVIEW.finditer(text, start, end))
    return out


_QUESTION_WORDS = frozenset("wondered wonders asked asks".split())
_QUESTION = re.compile(
    r"(?:\b(?:and|but)\s+)?(?:(?:repeatedly|also|then|again|publicly|rhetorically)\s+)?\b(?:wondered|wonders|asked|asks)\s+"
    r"(?:(?:aloud|again|publicly|rhetorically)\s+)?(?:[A-Z][\w’'-]*\s+)?(?:how|why|whether|what|where)\b[^.;!?]*"
)
"""A reported question ("He wondered how the US can …", "… and repeatedly asked why Biden did not …"): a question
is no claim (GUIDE), reported or not."""


def cut_questions(text: str, claims: list[Claim], start: int, end: int, words: set[str] | None) -> list[Claim]:
    """`claims` without the reported questions of `text[start:end]`: a claim that starts inside one is dropped, a
    claim that runs into one ends before it ("blasted Biden as a career politician")."""
    if words is not None and _QUESTION_WORDS.isdisjoint(words):
        return claims
    spans = [(m.start(), m.end()) for m in _QUESTION.finditer(text, start, end)]
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
                            rules=(*c.rules, "claim.cut-before-question")))
    return keep
