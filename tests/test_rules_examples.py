"""Every rule of the extractor is a named record with a real example (issue 14): the sentence of sample_articles/ it
exists for (or the press release of tests/gold/press/ it was written for), and the rule fires on it — read alone,
or, for a rule that needs what came before (a surname named earlier, the quote a pronoun follows), read where it
stands in its article."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from reader.core.claims.explain import all_rules
from reader.core.claims.extract import Extractor, extract_claims
from reader.core.claims.rules.trace import tracing
from reader.core.documents.document import Document, from_text, load_document
from reader.core.text.segment import paragraphs

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "sample_articles").glob("*.txt")) + [ROOT / "sample_articles" / "long" / "moby-dick.txt"] \
    + sorted((ROOT / "tests/gold/press/articles").glob("*.txt")) + sorted((ROOT / "tests/gold/news/articles").glob("*.txt")) \
    + sorted((ROOT / "tests/gold/wire/articles").glob("*.txt"))
"""The sample articles, the press releases of the press keys (real, published texts: tests/gold/press/SOURCES.md),
whose 'X said:' layout the sample articles do not have, and the Global Voices posts of the news keys
(tests/gold/news/SOURCES.md), whose quoted tweets and blogs (often in their original language first) they lack, and
the straight news of the wire keys (tests/gold/wire/SOURCES.md)."""
ID = re.compile(r"(?:cue|veto|frame|subject|content|speaker|kind|hedge|claim|quote|not-claim)\.[a-z][a-z-]*[a-z]")


@cache
def _documents() -> list[Document]:
    return [load_document(str(p)) for p in SOURCES]


def _where(example: str) -> tuple[Document, int] | None:
    for doc in _documents():
        at = doc.text.find(example)
        if at >= 0:
            return doc, at
    return None


def _fires_alone(rule_id: str, example: str) -> bool:
    with tracing() as fired:
        claims = extract_claims(from_text("Example\n\n" + example))
    return rule_id in fired or any(rule_id in c.rules or rule_id in c.speaker_rules for c in claims)


def _fires_in_place(rule_id: str, doc: Document, at: int, example: str) -> bool:
    """Read the article up to the example's paragraph; the rule fires while that paragraph is read, on a claim of the
    example's sentence, or (a rule that leaves no mark on a claim) in that paragraph."""
    x = Extractor(doc)
    for para in paragraphs(doc.text, doc.body_start):
        if para.end <= at:
            x.paragraph(para)
            continue
        with tracing() as fired:
            claims = x.paragraph(para)
        marked = [c for c in claims if rule_id in c.rules or rule_id in c.speaker_rules]
        return any(c.sentence is not None and c.sentence.start < at + len(example) and at < c.sentence.end for c in marked) \
            or (rule_id in fired and not marked)
    return False


def test_every_rule_has_an_id_a_reason_and_an_example() -> None:
    rules = all_rules()
    assert len(rules) >= 150
    for r in rules.values():
        assert ID.fullmatch(r.id), r.id
        assert r.why and r.example, r.id


@pytest.mark.parametrize("rule_id", sorted(all_rules()))
def test_the_rule_fires_on_its_example_from_the_sample_articles(rule_id: str) -> None:
    r = all_rules()[rule_id]
    found = _where(r.example)
    assert found is not None, f"{rule_id}: its example is not in sample_articles/"
    assert _fires_alone(rule_id, r.example) or _fires_in_place(rule_id, *found, r.example)
