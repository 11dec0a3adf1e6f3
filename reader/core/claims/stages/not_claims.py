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
from reader.core.claims.rules import Rule
from reader.core.claims.rules.trace import fire
from reader.core.text.spans import Span

PROCESS = Rule(id="not-claim.reaching-sources",
               why="'Wikinews reached out to …', 'declined to comment', 'did not respond to': how the article was made",
               example="EFF is yet to respond to Wikinews queries.",
               pattern=re.compile(
                   r"\b(?:reached\s+out\s+to|(?:is|are|was|were|has|have)\s+(?:yet\s+to|not)\s+(?:yet\s+)?respond(?:ed)?\s+to"
                   r"|did\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to|could\s+not\s+(?:immediately\s+)?be\s+reached"
                   r"|(?:declined|refused)\s+to\s+comment|(?:won[’']t|will\s+not|would\s+not|wouldn[’']t)\s+(?:give|make|offer)\s+any\s+comments?"
                   r"|no\s+comment|requests?\s+for\s+comment)\b", re.I))
OUTLET = Rule(id="not-claim.outlet-at-work",
              why="'Wikinews asked three political pundits …': a sentence whose subject is the outlet doing its work",
              example="Wikinews interviewed Siegel to learn more.",
              pattern=re.compile(
                  r"\b(?:Wikinews|(?:[Tt]his|[Oo]ur)\s+(?:newspaper|publication|website|site|outlet|reporters?|correspondents?))\s+"
                  r"(?:also\s+|then\s+|later\s+)?(?:asked|provided|offered|contacted|interviewed|invited|e-?mailed|spoke|talked|caught\s+up|sent|"
                  r"put|posed|gave|approached|requested)\b[^.!?\n]*[.!?]?"))
SERIES = Rule(id="not-claim.series-note",
              why="'The following is the sixth and final edition of a monthly series …': the whole paragraph is about the article",
              example="The following is the sixth and final edition of a monthly series chronicling the 2020 United States presidential election.",
              pattern=re.compile(r"The\s+following\s+(?:is|are)\b[^.\n]{0,120}\b(?:edition|installment|instalment|part|issue|episode)s?\s+of\b"))
PREVIEW = Rule(id="not-claim.preview",
               why="'This month's spotlight on the campaign trail: …': a preview of the article",
               example=("This month's spotlight on the campaign trail: the Free and Equal Elections Foundation holds two presidential debates, "
                        "three candidates who did not participate in those debates give their final pleas to voters, and three political pundits "
                        "give their predictions on the outcome of the election."),
               pattern=re.compile(r"(?:This|Last|Next)\s+(?:month|week|year|issue|edition)[’']s\s+(?:spotlight|edition|roundup|round-up|focus)\b[^\n]*"))
SLOGAN = Rule(id="not-claim.slogan",
              why="'“Be Bold. Vote Gold.”': one to three short title-case sentences in quote marks",
              example="“The Duke.”",
              pattern=re.compile(r"[“\"](?P<s>(?:[A-Z][a-z’']*(?:\s+[A-Z][a-z’']*){1,3}[.!]\s*){1,3})(?=[”\"])"))
_PARAGRAPH_GATE = frozenset().union(*(r.gate or () for r in (PROCESS, OUTLET, SERIES, PREVIEW)))
_WORDS = re.compile(r"[a-z]+")


def _spans(rule: Rule, text: str, start: int, end: int, words: set[str], group: int | str = 0) -> list[tuple[int, int]]:
    if rule.pattern is None or not rule.open(words):
        return []
    found = [(m.start(group), m.end(group)) for m in rule.pattern.finditer(text, start, end)]
    if found:
        fire(rule.id)
    return found


def process_spans(text: str, start: int, end: int, words: set[str] | None = None) -> list[tuple[int, int]]:
    """Where `text[start:end]` talks about reaching sources for the article, or is page furniture. `words`, the
    paragraph's lower-case word set when the caller has it, gates the scans without touching the text again."""
    out: list[tuple[int, int]] = []
    if text.find("“", start, end) >= 0 or text.find('"', start, end) >= 0:
        out.extend(_spans(SLOGAN, text, start, end, set(), "s"))
    if words is None:
        words = set(_WORDS.findall(text[start:end].lower()))
        if _PARAGRAPH_GATE.isdisjoint(words):
            return out
    out.extend(_spans(PROCESS, text, start, end, words))
    for a, b in _spans(OUTLET, text, start, end, words):
        before = text[max(start, a - 3) : a].strip()
        if a == start or before in (".", "!", "?", ".”", ""):
            out.append((a, b))  # the outlet opens the sentence: it is the subject
    if SERIES.open(words) and SERIES.pattern and SERIES.pattern.match(text, start, end):
        fire(SERIES.id)
        out.append((start, end))  # a series note: the whole paragraph is about the article, not the story
    out.extend(_spans(PREVIEW, text, start, end, words))
    return out


QUESTION = Rule(id="not-claim.reported-question",
                why="'He wondered how the US can …', '… and repeatedly asked why Biden did not …': a question is no claim, reported or not",
                example="He wondered how the US can train people to be racist killers and then expect them to return to society.",
                pattern=re.compile(
                    r"(?:\b(?:and|but)\s+)?(?:(?:repeatedly|also|then|again|publicly|rhetorically)\s+)?\b(?:wondered|wonders|asked|asks)\s+"
                    r"(?:(?:aloud|again|publicly|rhetorically)\s+)?(?:[A-Z][\w’'-]*\s+)?(?:how|why|whether|what|where)\b[^.;!?]*"))
CUT = Rule(id="claim.cut-before-question",
           why="'blasted Biden as a career politician and asked why …': the claim ends before the reported question",
           example="Trump blasted Biden as a career politician and repeatedly asked why Biden did not already implement the policies he proposed.")


def cut_questions(text: str, claims: list[Claim], start: int, end: int, words: set[str] | None) -> list[Claim]:
    """`claims` without the reported questions of `text[start:end]`: a claim that starts inside one is dropped, a
    claim that runs into one ends before it ("blasted Biden as a career politician")."""
    spans = _spans(QUESTION, text, start, end, words if words is not None else set(_WORDS.findall(text[start:end].lower())))
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
