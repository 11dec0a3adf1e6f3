"""Cues of speech that the lexicon had missed: a statement announced ahead ('will point out that C'), a view given in a
column ('opined that C') and a threat made in words ('threatened that C'). The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.speaker, c.cue, c.quote) for c in _claims(text) if c.cue]


def test_a_point_announced_ahead_is_the_speakers() -> None:
    assert _said("Tom Baker will also point out that the mill lost money last year.") == [
        ("Tom Baker", "will also point out", "the mill lost money last year")]


def test_an_opinion_given_in_a_column_is_the_writers() -> None:
    assert _said("Ann Lee opined in her column that the mill was a fraud.") == [("Ann Lee", "opined", "the mill was a fraud")]


def test_a_threat_made_in_words_is_a_statement() -> None:
    assert _said("Tom Baker threatened that the mill would close.") == [("Tom Baker", "threatened", "the mill would close")]


def test_a_threat_to_act_is_no_statement_of_a_clause() -> None:
    assert not any(c.cue == "threatened" and c.quote.startswith("that") for c in _claims("Tom Baker threatened to close the mill."))


def test_a_threat_coordinated_after_another_verb_keeps_the_subject() -> None:
    assert _said("Tom Baker spoke to the farmers and threatened that the mill would close.") == [
        ("Tom Baker", "threatened", "the mill would close")]


def test_whom_a_statement_was_addressed_to_is_no_part_of_it() -> None:
    assert _said("Ann Lee wrote to the mayor's office that the mill had no permit.") == [("Ann Lee", "wrote", "the mill had no permit")]
    assert _said("Tom Baker complained to the Herald that the mill had cut wages.") == [
        ("Tom Baker", "complained", "the mill had cut wages")]
