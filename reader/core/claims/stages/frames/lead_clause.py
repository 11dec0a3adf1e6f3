"""A cue inside a sentence's opening adverbial clause: 'When the media reports a rape by “foreigners,” it engages in
dog-whistling', 'If the government says the economy is growing, the figures …'. The clause is background to the main
clause after its comma, so what the cue reports ends at that comma; the main clause is the sentence's own statement."""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.connectives import ADVERBIAL_SUBORDINATORS, OPENERS

_OPENS = re.compile(r"\s*(?:(?:" + alternation(OPENERS, title=True) + r"),?\s+)?(?:" + alternation(ADVERBIAL_SUBORDINATORS, title=True)
                    + r")\s+")
_CLAUSE_END = re.compile(r"(?:,[”’\"]?|(?<=[”\"]))(?=\s+(?:it|he|she|they|we|I|you|this|there)\s)")
"""The clause's comma before the main clause's subject pronoun ('…, it engages'): a comma before anything else may be
an apposition's or a list's ('those stage managers, the Fates, put me down'). In the masked sentence a comma inside a
closing quote is masked with the quote's words, so a closing quote mark before the pronoun ends the clause too."""


def lead_clause_end(ms: str, subject_start: int, content_start: int) -> int | None:
    """Where the content of a cue whose subject opens the sentence's adverbial clause ends (the clause's comma), or None
    when the subject does not open such a clause."""
    m = _OPENS.match(ms)
    if m is None or m.end() != subject_start:
        return None
    end = _CLAUSE_END.search(ms, content_start)
    return end.start() if end else None
