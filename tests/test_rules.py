"""Rules as named data: the record, the registry and the gates derived from patterns (reader/core/claims/rules/)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from reader.core.claims.rules import RULES, Rule, derive_gate, literal_words, words_of


@pytest.mark.parametrize(("pattern", "gate"), [
    (r"\bsaid\b", {"said"}),
    (r"\b(?:say|says|said)\b", {"say", "says", "said"}),
    (r"\b(?:[Aa]ccording to|^Per)\s+", {"according", "per"}),
    (r"\brumou?red\b", {"rumored", "rumoured"}),
    (r"\brecogni[sz]e\b", {"recognise", "recognize"}),
    (r"\b(?:made|issued|released) the following (?:statement|message)\b", {"following"}),
    (r"\b(?:(?:has|have|also)\s+)*(?:said|told)\b", {"said", "told"}),
    (r"\b(?:read|reads)(?:,? in part,?)?(?=\s*:)", {"read", "reads"}),
    (r"(?i)\bit is (?:reported|claimed) that\b", {"reported", "claimed"}),
])
def test_gate_is_read_off_the_pattern(pattern: str, gate: set[str]) -> None:
    assert derive_gate(re.compile(pattern)) == gate


@pytest.mark.parametrize("pattern", [
    r"\w+ said",  # the word before 'said' may run into it: no word every match holds between separators
    r"said\w*",
    r"[a-z]+ing\b",
])
def test_a_pattern_with_no_bounded_word_has_no_gate(pattern: str) -> None:
    assert derive_gate(re.compile(pattern)) is None


def test_literal_words_list_every_bounded_word() -> None:
    assert literal_words(re.compile(r"\bwent on to (?:say|add)\b")) == {"went", "on", "to", "say", "add"}


def test_words_of_splits_on_anything_but_ascii_letters() -> None:
    assert words_of("counter-argument, it’s “said”") == {"counter", "argument", "it", "s", "said"}


@pytest.fixture
def scratch_rules() -> Iterator[None]:
    """Rules a test makes leave the registry when it ends."""
    before = dict(RULES)
    yield
    RULES.clear()
    RULES.update(before)


def test_a_rule_registers_under_its_id_and_gates_by_its_pattern(scratch_rules: None) -> None:
    r = Rule(id="test.released-following", why="a test rule", example="The ministry released the following statement:",
             pattern=re.compile(r"\b(?:released|issued) the following (?:statement|message)\b"))
    assert RULES["test.released-following"] is r
    assert r.gate == {"following"}
    assert r.open(words_of("the ministry released the following statement")) and not r.open({"ministry", "said"})
    with pytest.raises(ValueError):
        Rule(id="test.released-following", why="another", example="x")


def test_a_rule_with_trigger_words_keeps_them(scratch_rules: None) -> None:
    r = Rule(id="test.triggered", why="a test rule", example="He said so.", triggers=frozenset({"said"}))
    assert r.gate == {"said"} and r.open({"said"}) and not r.open({"told"})


def test_no_function_of_the_extractor_is_above_complexity_15() -> None:
    """ruff's mccabe check (pyproject: max-complexity = 15) on the extractor: rules go into records, not branches."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "C901", "--output-format", "concise", "reader/core/claims"],
                          cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_rule_files_load_once_into_the_records_the_stages_apply() -> None:
    """rules/<stage>.toml is read once: a second load gives the very same records (no second registration)."""
    from reader.core.claims.rules import load_rules
    from reader.core.claims.stages.frames import cue, vetoes

    again = load_rules("cue", Rule)
    assert again["phrase"] is cue.PHRASES and again["verb"] is cue.VERB_RULES
    assert all(isinstance(v, vetoes.Veto) for v in vetoes.CUE_VETOES + vetoes.NOUN_VETOES)
    assert cue.VERB_RULES[0].triggers is not None and "said" in cue.VERB_RULES[0].triggers  # `triggers = 'CUE_VERBS'`


def test_rule_files_keep_flags_and_fill_named_pieces() -> None:
    """`flags = 'i'` compiles case-insensitively; `${NAME}` is the piece the stage builds from its lexicon."""
    from reader.core.claims.explain import all_rules
    from reader.core.claims.lexicon import alternation
    from reader.core.claims.lexicon.time import MONTHS, WEEKDAYS

    rules = all_rules()
    reaching = rules["not-claim.reaching-sources"].pattern
    assert reaching is not None and reaching.flags & re.IGNORECASE and reaching.search("Declined to comment")
    ruled_on = rules["veto.ruled-on"].pattern
    assert ruled_on is not None and alternation(WEEKDAYS + MONTHS) in ruled_on.pattern and "${" not in ruled_on.pattern


def test_every_rule_file_is_registered() -> None:
    """Each TOML file under rules/ is read by `all_rules` (those no stage applies by hand, on that first call)."""
    import tomllib
    from pathlib import Path

    from reader.core.claims import rules as rules_pkg
    from reader.core.claims.explain import all_rules

    registered = all_rules()
    files = sorted(Path(rules_pkg.__file__).parent.glob("*.toml"))
    assert len(files) >= 20
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        ids = [row["id"] for rows in data.values() for row in rows]
        assert ids and all(i in registered for i in ids), path.name
