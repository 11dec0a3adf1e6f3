"""Whole-word occurrences of a literal string: what `re.finditer(r"\\b" + re.escape(word) + r"\\b", text)` finds.

Python's regex engine jumps to a literal with a fast search only when the pattern starts with it; a leading `\\b`
makes it try the pattern at every position instead, some fifty times slower over a long stretch. `str.find`
then the two boundary tests gives the same matches, in the same order, non-overlapping as finditer gives them.
"""

from __future__ import annotations


def _is_word(ch: str) -> bool:
    """A regex word character (`\\w` of a str pattern): a letter, digit or number, or '_'."""
    return ch.isalnum() or ch == "_"


def _boundary(text: str, i: int) -> bool:
    """Whether `\\b` holds at offset i of text (the edges of the string count as non-word)."""
    left = i > 0 and _is_word(text[i - 1])
    right = i < len(text) and _is_word(text[i])
    return left != right


def whole_words(text: str, word: str) -> list[tuple[int, int]]:
    """The (start, end) of each match of `\\bword\\b` in text, left to right, without overlaps (`word` non-empty)."""
    out: list[tuple[int, int]] = []
    n = len(word)
    pos = text.find(word)
    while pos >= 0:
        if _boundary(text, pos) and _boundary(text, pos + n):
            out.append((pos, pos + n))
            pos = text.find(word, pos + n)
        else:
            pos = text.find(word, pos + 1)
    return out
