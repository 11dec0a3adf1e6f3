"""Who a relative clause or a group mention names: a title before a name with a 'who' clause, the unnamed noun right
before 'who', capitalised words that modify a group's noun, and stretches of adverbs or prepositions that name nobody.
The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _by_quote(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in _claims(text)}


def test_a_title_before_a_name_with_a_who_clause_keeps_the_subject() -> None:
    claims = _claims("Former mayor Ann Lee, who last week backed Baker, said Friday she wants a new vote on the mill.")
    assert [(c.quote, c.speaker, c.role) for c in claims] == [("she wants a new vote on the mill", "Ann Lee", "Former mayor")]
    claims = _claims("But Acme chief executive Tom Baker, who founded the mill, said the vote was rigged.")
    assert [(c.quote, c.speaker) for c in claims] == [("the vote was rigged", "Tom Baker")]


def test_a_noun_the_names_depend_on_is_no_title() -> None:
    claims = _claims("The report by Ann Lee, who runs the mill, said the vote was rigged.")
    assert [(c.quote, c.speaker, c.via) for c in claims] == [("the vote was rigged", "Ann Lee", "The report")]


def test_who_after_a_prepositions_noun_is_that_noun() -> None:
    speakers = _by_quote("The vote was won by Acme, with the support of a farmer who said the mill must close.")
    assert speakers["the mill must close"] == "a farmer"
    speakers = _by_quote("After the fire started at Acme Mills by a worker who said the owners were to blame, the farmers met.")
    assert "Pa" not in speakers.values()
    assert "a worker" in speakers.values()


def test_a_count_before_who_names_nobody() -> None:
    speakers = _by_quote("Half of the farmers said the mill was fair, roughly the same share who said the price was low.")
    assert speakers.get("the price was low") != "the same share"


def test_irregular_plurals_before_who_are_the_group() -> None:
    speakers = _by_quote("Ann Lee was one of three women who openly declared their support for the mill.")
    assert speakers["their support for the mill"] == "women"


def test_capitalised_words_before_a_group_noun_are_no_name() -> None:
    assert _by_quote("Senior Acme officials said the vote was lost.") == {"the vote was lost": "Senior Acme officials"}
    assert _by_quote("Top Acme strategists acknowledged that the vote was lost.") == {"the vote was lost": "Top Acme strategists"}
    assert _by_quote("Ann Lee herself said the vote was lost.") == {"the vote was lost": "Ann Lee"}


def test_adverbs_or_a_preposition_name_nobody() -> None:
    speakers = _by_quote("The owners — no longer hoping to sell the mill — told the farmers that the mill would stay open.")
    assert "no longer" not in speakers.values()
    speakers = _by_quote('The mayor said that the count had been "unfair" against him, a claim that the millers rejected,'
                         " noting that they had kept the old rules since 1990.")
    assert "against him" not in speakers.values()
    assert speakers['the count had been "unfair"'] == "The mayor"
