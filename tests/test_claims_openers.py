"""A sentence adverb before the subject with no comma after it ('In addition the authorities … said'): the subject
follows it (reader/core/claims/stages/frames/clause_subject.py), on a sentence of the news keys' Global Voices
articles (tests/gold/news/articles, CC BY 3.0)."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text

NEWS = Path(__file__).parent / "gold" / "news" / "articles"


def test_in_addition_without_its_comma_opens_the_sentence_before_its_subject() -> None:
    text = (NEWS / "gv-egypt-gizawy-arrest.txt").read_text(encoding="utf-8")
    at = text.index("In addition the authorities")
    sentence = text[at : text.index(".", at) + 1]
    cl = extract_claims(from_text("News\n\n" + sentence, "news.txt"))
    said = [c for c in cl if "did not notice" in c.quote]
    assert [(c.speaker, c.cue) for c in said] == [("the authorities at Cairo airport", "said")], said
    assert said[0].quote.startswith("they did not notice")


def test_in_addition_to_is_a_phrase_not_an_opener() -> None:
    from reader.core.claims.stages.frames.clause_subject import opener_len

    assert opener_len("In addition the authorities said") == len("In addition ")
    assert opener_len("In addition to the ban the ministry said") == 0
    assert opener_len("Furthermore, officials said") == len("Furthermore, ")
