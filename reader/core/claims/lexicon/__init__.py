"""The extractor's vocabularies, one module per kind of word: cue verbs (cues.py), hedges (hedges.py), titles,
roles and organisation words (titles.py), channels, platforms and hearers (channels.py), time words (time.py), and the
closed classes the clause rules read: auxiliaries and irregular verb forms (verbs.py), pronouns (pronouns.py),
determiners (determiners.py), connectives (connectives.py), prepositions (prepositions.py).

Words are data: a rule that needs a list reads it from here, so a word is added in one place. `alternation`
writes a list as a regex alternation in the list's order (order decides which of two overlapping words a
regex tries first).
"""

from __future__ import annotations

from collections.abc import Iterable


def alternation(words: Iterable[str], title: bool = False, spaced: bool = False) -> str:
    """`w1|w2|…` in the given order (`title`: each word capitalised, for case-sensitive patterns; `spaced`: the space
    inside a phrase matches any run of white space, as text wraps: 'press conference' -> `press\\s+conference`)."""
    out = [w[:1].upper() + w[1:] if title else w for w in words]
    return "|".join(w.replace(" ", r"\s+") for w in out) if spaced else "|".join(out)
