"""Whole-word search by str.find (reader/core/text/words.py): the same matches as a word-bounded regex."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
