"""The paragraph stage: what the later stages read of a paragraph, scanned once — its lower-case words (they gate
every rule's regex), numbers, hedges, quote spans and the paragraph with quote interiors masked; or nothing when the
paragraph is page furniture (a not-claim rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.claims.lexicon.hedges import HEDGES, REPORT_HEDGES
from reader.core.claims.rules import Rule, derive_gate, load_rules, words_of
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.frames.according import ACCORDING_RE
from reader.core.claims.stages.frames.find import cue_hits
from reader.core.claims.stages.numbers import Found, find_numbers
from reader.core.claims.stages.quotes import Quote, find_quotes, find_single_quotes, mask_quotes
from reader.core.text.alternation import branch_by_first_char
from reader.core.text.frozen import quick_init
from reader.core.text.spans import Span

Hedge = tuple[int, int, str]

BOILERPLATE = load_rules("paragraph", Rule)["rule"][0]

HEDGE_GATE: frozenset[str] = derive_gate(HEDGES) or frozenset()
"""Words one of which every hedge holds (derived from the pattern): paragraphs with none skip the hedge regex."""
ACCORDING_GATE: frozenset[str] = derive_gate(ACCORDING_RE) or frozenset()


def _low(rx: re.Pattern[str]) -> re.Pattern[str]:
    plain = rx.pattern.replace(r"(?<![^\W\d])\b(", "(")
    grouped = branch_by_first_char(plain[1:-3]) if plain.startswith("(") and plain.endswith(r")\b") else None
    return re.compile(plain if grouped is None else "(" + grouped + r")\b")


HEDGES_LOW = _low(HEDGES)
RHEDGES_LOW = _low(REPORT_HEDGES)
"""The hedge patterns without a leading word boundary, run on lower-cased text and branched by first letter:
the regex engine can then skip ahead to the letters a hedge starts with (a leading \b forces a full attempt at
every position, and a flat alternation one test per hedge)."""


def scan_hedges(rx: re.Pattern[str], text: str, low: str, base: int) -> list[Hedge]:
    """The hedges of a paragraph (matched on its lower-cased text), but not the month: 'in May' is no 'may'."""
    return [(base + m.start(), base + m.end(), text[base + m.start() : base + m.end()]) for m in rx.finditer(low)
            if (m.start() == 0 or not low[m.start() - 1].isalnum()) and not _month(text, base + m.start(), base + m.end())]


def _month(text: str, a: int, b: int) -> bool:
    """'May' with a capital inside a sentence (after a word, not after a stop or a quote mark): the month."""
    if text[a:b] != "May":
        return False
    before = text[max(0, a - 3) : a].rstrip()
    return bool(before) and before[-1] not in ".!?:;“\"‘'(—–-\n"


@quick_init
@dataclass(frozen=True, slots=True)
class Scan:
    """One paragraph as the sentence stages read it. Offsets are the document's; `masked` is the paragraph's text
    with quote interiors replaced by 'x' (same length)."""

    span: Span
    words: set[str]
    numbers: list[Found]
    hedges: list[Hedge]
    rhedges: list[Hedge]
    cues: frozenset[str]
    according: bool
    quotes: list[Quote]
    masked: str


def scan(text: str, para: Span) -> Scan | None:
    """The paragraph's scan, or None when it is page furniture."""
    head = text[para.start : para.start + 80]
    if BOILERPLATE.pattern and BOILERPLATE.pattern.match(head) or head.startswith("  •"):
        fire(BOILERPLATE.id)
        return None
    low = text[para.start : para.end].lower()
    words = words_of(low)  # the paragraph's one word scan: it gates hedges, cues and 'according to'
    if HEDGE_GATE.isdisjoint(words):
        hedges: list[Hedge] = []
        rhedges: list[Hedge] = []
    else:
        hedges = scan_hedges(HEDGES_LOW, text, low, para.start)
        rhedges = [h for h in hedges if RHEDGES_LOW.match(low, h[0] - para.start)]
    quotes = find_quotes(text, para.start, para.end, paragraph=True) or find_single_quotes(text, para.start, para.end)
    return Scan(span=para, words=words, numbers=find_numbers(text, para.start, para.end, low, words), hedges=hedges, rhedges=rhedges,
                cues=cue_hits(words), according=not ACCORDING_GATE.isdisjoint(words),
                quotes=quotes, masked=mask_quotes(text, quotes, para.start, para.end))


_BACK_MATTER = re.compile(r"(?:Sources?|References|External links|Related (?:news|articles|stories|coverage)|See also|Further reading)\s*:?\s*$")
"""The heading of an article's back matter: the list below it cites or links, it states nothing (a Wikinews article's
'Sources', 'Related news')."""
_LINE_REACH = 300
"""The longest back-matter line: a heading or one citation."""
_CITATION = re.compile(r"[“”\"]|https?://|www\.|\b(?:19|20)\d{2}\b")


def back_matter(text: str, para: Span, listing: bool) -> bool:
    """Whether the paragraph is back matter: its heading, or (`listing`: after one) a short line that cites a source
    (a quoted title, a link or a year) rather than a paragraph of the article."""
    if para.end - para.start > _LINE_REACH:
        return False  # a paragraph of the article (paragraph spans come stripped): not copied here, however long
    body = text[para.start : para.end].strip()
    if _BACK_MATTER.fullmatch(body):
        return True
    return listing and "\n" not in body and _CITATION.search(body) is not None
