"""Where a cue's content ends at a clause of the sentence's own.

- A cue inside the sentence's opening adverbial clause: 'When the media reports a rape by “foreigners,” it engages in
  dog-whistling'. The clause is background to the main clause after its comma, so what the cue reports ends at that
  comma; the main clause is the sentence's own statement (content.lead-clause).
- ', but' and a clause with a subject of its own: 'Hong Lei offered little explanation for the expulsion, but online
  speculation points to …' (content.but-clause). What follows 'but' is no longer what the cue's subject said.
"""

from __future__ import annotations

import re

from reader.core.claims.lexicon import alternation
from reader.core.claims.lexicon.connectives import ADVERBIAL_SUBORDINATORS, OPENERS
from reader.core.claims.lexicon.verbs import FINITE, IRREGULAR_PAST, MODALS, MORE_IRREGULAR_PAST

_OPENS = re.compile(r"\s*(?:(?:" + alternation(OPENERS, title=True) + r"),?\s+)?(?:" + alternation(ADVERBIAL_SUBORDINATORS, title=True)
                    + r")\s+")
_MAIN_VERB = r"(?:(?:not\s+only|only|also|still)\s+)?(?:[a-z]+ed|" + alternation(("says", "tells", "yelled", *FINITE, *MODALS, "will", "would",
                                                                                 "did", "does", *IRREGULAR_PAST, *MORE_IRREGULAR_PAST)) + r")\b"
_CLAUSE_END = re.compile(r"(?:,[”’\"]?|(?<=[”\"])|\s[―—–])(?=\s+(?:it|he|she|they|we|I|you|this|there)(?:\s|[’'](?:s|re|ll|d|ve|m)\b)"
                         r"|\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}" + _MAIN_VERB +
                         r"|\s+(?:an?|the|some|many|his|her|their|its|this|these|those)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z]+\s+" + _MAIN_VERB + ")")
"""The clause's comma before the main clause's subject pronoun ('…, it engages') or a name and its past or speech verb
('When Trump suggested that C, Rubio fired back') or a common noun's ('…, a woman shouted', '…, the talks went on', '…, the mill
will close'; any finite verb, an irregular past or an auxiliary, perhaps after 'only'); 'there’s' and 'it’s' open one too.
A comma before anything else may be an apposition's or a list's ('those stage managers, the Fates, put me down'). In the
masked sentence a comma inside a closing quote is masked with the quote's words, so a closing quote mark before the pronoun
ends the clause too; so does a dash that closes an aside ('When X said C ― a claim the mill denies ― Y replied')."""


def lead_clause_end(ms: str, subject_start: int, content_start: int) -> int | None:
    """Where the content of a cue whose subject opens the sentence's adverbial clause ends (the clause's comma), or None
    when the subject does not open such a clause."""
    m = _OPENS.match(ms)
    if m is None or m.end() != subject_start:
        return None
    end = _CLAUSE_END.search(ms, content_start)
    return end.start() if end else None


_NOT_SUBJECT = r"(?!(?:would|could|should|will|can|may|might|must|did|does|do|not|also|then|still|had|has|have|that)\b)"
"""Words that open no subject after 'but'; 'but that …' goes on with what was said ('said C, but that he would not …')."""
_BUT_CLAUSE = re.compile(r",\s+but\s+(?=" + _NOT_SUBJECT + r"(?:the\s+|a\s+|an\s+|some\s+|many\s+|most\s+)?(?:[a-z][\w’'-]*\s+){0,2}"
                         r"[a-z][\w’'-]*\s+(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|does|do|did)\b"
                         r"|[a-z]+(?<!ss)s\s+(?:to|that|at|out)\b))")
"""', but' before a lower-case subject of up to three words and its finite verb: an auxiliary, or a present verb in -s
followed by 'to', 'that', 'at', 'out' ('but online speculation points to', 'but critics say that' is a cue's own frame)."""


_BUT_NAMED = re.compile(r",?\s+but\s+(?=(?:[A-Z][\w’'-]*\s+){1,3}(?:also\s+)?(?:disagreed|disputed|denied|rejected|countered|objected|"
                        r"said|says|insisted|argued|warned|cautioned)\b)")
"""' but' before a named subject and its cue: another speaker's answer ('Smith said the drug was safe but Jones disagreed')."""
_NO_SUPPORT = re.compile(r"[,\s](?:(?<=,)\s+|\s*)(?:but|and)\s+(?:(?:gave|offered|provided|cited|presented|produced)\s+no\b"
                         r"|(?:did\s+not|didn[’']t|would\s+not|wouldn[’']t|declined|refused|failed)\s+(?:to\s+)?(?:give|offer|provide|say|elaborate|comment|cite|present|"
                         r"specify|explain|identify|name|disclose|detail|share|produce)\b)")
"""', but offered no evidence', ', but declined to elaborate': the article on how the source spoke, not what was said.
It opens as ',?\\s+' does, with a character class the regex engine skips to (an optional comma first made it try every
position of the content)."""


def but_clause_end(ms: str, content_start: int) -> int | None:
    """Where a content ends at ', but' and a clause with its own subject, or at what the source did not give ('…, but
    offered no evidence'), or None."""
    ends = [m.start() for m in (_BUT_CLAUSE.search(ms, content_start), _NO_SUPPORT.search(ms, content_start),
                                _BUT_NAMED.search(ms, content_start) if " but " in ms else None) if m]
    return min(ends) if ends else None
