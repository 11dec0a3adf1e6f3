"""A semicolon between the items of a list cuts no statement: 'The mill sells A; B; and C' is one claim. A semicolon
between clauses still cuts. The sentences are written for these tests."""

from __future__ import annotations

from reader.core.claims.stages.fragments import list_item
from tests.claim_rows import claims_of as _claims


def _item(sentence: str, piece: str) -> bool:
    at = sentence.index(piece)
    return list_item(sentence, at, at + len(piece))


def test_items_without_a_verb_are_list_items() -> None:
    sentence = "The shop sells rye and spelt flour; oat bran; sacks of barley, malt and hops; and dry beans."
    for piece in ("oat bran", "sacks of barley, malt and hops", "and dry beans."):
        assert _item(sentence, piece), piece


def test_clauses_and_lone_links_are_no_items() -> None:
    sentence = "The mill closed; the farm was sold; they sell at a loss; and, ; indeed"
    for piece in ("the farm was sold", "they sell at a loss", "and,", "indeed"):
        assert not _item(sentence, piece), piece


def test_a_list_after_a_clause_is_one_claim() -> None:
    claims = _claims("Other costs may include rent and power; repairs to the roof; wages for the drivers; and insurance.")
    assert [c.quote for c in claims] == ["Other costs may include rent and power; repairs to the roof; wages for the drivers; and insurance"]


def test_clauses_joined_by_semicolons_stay_apart() -> None:
    claims = _claims("The mill closed in May; the farm was sold in June.")
    assert [c.quote for c in claims] == ["The mill closed in May", "the farm was sold in June"]
