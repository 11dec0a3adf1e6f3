"""A heading in sentence case between paragraphs states nothing; a summary line or list item with a verb does."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text


def _quotes(text: str) -> list[str]:
    return [c.quote for c in extract_claims(from_text(text, "t"))]


_BODY = "The mill at Acme opened in 1990. It employs 40 people, the Herald reported last week."


def test_a_heading_without_a_verb_is_no_claim() -> None:
    quotes = _quotes(f"Title\n\n{_BODY}\n\nNew rules for grain storage and milling this coming winter\n\n{_BODY}\n")
    assert not any("grain storage" in q for q in quotes)
    assert any("opened in 1990" in q for q in quotes)


def test_a_heading_that_opens_on_a_question_word_is_no_claim() -> None:
    quotes = _quotes(f"Title\n\n{_BODY}\n\nWhy the price of flour may rise again\n\n{_BODY}\n")
    assert not any("price of flour" in q for q in quotes)


def test_a_summary_line_with_a_verb_stays_a_claim() -> None:
    quotes = _quotes(f"Title\n\n{_BODY}\n\nFarm Minister sets out plans for a new grain store\n\n{_BODY}\n")
    assert any("sets out plans" in q for q in quotes)
    quotes = _quotes(f"Title\n\n{_BODY}\n\nThe new store will hold grain for two winters\n\n{_BODY}\n")
    assert any("hold grain" in q for q in quotes)


def test_a_list_item_and_a_tweet_line_are_no_headings() -> None:
    quotes = _quotes(f"Title\n\nThe plan will:\n\nBuild a second grain store; and\n\n{_BODY}\n")
    assert any("second grain store" in q for q in quotes)
    quotes = _quotes(f"Title\n\n{_BODY}\n\n@annlee: Grain prices at the mill today #farming\n\n{_BODY}\n")
    assert any("Grain prices" in q for q in quotes)
