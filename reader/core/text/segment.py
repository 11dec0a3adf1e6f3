"""Paragraphs and sentences with offsets into the normalized text.

Rules for news prose, not a general tokenizer: a sentence ends at . ! ? (or …) followed by
optional closing quotes/brackets, whitespace and something that can start a sentence —
unless the word before the stop is an abbreviation ("U.S.", "Mr.", "Jan.") or an initial.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.text.spans import Span, strip_span

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen gov sen rep lt col sgt capt cmdr adm maj cpl pvt rev hon pres
    supt insp det spc pfc brig inc co corp ltd llc plc bros vs etc al approx dept est fig no nos vol pp ch
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd
    u.s u.k u.n e.u e.g i.e a.m p.m u.s.a d.c n.y l.a ph.d b.a m.a""".split()
)
"""Lower-cased words that take a full stop without ending a sentence."""

_PARA_BREAK = re.compile(r"\n[ \t\f\v]*\n\s*")
_STOP = re.compile(r"""[.!?…।。][.!?…।。]*[\"'”’»)\]]*(?=\s)""")
"""A run of stops (`XX*`, the same matches as `X+`: a leading character class lets the regex engine skip to the next stop,
a repeat first made it try every position of the paragraph), closing marks, then white space."""
LOWER_PARTICLE = r"(?:de|da|van|von|di|du|del|dos|das)\s+"
"""A surname's particle, written in lower case even where it opens a sentence ('de Oliveira speaks …'): a pattern piece
(the sentence splitter here, the subject of the sentence before a pronoun in claims/stages/speakers/coref.py)."""
_STARTER = re.compile(r"""\s+[\"'“‘«(\[]*[A-Z0-9\u00C0-\u024F\u0370-\u06FF\u0900-\u0DFF\u3040-\u9FFF]|\s+\(\(|\s*\n\s*\S"""
                      r"|\s+" + LOWER_PARTICLE + r"[A-Z]")
"""What may start a sentence: a capital or digit, a letter of a script without case (a quote's original-language
text after a danda), a '((label))', a new line, or a surname's particle before its capital ('de Oliveira speaks …')."""


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Blank-line separated blocks, stripped of surrounding whitespace."""
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    for m in _PARA_BREAK.finditer(text, start, end):
        span = strip_span(text, Span(pos, m.start()))
        if len(span):
            out.append(span)
        pos = m.end()
    span = strip_span(text, Span(pos, end))
    if len(span):
        out.append(span)
    return out


_WORD_RUN = re.compile(r"[\w.]*")
"""A run of word characters and dots (matched on the reversed look-back window: the run that ends at the stop)."""


def _is_abbreviation(text: str, stop: int, para_start: int) -> bool:
    """True when the full stop at `stop` belongs to an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    # a bounded look-back: searching from the paragraph start for every stop is quadratic in long paragraphs;
    # the word is what re.search(r'([\w.]+)$') finds in the 32 characters before the stop, read backwards
    lo = max(para_start, stop - 32)
    end = stop - 1 if stop > lo and text[stop - 1] == "\n" else stop  # '$' also matches before a final newline
    start = end - _WORD_RUN.match(text[lo:end][::-1]).end()  # the run of [\w.] ending at `end`, read backwards
    if start == end:
        return False
    word = text[start:end].lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Single capital initial ("J. K. Rowling"), but not a one-word sentence like "I."
    return len(word) == 1 and word.isalpha() and text[start].isupper() and word != "i"


_LIST_LINE = re.compile(r"\n[ \t]*(?:\d{1,3}[.)]|[-•*·–])[ \t]+(?=\S)")
"""A line of the paragraph that opens with a list marker ('2. Dismissed …', '- …', '• …'): a new sentence, whatever ends
the line before it."""


def _sentence_ends(text: str, para: Span) -> Iterator[int]:
    if text.find("\n", para.start, para.end) < 0:
        yield from _stop_ends(text, para)
        return
    lines = [m.start() + 1 for m in _LIST_LINE.finditer(text, para.start, para.end)]
    if not lines:
        yield from _stop_ends(text, para)
        return
    yield from sorted(set(_stop_ends(text, para)) | set(lines))


def _stop_ends(text: str, para: Span) -> Iterator[int]:
    for m in _STOP.finditer(text, para.start, para.end):
        after = m.end()
        if after >= para.end:
            break
        if not _STARTER.match(text, after, para.end):
            continue
        if _is_abbreviation(text, m.start(), para.start):
            # "in the U.S. The" still ends if the next word is clearly a sentence opener.
            nxt = re.match(r"\s+(The|A|An|But|And|He|She|It|They|We|This|That|In|On|At)\b", text[after : after + 8])
            if not (nxt and text[m.start() - 1 : m.start()].isupper()):
                continue
        yield after


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of every paragraph in `[start, end)`, stripped."""
    out: list[Span] = []
    for para in paragraphs(text, start, end):
        out.extend(paragraph_sentences(text, para))
    return out


def paragraph_sentences(text: str, para: Span) -> list[Span]:
    out: list[Span] = []
    pos = para.start
    for cut in [*_sentence_ends(text, para), para.end]:
        a, b = pos, cut  # strip_span inlined: one Span per sentence (this runs for every sentence of a book)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Span(a, b))
        pos = cut
    return out


# ----- moving by sentence and paragraph without segmenting the whole text -----------------------------
NAV_WINDOW = 65_536
"""How far the cursor moves look for the paragraph around them. Only a paragraph longer than this (a
one-line 50 MB file) is segmented in a window, where a start at the window's edge can be off."""


def _block_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` starts: the end of the last blank-line break before it (or 0)."""
    width = 4096
    while True:
        lo = max(0, pos - width)
        last = None
        for last in _PARA_BREAK.finditer(text, lo, pos):  # noqa: B007 - the last one is wanted
            pass
        if last is not None:
            return last.end()
        if lo == 0 or width >= NAV_WINDOW:
            return lo
        width *= 4


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def sentence_step(text: str, pos: int, delta: int) -> int | None:
    """Start of the first sentence after `pos` (delta > 0) or the last one before it, as `sentences(text)`
    would place them, segmenting only the paragraphs between: the first `s` on a 50 MB text is instant."""
    if delta < 0:
        hi = pos
        # Segment to the end of pos's paragraph, not to pos: cut at pos, a sentence that starts just before it
        # ("… government.” “I think …" with pos on the I) is a fragment the segmenter joins to the one before.
        brk = _PARA_BREAK.search(text, pos)
        end = min(brk.start() if brk else len(text), pos + NAV_WINDOW)
        while True:
            a = _block_start(text, hi)
            starts = [s.start for s in sentences(text, a, max(end, pos)) if s.start < pos]
            if starts:
                return starts[-1]
            if a == 0 or pos - a > NAV_WINDOW:
                return None
            hi = a - 1
    a = _block_start(text, pos)
    breaks = _PARA_BREAK.finditer(text, a)
    while a < len(text):
        m = next(breaks, None)
        b = m.start() if m else len(text)
        capped = b - max(a, pos) > NAV_WINDOW
        if capped:
            b = max(a, pos) + NAV_WINDOW
        for s in sentences(text, a, b):
            if s.start > pos and not (capped and s.end == b):
                return s.start
        if m is None or capped:
            return None
        a = m.end()
    return None


def paragraph_step(text: str, pos: int, delta: int) -> int | None:
    """Start of the next paragraph after `pos` (delta > 0) or of the last one starting before it."""
    if delta < 0:
        hi = pos
        while True:
            a = _block_start(text, hi)
            start = _skip_space(text, a)
            if start < pos:
                return start
            if a == 0:
                return None
            hi = a - 1
    a = _block_start(text, pos)
    start = _skip_space(text, a)
    if pos < start < len(text):
        return start
    for m in _PARA_BREAK.finditer(text, a):
        if m.end() > pos:
            return m.end() if m.end() < len(text) else None
    return None


def sentence_at(text: str, pos: int) -> Span | None:
    """The sentence holding `pos` (as `sentences(text)` has it), from the paragraph around `pos` only."""
    a = _block_start(text, pos)
    m = _PARA_BREAK.search(text, pos)
    b = min(m.start() if m else len(text), pos + NAV_WINDOW)
    return next((s for s in sentences(text, a, b) if s.contains(pos)), None)
