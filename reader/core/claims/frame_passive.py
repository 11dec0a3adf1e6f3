"""Passive attribution frames whose content wraps around the cue (split from frames.py).

"Politicians … were reported by local media to have visited the hospital": the subject and the infinitive are
the content, in two fragments around "were reported by local media to"; "The highest rate noted by the team was
in Alaska": a reduced relative clause names the source inside the statement.
"""

from __future__ import annotations

import re

BY_SOURCE = re.compile(
    r"\s+by\s+((?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s*)+"
    r"|(?:(?:the|local|state|national|foreign|news|some|other|several|many)\s+)*(?:media|officials|police|authorities|researchers|"
    r"scientists|team|investigators|prosecutors|witnesses|sources|residents|doctors|experts|analysts|reports)\b)"
)
"""The source after a passive cue: a name, or a plural common noun that is one ("by local media", "by the team")."""
_INFINITIVE = re.compile(r"\s+to\s+(?=(?:have|be|[a-z]{2,})\b)")
_FINITE_AFTER = re.compile(r"\s+(?:was|were|is|are|has|had|have)\b")
_NOUN_BEFORE = re.compile(r"\b(?!(?:and|or|but|he|she|they|it|we|i|who|which|that|also|then)\b)[a-z]{3,}\s+$")


def wrapped(ms: str, lo: int, cs: int, by: re.Match[str], aux_start: int | None) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """(frame region, content fragments) of a passive cue whose content wraps around it, else None.
    `aux_start`: where 'was/were …' before the cue begins (None: no auxiliary, a reduced relative)."""
    end = by.end(1) if by.group(1)[-1:].isalpha() else by.start(1) + len(by.group(1).rstrip())
    if aux_start is not None:
        to = _INFINITIVE.match(ms, end)
        if to and aux_start > lo and len(ms[lo:aux_start].split()) >= 1:
            return (aux_start, to.end()), [(lo, aux_start), (to.end(), len(ms))]
        return None
    if _FINITE_AFTER.match(ms, end) and _NOUN_BEFORE.search(ms, max(lo, cs - 30), cs):
        return (cs, end), [(lo, cs), (end, len(ms))]
    return None
