"""Moves of the article's cursor by words, and the span a keyboard selection stands for.

Vim's motions: `w` to the start of the next word, `b` to the start of this or the previous word,
`e` to the end of this or the next word. A selection runs from where `space` was pressed to the
cursor, both characters included, except that a selection stretched with `w` ends on the first
letter of the following word: that letter is not part of what the user meant, so it is left out
(with the space before it). "Reuters estimated around 200 people a" is stored as "Reuters
estimated around 200 people".
"""

from __future__ import annotations

import re

from reader.core.text.spans import Span

WORD = re.compile(r"\w+", re.UNICODE)
LOOK_BACK = 200
"""Characters scanned backwards for `b` (a word is never longer)."""


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def word_forward(text: str, cur: int) -> int:
    here = WORD.match(text, cur)
    m = WORD.search(text, here.end() if here else cur + 1)
    return m.start() if m else max(0, len(text) - 1)


def word_back(text: str, cur: int) -> int:
    starts = [m.start() for m in WORD.finditer(text, max(0, cur - LOOK_BACK), cur) if m.start() < cur]
    return starts[-1] if starts else max(0, cur - 1)


def word_end(text: str, cur: int) -> int:
    """The last character of the word under the cursor, or of the next word when already there (vim's `e`)."""
    m = WORD.search(text, cur + 1)
    return m.end() - 1 if m else max(0, len(text) - 1)


def at_word_start(text: str, i: int) -> bool:
    return 0 < i < len(text) and _is_word(text[i]) and not _is_word(text[i - 1])


def selection_span(text: str, mark: int, cursor: int) -> Span:
    """The characters a selection from `mark` to `cursor` stands for (see the module doc)."""
    a, b = sorted((mark, cursor))
    end = min(len(text), b + 1)
    if b > a and at_word_start(text, b):
        end = b
        while end > a + 1 and text[end - 1].isspace():
            end -= 1
    return Span(a, end)
