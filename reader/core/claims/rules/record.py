"""The rule record: every decision the extractor makes is taken by a named rule, kept as data.

The shape is that of Presidio's `Pattern(name, regex, score)` and spaCy's ruler patterns with an `id`: a rule
has an id (`<stage>.<name>`, e.g. `frame.said-that`, `veto.called-for`, `speaker.pronoun`), a line saying what
it decides, the real sentence from `sample_articles/` it exists for, and, when a regex is what it tests, that
pattern. Its gate, the words one of which every match holds, is derived from the pattern (gate.py); a rule
that is not a single regex lists its trigger words by hand, and tests/test_rules.py proves that the literal
words of its pattern are among them.

Every rule registers itself under its id (`RULES`), so `reader claims FILE --explain` can say, for each claim,
which rules made it and which chose its speaker, and a test can check every rule's example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.claims.rules.gate import derive_gate

RULES: dict[str, Rule] = {}
"""Every rule by id, in the order the modules define them."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """One named rule. Subclasses (a veto, a speaker heuristic …) add the function that applies it."""

    id: str
    why: str
    """What the rule decides, in one line."""
    example: str
    """A real sentence (from sample_articles/) the rule exists for: the rule fires on it."""
    pattern: re.Pattern[str] | None = None
    triggers: frozenset[str] | None = None
    """Lower-case words one of which the text must hold for the rule to fire; None: derived from `pattern`."""

    def __post_init__(self) -> None:
        old = RULES.get(self.id)
        if old is not None and old is not self:
            raise ValueError(f"two rules share the id {self.id!r}")
        RULES[self.id] = self

    @property
    def gate(self) -> frozenset[str] | None:
        """The trigger words in force: `triggers`, else the pattern's derived gate (worked out on first use);
        None: always tried."""
        if self.triggers is not None:
            return self.triggers
        return derive_gate(self.pattern) if self.pattern is not None else None

    def open(self, words: set[str] | frozenset[str]) -> bool:
        """Whether a text with these lower-case words may hold a match (no gate: always)."""
        gate = _GATES.get(self.id, _UNSET)
        if gate is _UNSET:
            gate = _GATES[self.id] = self.gate
        return gate is None or not gate.isdisjoint(words)  # type: ignore[union-attr]


_UNSET = object()
_GATES: dict[str, object] = {}
"""Each rule's gate once worked out (rules are frozen records; their gates never change)."""


def warm_gates() -> None:
    """Work out every rule's gate now rather than on first use (a process that loads the rules before it has a
    text to read: reader.core.session.extract_process)."""
    for r in RULES.values():
        r.open(frozenset())


def rule(rule_id: str) -> Rule:
    """The rule registered under an id (KeyError for an unknown one)."""
    return RULES[rule_id]
