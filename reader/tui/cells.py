"""Spacing marks take one cell on screen, as terminals draw them.

Devanagari vowel signs such as ा (category Mc, "spacing combining mark") occupy a cell of their own in
tmux, xterm, VTE and the C library's wcwidth(); Rich 15's width table (from the wcwidth project)
counts them as zero. Textual lays every line out with Rich's count, so a Hindi line ended cells further
right than Textual believed and pushed the article's border and the side pane along (issue 17, item 11).

`count_spacing_marks()` takes the Mc code points out of the zero-width ranges of Rich's loaded table, once,
before the first frame: Rich then counts them as one cell like the terminal, and every measurement agrees
(the article's wrap uses the same rule: reader.core.text.layout.char_width). It reaches into Rich's table
data (rich._unicode_data), which no public API exposes; it checks what it finds and does nothing when the
table is not shaped as expected, so a Rich upgrade can only turn the fix off, never break the app.
"""

from __future__ import annotations

import re
import unicodedata

PROBE = "\u093e"
"""DEVANAGARI VOWEL SIGN AA: a spacing mark (Mc)."""
_MAYBE_MARKS = re.compile("[^\x00-\u08ff\u2000-\u2bff]")
"""Outside these blocks (Latin, Greek, Cyrillic ... up to Arabic; punctuation, currency, arrows, symbols) may be a spacing
mark: there is none below U+0903 nor in U+2000-U+2BFF (unicodedata, Unicode 14 to 17)."""


def _split(start: int, end: int) -> list[tuple[int, int, int]]:
    """The zero-width range [start, end] without its spacing marks."""
    out: list[tuple[int, int, int]] = []
    run = None
    for cp in range(start, end + 1):
        if unicodedata.category(chr(cp)) == "Mc":
            if run is not None:
                out.append((run, cp - 1, 0))
                run = None
        elif run is None:
            run = cp
    if run is not None:
        out.append((run, end, 0))
    return out


def count_spacing_marks() -> bool:
    """Make Rich count Mc characters as one cell; True when the table was changed (or already right)."""
    try:
        import rich.cells as cells
        from rich._unicode_data import load
    except ImportError:  # pragma: no cover - another Rich layout: leave it
        return False
    if cells.get_character_cell_size(PROBE) == 1:
        return True
    table = load("auto").widths
    if not isinstance(table, list) or not all(isinstance(r, tuple) and len(r) == 3 for r in table[:8]):
        return False  # pragma: no cover - not the table this was written for
    fixed: list[tuple[int, int, int]] = []
    for start, end, width in table:
        if width == 0 and end - start < 4096 and any(unicodedata.category(chr(cp)) == "Mc" for cp in range(start, end + 1)):
            fixed.extend(_split(start, end))
        else:
            fixed.append((start, end, width))
    table[:] = fixed
    cells.get_character_cell_size.cache_clear()
    cells.cached_cell_len.cache_clear()
    return cells.get_character_cell_size(PROBE) == 1


def without_spacing_marks(*texts: str) -> bool:
    """True when none of `texts` can hold a spacing mark, so nothing in them depends on `count_spacing_marks`
    (an English article's first frame: the fix can wait until it is out, start-up time)."""
    return not any(_MAYBE_MARKS.search(text) for text in texts)
