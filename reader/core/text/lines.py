"""Lines at the head of a text, found without copying or splitting the rest of a huge text."""

from __future__ import annotations


def head_lines(text: str, n: int) -> list[str]:
    """The first n lines, without copying the rest of a huge text (as split("\\n", n) would)."""
    return text[: _nth_newline(text, n)].split("\n")[:n]


def _nth_newline(text: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return len(text)
    return pos
