"""The extractor's vocabularies, one module per kind of word: cue verbs (cues.py), hedges (hedges.py), titles,
roles and organisation words (titles.py), channels, platforms and hearers (channels.py), time words (time.py).

Words are data: a rule that needs a list reads it from here, so a word is added in one place. `alternation`
writes a list as a regex alternation in the list's order (order decides which of two overlapping words a
regex tries first).
"""

from __future__ import annotations


def alternation(words: list[str] | tuple[str, ...], title: bool = False) -> str:
    """`w1|w2|…` in the given order (`title`: each word capitalised, for case-sensitive patterns)."""
    return "|".join(w[:1].upper() + w[1:] if title else w for w in words)
