"""The cue pattern: cue phrases (named rules, tried first) and single cue verbs after optional auxiliaries.

A frame starts where a cue matches in the masked sentence. The phrases are rules of their own (rules/cue.toml; a
phrase that matches is the frame's cue rule); a single verb is named by the list it comes from (lexicon/cues.py). The
paragraph gate of the whole pattern is derived from it (`CUE_GATE`): a paragraph holding none of those words
has no frame, and its sentences are not searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.claims.lexicon.cues import AUXILIARIES, BETWEEN_QUOTES, CUE_VERBS, STANCE_VERBS, STUDY_CUES, VERB_CUES
from reader.core.claims.rules import Rule, derive_gate, load_rules
from reader.core.claims.rules.gate import word_starts
from reader.core.text.alternation import by_first_char, by_prefix

_RULES = load_rules("cue", Rule, words={"CUE_VERBS": CUE_VERBS, "VERB_CUES": VERB_CUES, "STUDY_CUES": STUDY_CUES, "STANCE_VERBS": STANCE_VERBS,
                                        "BETWEEN_QUOTES": BETWEEN_QUOTES})
PHRASES = _RULES["phrase"]
"""Multi-word cues, tried before the single verbs (the first that matches at a place wins)."""
STANCE_PHRASES = _RULES["stance_phrase"]
"""Multi-word stance cues: the claim starts at the phrase."""
VERB_RULES = _RULES["verb"]
"""Single cue verbs by the list they come from (a verb in several lists is named by the first)."""

_VERB_RULE: dict[str, str] = {}
for _r in reversed(VERB_RULES):  # a verb in several lists is named by the first
    _VERB_RULE.update(dict.fromkeys(_r.triggers or (), _r.id))

_AUX = r"(?:(?:" + by_first_char(AUXILIARIES) + r")\s+)*"
CUE_RE = re.compile(
    r"(?P<phrase>" + "|".join(r.pattern.pattern for r in PHRASES if r.pattern)
    + r"|(?P<stance>" + "|".join(r.pattern.pattern for r in STANCE_PHRASES if r.pattern) + r"))"
    r"|\b(?P<aux>" + _AUX + r")(?P<verb>" + by_first_char(
        sorted(CUE_VERBS | STUDY_CUES | VERB_CUES | STANCE_VERBS | BETWEEN_QUOTES, key=len, reverse=True))
    + r")\b"
)
"""Auxiliaries and cue verbs branched by first character (see alternation.py): tried at every word boundary of a
cue sentence, a flat list of some 200 verbs was most of the extractor's time. The multi-word phrases go first, so
"offered a conservative estimate that" is the phrase, not the stance verb 'offered'."""

CUE_GATE: frozenset[str] = frozenset().union(*(derive_gate(r.pattern) or () for r in PHRASES + STANCE_PHRASES if r.pattern),
                                              *(r.triggers or () for r in VERB_RULES))
"""Words one of which every cue match holds, read off the parts CUE_RE is built from: each phrase's gate, and the
single verbs (each stands between word boundaries). A paragraph with none has no frame; tests/test_claims_gates.py
checks it against every expansion of CUE_RE itself."""
_STARTS = word_starts(CUE_RE)
assert _STARTS is not None, "every cue match starts with a known word"
CUE_STARTS = re.compile(r"\b" + by_prefix(_STARTS))
"""Where a cue match can start (read off CUE_RE): one alternation as a trie, scanned fast, CUE_RE tried only
there. `cue_matches` gives exactly the matches of CUE_RE.finditer."""


def cue_matches(ms: str, start: int) -> Iterator[re.Match[str]]:
    """CUE_RE.finditer(ms, start), found by trying CUE_RE only where a cue word starts."""
    end = 0
    for c in CUE_STARTS.finditer(ms, start):
        if c.start() < end:
            continue
        m = CUE_RE.match(ms, c.start())
        if m is not None:
            end = m.end()
            yield m


def cue_rule(m: re.Match[str], verb: str) -> str:
    """The id of the rule a cue match is: the phrase that matched there, else the list its verb comes from."""
    if m.group("phrase"):
        rules = STANCE_PHRASES if m.group("stance") else PHRASES
        start = m.start("phrase")
        return next(r.id for r in rules if r.pattern and r.pattern.match(m.string, start))
    return _VERB_RULE[verb]
