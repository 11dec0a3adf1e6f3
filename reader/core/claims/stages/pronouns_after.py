"""A pronoun after a frame the second look found: the first pass resolves 'she' and 'they' sentence by sentence, before
the second look (second_look.py) has read the paragraph's earlier sentences again, so a pronoun right after a source that
only the second look found went to whoever was named before it:

    The Attorney General, the Rt Hon Suella Braverman QC MP, referred the sentences … because she believed they were
    too low.                  ('referred' is a frame of the second look; 'she' had gone to Thomas Hughes, named before)
    MEPs call on the Belarusian regime to release all political prisoners. They note with great concern …

The pronoun takes the speaker of the nearest claim before it in the paragraph when that claim's frame is the second
look's, and when the pronoun fits it: 'he' or 'she' a person the text has named, 'they' a group or people in the plural
(rule speaker.pronoun-after-second-look). Nothing else changes; the claims are remade with replace().
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from reader.core.claims.record import Claim
from reader.core.claims.rules.trace import fire

_SECOND = ("frame.second-", "quote.colon", "quote.subject-verb", "quote.verb-subject")
"""Rules of the second look's frames (second_frames.py, quote_frames.py)."""
_PERSONAL = frozenset(("he", "she"))


def _pronoun(text: str, c: Claim) -> str | None:
    """The subject pronoun the claim's speaker was read from ('she', 'they'), if it was one."""
    if c.speaker_span is None or "subject.pronoun" not in c.speaker_rules:
        return None
    low = text[c.speaker_span.start : c.speaker_span.end].lower()
    return low if low in _PERSONAL or low == "they" else None


def _fits(pronoun: str, name: str, persons: Container[str]) -> bool:
    """'he' or 'she' for a person the text has named, 'they' for anyone else (a group, a body, people in the plural)."""
    return (name in persons) == (pronoun in _PERSONAL)


def pronouns_after_second_look(text: str, claims: list[Claim], persons: Container[str]) -> list[Claim]:
    """The paragraph's claims with each pronoun right after a second-look frame given that frame's speaker."""
    out = list(claims)
    last: Claim | None = None
    for n in sorted(range(len(out)), key=lambda k: out[k].span.start):
        c = out[n]
        pronoun = _pronoun(text, c)
        if pronoun and last is not None and last.speaker and last.speaker != c.speaker and "speaker.previous-subject" not in c.speaker_rules \
                and any(r.startswith(_SECOND) for r in last.rules) and _fits(pronoun, last.speaker, persons):
            # (a pronoun read as the sentence before's subject keeps it: 'X answered Y, noting that Z had reported C. She
            # agreed, she said, …' is X's)
            fire("speaker.pronoun-after-second-look")
            c = out[n] = replace(c, speaker=last.speaker, role=last.role, speaker_candidates=(),
                                 speaker_rules=(*c.speaker_rules, "speaker.pronoun-after-second-look"))
        if c.speaker:
            last = c
    return out
