"""Cue lines of blog-citing news whose cue comes before its source: 'Said the sharp-tongued Amsterdam (this author has
interviewed him before):', 'Reacted a reader calling himself Say What?:', '…, reports Kracktivist:'. Like any cue
line (blockquote.py) they hand the quoted post after the colon to that source; a line that states something before
', reports X:' is X's claim too (rules/blockquote.toml: quote.block-inverted-line, quote.block-inverted-tail)."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.line_cues import INVERTED_CUES, LINE_CUES
from reader.core.claims.lexicon.post_marks import LANGUAGE_TAG
from reader.core.claims.stages.frames.model import Range

_ASIDE = r"\s*(?:\([^()]*\))?\s*"
_AS_CUES = frozenset("points informs puts put".split())
"""Verbs that are cues after 'as' and a source ('as Juan Pueblo points out:', 'as X puts it:'), besides the line cues."""
_INVERTED_LINE = re.compile(r"(?:(?:But|And|Then)\s+)?(?P<cue>" + alternation(sorted(w.capitalize() for w in INVERTED_CUES)) + r")\s+"
                            r"(?P<src>(?:the|a|an|one|another)?\s*[^:()]{1,100}?)" + _ASIDE + r":$")
"""'Said the sharp-tongued Amsterdam (…):' — the line opens with its cue, the source follows."""
_INVERTED_TAIL = re.compile(r",\s+(?P<cue>" + alternation(sorted(LINE_CUES)) + r")\s+(?P<src>[A-Z@][^,:;()]{0,60}?)" + _ASIDE + r":$")
"""'The protests continued as …, reports Kracktivist:' — a statement, then its source after an inverted cue."""
_TAG = r"(?:\s*" + LANGUAGE_TAG + r")?"
_ACCORDING_TAIL = re.compile(r",\s+(?P<cue>according to)\s+(?P<src>[A-Z@][^,:;()\[]{0,60}?)" + _TAG + _ASIDE + r":$")
"""'At some point along the way, local police detained a group of six cyclists, according to Mónica Tapia A. [es]
(@monicatapiaa):' — a statement, then its source after 'according to'."""
_AS_TAIL = re.compile(r",\s+as\s+(?P<src>[A-Z@][^,:;()\[]{0,60}?)" + _TAG + _ASIDE + r"\s(?P<cue>"
                      + alternation(sorted(LINE_CUES | _AS_CUES)) + r")(?:\s+(?:out|us))?:$")
"""'… the coherence of a government which "promotes" the use of bicycles, as Juan Pueblo [es] (@ElcondeGiovanni) points
out:' — a statement, then 'as' and its source before the cue."""
_ALIAS = re.compile(r"\b(?:calling|who\s+calls)\s+(?:himself|herself|itself|themselves)\s+")
_DESCRIBED = re.compile(r"\s+(?:(?:popularly|also|widely|commonly)\s+)?(?:known|described)\s+as\b")


class InvertedLine(NamedTuple):
    """A cue line's cue (its text and span), its source after it, and the rule that read it."""

    cue: str
    cue_start: int
    cue_end: int
    source: Range
    rule: str


def inverted_line(ms: str) -> InvertedLine | None:
    """The cue and source of a cue line whose source follows its cue, or None."""
    m = _INVERTED_LINE.match(ms)
    tail = None if m else _INVERTED_TAIL.search(ms) or _ACCORDING_TAIL.search(ms) or _AS_TAIL.search(ms)
    found = m or tail
    if found is None:
        return None
    a, b = found.span("src")
    alias = _ALIAS.search(ms, a, b)
    if alias:  # 'a reader calling himself Say What?': the name he goes by
        a = alias.end()
    described = _DESCRIBED.search(ms, a, b)
    if described:  # 'the website popularly known as ZWD among …': the description is no name
        b = described.start()
    if b <= a or not any(w[:1].isupper() or w[:1] == "@" for w in ms[a:b].split()):
        return None  # 'the website': a description names nobody here
    rule = "quote.block-inverted-line" if m else "quote.block-inverted-tail"
    return InvertedLine(found.group("cue"), found.start("cue"), found.end("cue"), (a, b), rule)
