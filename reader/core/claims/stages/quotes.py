"""Quotation spans in a paragraph: curly and straight double quotes, curly single quotes as primary.

News conventions handled: a quote left open at a paragraph's end continues in the next paragraph
(which reopens it), straight quotes pair up by position (an opener follows a space or bracket),
and single quotes nested inside double quotes stay part of the outer quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.claims.lexicon.cues import CUE_VERBS
from reader.core.claims.lexicon.titles import DEGREES
from reader.core.claims.rules.trace import fire
from reader.core.text.frozen import quick_init

_NONSPACE = re.compile(r"\S")
_CAPS = r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}"
_TAG = re.compile(r"\(" + _CAPS + r"(?:,\s" + _CAPS + r"){1,3}\)")
_DEGREE = "(?:" + "|".join(re.escape(d) for d in DEGREES) + ")"
_DEGREES = re.compile(r"(?<=[a-z]),\s+" + _DEGREE + r"(?:,\s+" + _DEGREE + r")*(?P<comma>,)?(?=[;:]|\s|$)")
"""Degrees set off by commas after a name ('Ann Lee, M.D., Ph.D., director of …'), blanked in the masked text so that the
frame rules read the name and the role around them."""
"""A bracketed tag of capitalised words after a name ('Andrzej BUŁA (EPP, PL), co-rapporteur …, said', 'Sen. Ann Lee (R,
Texas)'): its commas set nothing off, so the mask hides them from the rules that read commas as apposition."""
_TAG_COMMA = "\u00b7"

OPENERS = {"“": "”", "«": "»", "„": "“"}


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the quote runs on past the paragraph

    @property
    def outer_end(self) -> int:
        return self.end + 1 if self.close_mark is not None else self.end


def _straight_opens(text: str, i: int, start: int) -> bool:
    prev = text[i - 1] if i > start else " "
    return prev.isspace() or prev in "([{—–-:/" or i == start


def _closer_opens(text: str, i: int, start: int, end: int) -> bool:
    """A closing mark typed for the opener, after a space or a dash and before a word ('… in local markets — ”they sell
    like hot cakes,” he told …'): it opens a quotation when another closing mark follows it."""
    return _straight_opens(text, i, start) and i + 1 < end and text[i + 1].isalnum() and text.find("”", i + 1, end) >= 0


def _unit_mark(text: str, i: int, start: int) -> bool:
    """A straight double mark right after a figure, or after a figure and a single mark, measures something (the
    timestamps of a video transcript, "5'40\": …"; inches): it can open no quotation."""
    prev = text[i - 1] if i > start else " "
    if prev in "'′’" and i - 1 > start:
        prev = text[i - 2]
    return prev.isdigit()


_STRAY = -3
"""`_closer`: the mark opens nothing; go on after it."""
_NOTHING_CLOSES = -2
"""`_closer`: a closer typed for the opener that nothing closes: no quotation, and none after it."""


def _closer(text: str, j: int, start: int, end: int, first: bool) -> int:
    """Where the quotation opened by the mark at j closes: its offset, -1 when it runs on past `end`, or _STRAY /
    _NOTHING_CLOSES. `first`: no quotation found before it in the stretch."""
    ch, find = text[j], text.find
    if ch == "”":
        if not _closer_opens(text, j, start, end):
            return _STRAY  # a closer outside any quotation
        k = find("”", j + 1, end)
        return k if k >= 0 else _NOTHING_CLOSES
    if ch == '"':
        if _unit_mark(text, j, start) or not _straight_opens(text, j, start) and not first:
            return _STRAY  # '5\'40": …', '6 ft 2"': seconds or inches; or a stray closer
        k = find('"', j + 1, end)
        c = find("”", j + 1, end)
        if c >= 0 and (k < 0 or c < k) and find("“", j + 1, c) < 0:
            return c  # a curly closer is a common typo after a straight opener ("We lost,” Baker said.)
        return k
    closer = k = find(OPENERS[ch], j + 1, end)
    if ch == "“":
        # a straight closer is a common typo after a curly opener (“...," she said)
        s = find('"', j + 1, end)
        if s >= 0 and (k < 0 or s < k):
            closer = s
        t = find("“", j + 1, end)  # an opener typed for the closer: '“one of the last crocodiles“:'
        if t >= 0 and (closer < 0 or t < closer) and not text[t - 1].isspace() and (t + 1 >= end or not text[t + 1].isalnum()):
            closer = t
    return closer


_LOST_OPENER = re.compile(r"[^“”\"«»„]*?[,!?](?P<mark>[”\"])[ \t]+[\w(]")
"""A paragraph whose first quote mark closes (after a comma, '!' or '?', then a space and a word: the cue's clause): its
opening mark was lost, or it goes on with the quote of the paragraph before (a translation printed without its opener,
'It is a right that we keep,” the owner said.')."""


_CLAUSE_AFTER = re.compile(r"[^.!?:;“”\"]*")
_CUE_CLAUSE_WORDS = 12
"""The longest clause after the mark that is its cue ('” the Provincial Minister of Public Health Alejandro Collia, affirmed.')."""


def _lost_opener(text: str, start: int, end: int) -> Quote | None:
    """The quote from the paragraph's start to its first mark when that mark can only close (see _LOST_OPENER)."""
    m = _LOST_OPENER.match(text, start, end)
    if m is None or start == 0 or not text[start].isalnum() and text[start] not in "‘'(":
        return None
    k = m.start("mark")
    tail = _CLAUSE_AFTER.match(text, k + 1, min(end, k + 90))
    words = tail.group().lower().replace(",", " ").split() if tail else []
    if len(words) > _CUE_CLAUSE_WORDS or CUE_VERBS.isdisjoint(words):  # CUE_VERBS holds every finite speech verb
        return None  # no cue right after the mark: a mark typed for the opener ('She adds,” the mill …') or a quote's lost middle
    fire("quote.lost-opener")
    return Quote(start, k, start - 1, k)


def find_quotes(text: str, start: int, end: int, *, paragraph: bool = False) -> list[Quote]:
    """Double-quoted stretches of text[start:end], in order; words of fewer than 1 letter are dropped. `paragraph`:
    the stretch is a whole paragraph, whose opening mark may have been lost (_lost_opener)."""
    out: list[Quote] = []
    i = start
    lost = _lost_opener(text, start, end) if paragraph else None
    if lost is not None:
        out.append(lost)
        i = lost.end + 1
    find = text.find
    # where each opening mark is next, searched again only once passed: a mark the text lacks is looked for once, not
    # once per quotation (a long paragraph of quotations with no '«' would be quadratic)
    marks = {m: find(m, i, end) for m in ("“", '"', "«", "”")}
    while i < end:
        for m, k in marks.items():
            if 0 <= k < i:
                marks[m] = find(m, i, end)
        j = min((k for k in marks.values() if k >= 0), default=-1)  # the next candidate mark
        if j < 0:
            break
        closer = _closer(text, j, start, end, not out)
        if closer == _STRAY:
            i = j + 1
            continue
        if closer == _NOTHING_CLOSES:
            break
        if closer < 0:
            if end - j > 1:
                out.append(Quote(j + 1, end, j, None))
            break
        if closer > j + 1:
            out.append(Quote(j + 1, closer, j, closer))
        i = closer + 1
    return [q for q in out if any(c.isalpha() for c in text[q.start : q.end])]


def find_single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Curly single quotes used as primary quotation marks (‘...’), when the paragraph has no doubles."""
    out: list[Quote] = []
    i = start
    while True:
        j = text.find("‘", i, end)
        if j < 0:
            break
        k = j + 1
        while True:
            k = text.find("’", k, end)
            if k < 0:
                break
            nxt = text[k + 1] if k + 1 < end else " "
            if not nxt.isalpha():
                break
            k += 1
        if k < 0:
            break
        if k - j > 3:
            out.append(Quote(j + 1, k, j, k))
        i = k + 1
    return out


def mask_quotes(text: str, quotes: list[Quote], start: int, end: int) -> str:
    """text[start:end] with the inside of every quote replaced by 'x', and the commas of a bracketed tag by a middle dot
    (same length, so offsets hold)."""
    out, pos = [], start
    for q in quotes:
        a, b = max(q.start, start, pos), min(q.end, end)
        if a >= b:
            continue
        if q.open_mark == a - 1 and text[q.open_mark] == "”":  # a closer typed for the opener reads as the opener
            out += [text[pos : q.open_mark], "“"]
            pos = a
        out.append(text[pos:a])
        out.append(_NONSPACE.sub("x", text[a:b]))
        pos = b
        if q.close_mark == b < end and text[b] == "“":  # an opener typed for the closer ('“We lost,“ she said') reads as the closer
            out.append("”")
            pos = b + 1
    out.append(text[pos:end])
    masked = "".join(out)
    if "(" in masked and "," in masked:
        masked = _TAG.sub(lambda m: m.group().replace(",", _TAG_COMMA), masked)
    if ", " in masked:
        masked = _DEGREES.sub(_blank_degrees, masked)  # 'Ann Lee, M.D., director of …': the degrees read as blank
    return masked.replace(" - ", " – ") if " - " in masked else masked  # a spaced hyphen typed for a dash: 'Ann Lee - the owner - said'


def _blank_degrees(m: re.Match[str]) -> str:
    """The degrees blanked, the comma before them kept: 'Tom Baker, M.D., director of …' reads 'Tom Baker,       director
    of …'. The full stop of the last one stays where it may end the sentence ('… said Tom Baker, Ph.D. “…')."""
    stop = "." if m.group("comma") is None and m.group().endswith(".") else ""
    return "," + " " * (len(m.group()) - 1 - len(stop)) + stop
