"""Rules as named data (record.py) with gates derived from their patterns (gate.py).

The rules themselves are data, one TOML file a stage (`rules/<stage>.toml`, read by load.py); the stage that
applies them loads its file, so importing the extractor registers them all (`reader.core.claims.explain.all_rules`).
"""

from __future__ import annotations

from reader.core.claims.rules.gate import derive_gate, literal_words, uncovered, words_of
from reader.core.claims.rules.load import load_rules, pattern_of
from reader.core.claims.rules.record import RULES, Rule, rule

__all__ = ["RULES", "Rule", "derive_gate", "literal_words", "load_rules", "pattern_of", "rule", "uncovered", "words_of"]
