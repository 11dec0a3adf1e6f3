"""A figure read in a named poll, average or survey: the body that measured it is the statistic's source.

"Biden leading Trump … in the RealClearPolitics average, 50.1 to 42.9 percent": no cue, yet the article reports a
measurement someone else made, and a fact-checker checks it against that body. Only statistics nobody is said to
have made are read, and only a name (capitalised words) before the poll noun counts ("in a recent poll" names no
one). A body that releases a report showing a figure is that figure's source too ("The Commerce department released
a report showing growth in GDP of 33.1 percent"), the report its via. Its rules (id, what each decides, a real
example): rules/measures.toml.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.claims.record import Claim
from reader.core.claims.rules import Rule, load_rules, rule, words_of
from reader.core.claims.rules.trace import fire
from reader.core.claims.stages.speakers.names import split_subject
from reader.core.text.spans import Span

load_rules("measures", Rule)
MEASURE = rule("speaker.measure-source")
RELEASED = rule("speaker.released-findings")
_NOT_NAMES = frozenset({"The", "A", "An", "In", "This", "That", "Its", "Their"})


def measure_sources(claims: list[Claim]) -> list[Claim]:
    """`claims` with each unattributed statistic's measuring body as its speaker, where the claim names one."""
    out = []
    for c in claims:
        if c.kind != "statistic" or c.speaker or c.cue or c.speaker_candidates:
            out.append(c)
            continue
        words = words_of(c.quote.lower())
        m = MEASURE.pattern.search(c.quote) if MEASURE.pattern is not None and MEASURE.open(words) else None
        if m is not None and m.group("s").split()[0] not in _NOT_NAMES:
            fire(MEASURE.id)
            out.append(_sourced(c, m, MEASURE.id, None))
            continue
        m = RELEASED.pattern.match(c.quote) if RELEASED.pattern is not None and RELEASED.open(words) else None
        if m is not None and not split_subject(m.group("s")).person:
            fire(RELEASED.id)
            out.append(_sourced(c, m, RELEASED.id, m.group("doc")))
            continue
        out.append(c)
    return out


def _sourced(c: Claim, m: re.Match[str], rule_id: str, via: str | None) -> Claim:
    at = c.span.start + m.start("s")
    return replace(c, speaker=m.group("s"), speaker_span=Span(at, at + len(m.group("s"))), via=via or c.via,
                   speaker_rules=(*c.speaker_rules, rule_id))
