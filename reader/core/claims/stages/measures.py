"""A figure read in a named poll, average or survey: the body that measured it is the statistic's source.

"Biden leading Trump … in the RealClearPolitics average, 50.1 to 42.9 percent": no cue, yet the article reports a
measurement someone else made, and a fact-checker checks it against that body. Only statistics nobody is said to
have made are read, and only a name (capitalised words) before the poll noun counts ("in a recent poll" names no
one). Its rule (id, what it decides, a real example): rules/measures.toml.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.claims.record import Claim
from reader.core.claims.rules import Rule, load_rules, rule, words_of
from reader.core.claims.rules.trace import fire
from reader.core.text.spans import Span

load_rules("measures", Rule)
MEASURE = rule("speaker.measure-source")
_NOT_NAMES = frozenset({"The", "A", "An", "In", "This", "That", "Its", "Their"})


def measure_sources(claims: list[Claim]) -> list[Claim]:
    """`claims` with each unattributed statistic's measuring body as its speaker, where the claim names one."""
    out = []
    for c in claims:
        if c.kind != "statistic" or c.speaker or c.cue or c.speaker_candidates or MEASURE.pattern is None \
                or not MEASURE.open(words_of(c.quote.lower())):
            out.append(c)
            continue
        m = MEASURE.pattern.search(c.quote)
        if m is None or m.group("s").split()[0] in _NOT_NAMES:
            out.append(c)
            continue
        fire(MEASURE.id)
        at = c.span.start + m.start("s")
        out.append(replace(c, speaker=m.group("s"), speaker_span=Span(at, at + len(m.group("s"))),
                           speaker_rules=(*c.speaker_rules, MEASURE.id)))
    return out
