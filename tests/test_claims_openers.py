"""A sentence adverb before the subject with no comma after it ('In addition the authorities … said'): the subject
follows it (reader/core/claims/stages/frames/clause_subject.py), on a sentence of the news keys' Global Voices
articles (tests/gold/news/articles, CC BY 3.0)."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text
from tests.claim_rows import claims_of

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


def test_an_adverb_opening_the_sentence_leaves_its_pronoun_the_subject() -> None:
    """'Then she spoke to the farmers, calling the price unfair': 'Then' (also 'Later', 'Now', 'Meanwhile' with no comma) opens the
    sentence, and 'she' is still the subject both cues share; the whole sentence had been the article's own assertion."""
    claims = claims_of("Ann Lee owns the mill.\n\nThen she spoke to the farmers, calling the price unfair.")
    assert [(c.speaker, c.cue, c.quote) for c in claims if c.cue == "calling"] == [("Ann Lee", "calling", "the price unfair")]
    claims = claims_of("Ann Lee owns the mill.\n\nLater she changed her plan, explaining that the mill was safe.")
    assert [(c.speaker, c.quote) for c in claims if c.cue] == [("Ann Lee", "the mill was safe")]
    # 'Even' opens a clause of its own: 'Even after …, the union posted a note saying C' keeps the union as its speaker
    claims = claims_of("Even after the vote, the union posted a note saying: “The mill stays open!”")
    assert [(c.speaker, c.quote) for c in claims if c.kind == "quote"] == [("the union", "The mill stays open!")]
