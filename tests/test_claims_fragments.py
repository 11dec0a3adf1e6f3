"""A piece of a sentence with no verb ('but without the guarantee', 'under a tenth of it') is no claim; a piece with a
verb, a participle or a subject pronoun is. The sentences are written for these tests."""

from __future__ import annotations

from reader.core.claims.stages.fragments import is_fragment
from tests.claim_rows import claims_of as _claims


def _piece(sentence: str, piece: str) -> bool:
    at = sentence.index(piece)
    return is_fragment(sentence, at, at + len(piece), 0)


def test_a_piece_without_a_verb_is_a_fragment() -> None:
    sentence = "The mill sells flour to the town, but without the guarantee, and under a tenth of it."
    assert _piece(sentence, "without the guarantee")
    assert _piece(sentence, "under a tenth of it")


def test_a_piece_with_a_verb_or_a_subject_is_no_fragment() -> None:
    sentence = "The mill closed, they sell at a loss, ask him for a loan, farmers sold their land, carrying sacks."
    for piece in ("they sell at a loss", "ask him for a loan", "farmers sold their land", "carrying sacks"):
        assert not _piece(sentence, piece), piece
    assert not _piece(sentence, "The mill closed")  # the sentence's opening is read elsewhere


def test_the_fragment_gives_no_claim_and_the_clause_stays() -> None:
    claims = _claims("Acme would then sell the flour to the farmers at cost, but without the guarantee.")
    assert [c.quote for c in claims] == ["Acme would then sell the flour to the farmers at cost"]
