"""Wrapping the document into visual lines, each a `[start, end)` span of the text.

The article pane draws only the lines on screen; this module tells it which text each line
holds, and maps an offset back to its line, so cursor, highlights and search hits stay in
the one coordinate system.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

_TOKEN = re.compile(r"[^ \n]+ *| +")


def char_width(ch: str) -> int:
    """Terminal cells a code point takes (0 for combining marks, 2 for wide East Asian)."""
    if ch < "\u0300":
        return 1
    if unicodedata.combining(ch):
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


def _wrap_hard_line(text: str, start: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    """Greedy word wrap of one hard line; words longer than the width are split."""
    if start == end:
        starts.append(start)
        ends.append(end)
        return
    if end - start <= width and text[start:end].isascii():
        starts.append(start)
        ends.append(end)
        return
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
