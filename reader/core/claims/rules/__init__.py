"""Rules as named data (record.py) with gates derived from their patterns (gate.py).

The rules themselves are data, one TOML file a stage (`rules/<stage>.toml`, read by load.py). A stage that applies
its records (cues, vetoes, not-claims) loads its file on import; the others name their rules by id, and their files
are read when someone asks for every rule (`reader.core.claims.explain.all_rules`).
"""

from __future__ import annotations

from reader.core.claims.rules.gate import derive_gate, literal_words, uncovered, words_of
from reader.core.claims.rules.load import load_every_file, load_rules, pattern_of
from reader.core.claims.rules.record import RULES, Rule, rule

__all__ = ["RULES", "Rule", "derive_gate", "literal_words", "load_every_file", "load_rules", "pattern_of", "rule", "uncovered", "words_of"]
