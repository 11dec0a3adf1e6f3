"""Rules as named data (record.py) with gates derived from their patterns (gate.py).

The rules themselves live beside the stage that applies them (`reader.core.claims.stages`); `all_rules()`
imports every stage so the registry is complete.
"""

from __future__ import annotations

from reader.core.claims.rules.gate import derive_gate, literal_words, words_of
from reader.core.claims.rules.record import RULES, Rule, rule

__all__ = ["RULES", "Rule", "all_rules", "derive_gate", "literal_words", "rule", "words_of"]


def all_rules() -> dict[str, Rule]:
    """Every rule of the extractor, by id (importing the extractor registers them)."""
    import reader.core.claims.extract  # noqa: F401 - registers the rules of every stage

    return RULES
