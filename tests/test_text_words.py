"""Whole-word search by str.find (reader/core/text/words.py) and alternations as tries (alternation.py): the same matches
as the plain regexes they stand for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.claims.stages.frames.cue import _STARTS as CUE_START_WORDS
from reader.core.text.alternation import _expand, by_prefix
from reader.core.text.segment import paragraphs
from reader.core.text.words import whole_words

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = [p.of(t) for t in (f.read_text(encoding="utf-8") for f in sorted((ROOT / "sample_articles").glob("*.txt")))
              for p in paragraphs(t)]


@pytest.mark.parametrize("word", ["Obama", "a", "aa", "a-a", "O'Neil", "Erdoğan", "_x", "van Dyk", "1", "é"])
def test_whole_words_finds_what_a_word_bounded_regex_finds(word: str) -> None:
    texts = PARAGRAPHS[:300] + ["aaa aa a-a-a a-a aa_ Obama’s Obamas _Obama O'Neil's", "ééé é é1 1é 1 11 van Dyk van Dyke", ""]
    for t in texts:
        want = [m.span() for m in re.finditer(r"\b" + re.escape(word) + r"\b", t)]
        assert whole_words(t, word) == want, (word, t[:80])


@pytest.mark.parametrize("words", [["said", "sai", "says", "s", "saying"], ["a", "an", "and", "andes", "b"], sorted(CUE_START_WORDS)])
def test_a_trie_alternation_matches_what_the_longest_first_list_matches(words: list[str]) -> None:
    trie = re.compile(r"\b" + by_prefix(words))
    flat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")")
    for t in [*PARAGRAPHS, "sai said says saying s andes and an a b", ""]:
        low = t.lower()
        assert [m.span() for m in trie.finditer(low)] == [m.span() for m in flat.finditer(low)], t[:80]


def test_a_branched_hedge_pattern_matches_what_the_flat_one_matches() -> None:
    """branch_by_first_char expands a leading group, nested ones too ('(?:was|(?:has|had) been) expected to'), so the
    hedge patterns branch: the same matches at the same places as the flat alternation on every sample paragraph."""
    from reader.core.claims.lexicon.hedges import HEDGES, REPORT_HEDGES
    from reader.core.claims.stages.paragraph import HEDGES_LOW, RHEDGES_LOW

    assert _expand("(?:was|(?:has|had) been)(?: now)? expected") == ["was(?: now)? expected", "has been(?: now)? expected",
                                                                     "had been(?: now)? expected"]
    assert _expand("(?:a|b)?c") == ["(?:a|b)?c"]
    for branched, rx in ((HEDGES_LOW, HEDGES), (RHEDGES_LOW, REPORT_HEDGES)):
        assert branched.pattern.startswith("(r(?:"), branched.pattern[:40]  # grouped by first letter
        flat = re.compile(rx.pattern.replace(r"(?<![^\W\d])\b(", "("))
        for t in [*PARAGRAPHS, "this was reported to be, it has been widely said that they had been expected to", ""]:
            low = t.lower()
            assert [m.span() for m in branched.finditer(low)] == [m.span() for m in flat.finditer(low)], t[:80]
