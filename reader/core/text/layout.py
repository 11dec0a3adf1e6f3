"""Wrapping the document into visual lines, each a `[start, end)` span of the text.

The article pane draws only the lines on screen; this module tells it which text each line
holds, and maps an offset back to its line, so cursor, highlights and search hits stay in
the one coordinate system.
"""

from __future__ import annotations

import re
import time
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

_TOKEN = re.compile(r"[^ \n]+ *| +")
_NON_SPACE = re.compile(r"[^ ]")


def char_width(ch: str) -> int:
    """Terminal cells a code point takes, as a terminal's wcwidth() counts them: 0 for non-spacing and
    enclosing marks (Mn, Me: a Devanagari vowel sign े, an accent) and the joiners, 1 for spacing marks (Mc:
    ा), 2 for wide East Asian. The terminal is what draws the line, so this is the width that keeps the
    article's right border where it belongs (Rich counts some of these differently)."""
    if ch < "\u0300":
        return 1
    if unicodedata.category(ch) in ("Mn", "Me") or ch in "\u200b\u200c\u200d":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(s: str) -> int:
    return len(s) if s.isascii() else sum(char_width(c) for c in s)


@dataclass
class Layout:
    """Visual lines of a text at one width: `starts[i]`..`ends[i]` is line i."""

    width: int
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The visual line holding `offset` (the last line for offsets at the very end)."""
        if not self.starts:
            return 0
        return max(0, bisect_right(self.starts, offset) - 1)


def _wrap_ascii(text: str, start: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    """The greedy wrap of `_wrap_hard_line` for ASCII (one cell per character), a few C calls per
    visual line instead of a Python step per word: what makes wrapping a 50 MB text affordable."""
    line_start = start
    while end - line_start > width:
        limit = line_start + width
        if text[limit] == " ":  # every word so far fits; the next line starts at the next word
            m = _NON_SPACE.search(text, limit, end)
            if m is None:
                break
            cut = m.start()
        else:
            cut = text.rfind(" ", line_start, limit) + 1
            if cut <= line_start:  # one word wider than the line: cut it
                cut = limit
        starts.append(line_start)
        ends.append(cut)
        line_start = cut
    starts.append(line_start)
    ends.append(end)


def _wrap_hard_line(text: str, start: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    """Greedy word wrap of one hard line; words longer than the width are split."""
    if start == end:
        starts.append(start)
        ends.append(end)
        return
    if text[start:end].isascii():
        _wrap_ascii(text, start, end, width, starts, ends)
    else:
        _wrap_tokens(text, start, end, width, starts, ends)


def _wrap_tokens(text: str, start: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    """Word by word, measuring cells (wide and combining characters)."""
    line_start = start
    used = 0
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        word = tok.rstrip(" ")
        w = text_width(word)
        if used and used + w > width:
            starts.append(line_start)
            ends.append(m.start())
            line_start = m.start()
            used = 0
        word_end = m.start() + len(word)
        while w > width:  # a word wider than the line: cut it
            pos, cells = line_start, 0
            while pos < word_end and cells + char_width(text[pos]) <= width:
                cells += char_width(text[pos])
                pos += 1
            pos = max(pos, line_start + 1)
            starts.append(line_start)
            ends.append(pos)
            line_start = pos
            w = text_width(text[pos:word_end])
            used = 0
        used += w + (len(tok) - len(tok.rstrip(" ")))
    starts.append(line_start)
    ends.append(end)


def wrap(text: str, width: int, start: int = 0, end: int | None = None) -> Layout:
    """Wrap `text[start:end]` at `width` cells; every newline is a hard break."""
    width = max(4, width)
    end = len(text) if end is None else end
    starts: list[int] = []
    ends: list[int] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        _wrap_hard_line(text, pos, line_end, width, starts, ends)
        if nl < 0:
            break
        pos = nl + 1
    return Layout(width, starts, ends)


BLOCK_CHARS = 65_536
"""A lazy layout wraps this much text (cut at a newline) at a time: about 5 ms of work."""


class _Field:
    """`starts` or `ends` of a LazyLayout, indexable by visual line like the lists of Layout."""

    def __init__(self, layout: LazyLayout, which: int) -> None:
        self._layout, self._which = layout, which

    def __len__(self) -> int:
        return len(self._layout)

    def __getitem__(self, line: int) -> int:
        lines, local = self._layout._locate(line)
        return lines[self._which][local]


class LazyLayout:
    """Visual lines of a text of any size, wrapped one block at a time when first needed.

    Unwrapped blocks count an estimated number of lines, so the first screen of a 50 MB text
    costs one block instead of the whole text (toolong's line cache, with wrapping).
    When a block is wrapped its exact count replaces the estimate and the lines after it
    move: `listener(boundary, delta)` is told that lines >= `boundary` moved by `delta`, so
    a view can keep its top line where it was. `wrap_next` finishes the rest in slices.
    """

    def __init__(self, text: str, width: int, block_chars: int = BLOCK_CHARS) -> None:
        self.text = text
        self.width = max(4, width)
        bounds = [0]
        n = len(text)
        while bounds[-1] + block_chars < n:
            nl = text.find("\n", bounds[-1] + block_chars)
            if nl < 0:
                break
            bounds.append(nl + 1)
        self._bounds = bounds
        """Start offset of each block; a block ends at the newline before the next one."""
        self._wrapped: list[tuple[array[int], array[int]] | None] = [None] * len(bounds)
        self._counts = [self._estimate(k) for k in range(len(bounds))]
        self._prefix: list[int] | None = None
        self._next = 0
        self.listener: Callable[[int, int], None] | None = None
        self.starts = _Field(self, 0)
        self.ends = _Field(self, 1)

    # ----- blocks -------------------------------------------------------------------------
    def _block_end(self, k: int) -> int:
        return self._bounds[k + 1] - 1 if k + 1 < len(self._bounds) else len(self.text)

    def _estimate(self, k: int) -> int:
        start, end = self._bounds[k], self._block_end(k)
        breaks = self.text.count("\n", start, end)
        return breaks + 1 + (end - start - breaks) // self.width

    @property
    def blocks(self) -> int:
        return len(self._bounds)

    @property
    def complete(self) -> bool:
        return all(w is not None for w in self._wrapped)

    def _first_lines(self) -> list[int]:
        if self._prefix is None:
            self._prefix = [0, *accumulate(self._counts)]
        return self._prefix

    def ensure(self, k: int) -> None:
        """Wrap block k if it is not yet (a no-op outside the text)."""
        if not 0 <= k < len(self._bounds) or self._wrapped[k] is not None:
            return
        lay = wrap(self.text, self.width, self._bounds[k], self._block_end(k))
        # Arrays of machine ints: 16 bytes a line instead of ~70 for lists of int objects.
        self._wrapped[k] = (array("q", lay.starts), array("q", lay.ends))
        delta = len(lay) - self._counts[k]
        if delta:
            boundary = self._first_lines()[k + 1]
            self._counts[k] = len(lay)
            self._prefix = None
            if self.listener is not None:
                self.listener(boundary, delta)

    def wrap_next(self, budget_s: float = 0.01) -> bool:
        """Wrap blocks in text order for about `budget_s`; True once every block is wrapped."""
        deadline = time.perf_counter() + budget_s
        while self._next < len(self._bounds):
            self.ensure(self._next)
            self._next += 1
            if time.perf_counter() >= deadline:
                break
        return self._next >= len(self._bounds)

    # ----- the Layout interface -----------------------------------------------------------
    def __len__(self) -> int:
        return self._first_lines()[-1]

    def _locate(self, line: int) -> tuple[tuple[array[int], array[int]], int]:
        if line < 0:
            line += len(self)
        while True:
            first = self._first_lines()
            if not 0 <= line < first[-1]:
                raise IndexError(line)
            k = bisect_right(first, line) - 1
            if self._wrapped[k] is None:
                self.ensure(k)  # the count may change: look again
                continue
            return self._wrapped[k], line - first[k]  # type: ignore[return-value]

    def line_of(self, offset: int) -> int:
        """The visual line holding `offset`. Wraps its block and both neighbours first, so a
        move of up to a block's worth of lines from there lands on exactly wrapped lines."""
        k = max(0, bisect_right(self._bounds, offset) - 1)
        for j in (k - 1, k, k + 1):
            self.ensure(j)
        starts = self._wrapped[k][0]  # type: ignore[index]
        return self._first_lines()[k] + max(0, bisect_right(starts, offset) - 1)
