"""A 'he' or 'she' later in a sentence whose subject is a person's name stands for that person ('Joe Smith included the
mill on a list of places he said had flooded'), not for the last speaker; not inside a quotation, not after a
subordinate clause's subject, and not when another full name stands between. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in _claims(text)}


def test_a_pronoun_later_in_the_sentence_is_its_subject() -> None:
    speakers = _speakers("Tom Baker said the mill was fine.\n\nJoe Smith put the mill first among the places he said had flooded.")
    assert speakers["had flooded"] == "Joe Smith"


def test_a_pronoun_after_another_full_name_is_not_resolved_so() -> None:
    speakers = _speakers("Tom Baker said the mill was fine.\n\nJoe Smith met Tom Baker on Monday, and he said the vote was fair.")
    assert speakers["the vote was fair"] != "Joe Smith"


def test_a_subordinate_clause_subject_is_not_the_pronoun() -> None:
    speakers = _speakers("Tom Baker said the mill was fine.\n\nIf Ann Lee is elected, he said, the mill will close.")
    assert speakers.get("the mill will close") != "Ann Lee"
