"""The rule files: each stage's rules as data (`rules/<stage>.toml`), read once into the frozen records.

A rule is data: its id, the line saying what it decides, its real example and, when a regex is what it tests, the
pattern. Keeping them in TOML rather than as runs of `Rule(...)` calls lets a reader see a stage's vocabulary at a
glance and keeps the Python to what applies the rules. A file holds arrays of tables, one per group of the stage
(`[[rule]]`, or `[[phrase]]`, `[[verb]]` … where the stage keeps groups apart), in the order the stage tries them.

Keys: `id`, `why`, `example` (strings); `pattern` (a TOML literal string, or a list of them joined, for a long one)
with `flags` (letters of `re` flags, e.g. `"i"`); `triggers` (the name of a word list the stage passes in);
any other key goes to the record's constructor as it is (a veto's `stem`). A pattern may name a piece the stage
builds from its lexicon as `${NAME}` (the stage passes the text). What a record needs that is not data (a veto's
test) the stage's `make` adds.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from reader.core.claims.rules.record import RULES, Rule

R = TypeVar("R", bound=Rule)

_HERE = Path(__file__).parent
_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}
_FILL = re.compile(r"\$\{(\w+)\}")
_LOADED: dict[str, tuple[Callable[..., Any], dict[str, tuple[Any, ...]]]] = {}
"""Each file's maker and records once made: a second load returns them (a rule registers its id once)."""


def load_rules(stage: str, make: Callable[..., R], *, fills: Mapping[str, str] | None = None,
               words: Mapping[str, frozenset[str]] | None = None) -> dict[str, tuple[R, ...]]:
    """The groups of `rules/<stage>.toml` as records made by `make` (Rule, or a subclass's factory), patterns
    compiled once; `fills` are the `${NAME}` pieces of its patterns, `words` the word lists its `triggers` name."""
    loaded = _LOADED.get(stage)
    if loaded is None:
        data = tomllib.loads((_HERE / f"{stage}.toml").read_text(encoding="utf-8"))
        loaded = _LOADED[stage] = (make, {group: tuple(make(**_fields(row, fills or {}, words or {})) for row in rows)
                                          for group, rows in data.items()})
    elif loaded[0] is not make:
        raise RuntimeError(f"rules/{stage}.toml was loaded as {loaded[0].__name__} records, not {make.__name__}")
    return loaded[1]


def load_every_file() -> None:
    """Register the rules of every file not loaded yet, as plain rules. The stages load at import only the files
    whose records they apply (cues, vetoes, not-claims); the others they name by id, so those are read here, when
    someone asks about rules (`--explain`, the tests), not at every start. Call it once the extractor is imported:
    a file whose stage makes its own records (a veto's test, a cue's word list) must be loaded by that stage."""
    for path in sorted(_HERE.glob("*.toml")):
        if path.stem not in _LOADED:
            load_rules(path.stem, Rule)


def _fields(row: dict[str, Any], fills: Mapping[str, str], words: Mapping[str, frozenset[str]]) -> dict[str, Any]:
    """A row of the file as the record's fields: the pattern compiled with its flags, the trigger list looked up."""
    out = dict(row)
    source = out.pop("pattern", None)
    flags = out.pop("flags", "")
    if source is not None:
        text = "".join(source) if isinstance(source, list) else source
        out["pattern"] = re.compile(_FILL.sub(lambda m: fills[m.group(1)], text), _flag_bits(flags))
    if "triggers" in out:
        out["triggers"] = words[out["triggers"]]
    return out


def _flag_bits(letters: str) -> int:
    bits = 0
    for letter in letters:
        bits |= _FLAGS[letter]
    return bits


def pattern_of(rule_id: str) -> re.Pattern[str]:
    """The pattern of a registered rule that has one (a stage that also applies it by hand, outside the record)."""
    pattern = RULES[rule_id].pattern
    if pattern is None:
        raise KeyError(f"rule {rule_id!r} has no pattern")
    return pattern
