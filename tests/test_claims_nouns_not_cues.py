"""Cue words that are nouns or acts here, and a time that opens a sentence before its subject: 'added a new worry to the
harvest', 'many of the farm pledges', 'a book of his writing', 'A few minutes later they …'. The sentences are
written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_adding_a_thing_to_another_is_an_act() -> None:
    claims = _claims("The storm has added a new worry to the harvest, she noted.")
    assert [(c.quote, c.cue) for c in claims] == [("The storm has added a new worry to the harvest", "noted")]
    claims = _claims("Ann Lee added the council needs to act quickly.")
    assert [(c.quote, c.speaker, c.cue) for c in claims] == [("the council needs to act quickly", "Ann Lee", "added")]


def test_a_plural_after_many_of_the_is_a_noun() -> None:
    claims = _claims("The mayor repeated many of the farm pledges he has kept since May: a new mill and cheaper"
                     " seed.")
    assert [(c.speaker, c.cue) for c in claims] == [("The mayor", "repeated")]


def test_a_gerund_after_a_possessive_is_a_noun() -> None:
    claims = _claims("The mayor smiled after Tom Baker printed “Mill Days,” a book of his writing that had"
                     " a sharp portrait of the mayor.")
    assert all(c.cue != "writing" for c in claims)
    assert all(c.speaker is None for c in claims)


def test_a_time_before_the_subject_is_no_subject() -> None:
    claims = _claims("First, the council officials said the sale would go ahead without the farmers. A few minutes later they changed"
                     " course and said they will hear the farmers before the sale.")
    speakers = {c.quote: c.speaker for c in claims}
    assert speakers["they will hear the farmers before the sale"] == "the council officials"
    claims = _claims("An Acme official later took back the remark, saying that the mill would stay open.")
    assert [(c.quote, c.speaker) for c in claims if c.cue] == [("the mill would stay open", "An Acme official")]


def test_a_cue_word_after_a_name_and_its_past_is_an_object() -> None:
    claims = _claims("Ann Lee studied reports like the council survey, which blamed the floods on the mill.")
    assert all(c.cue is None for c in claims)
    claims = _claims("The man arrested claims he is innocent.")
    assert [(c.speaker, c.cue) for c in claims] == [("The man arrested", "claims")]
    claims = _claims("Some 30 percent of the farmers polled said they would not sell.")
    assert [c.cue for c in claims] == ["said"]


def test_as_much_as_is_no_seeing_as() -> None:
    claims = _claims("Small farms would see their costs fall by as much as a third, according to the York-based"
                     " Acme Foundation, far more than it expects for large farms.")
    assert [(c.kind, c.speaker, c.cue) for c in claims] == [("statistic", "York-based Acme Foundation", "according to")]
    claims = _claims("The farmers see the mill as a threat to the valley.")
    assert [(c.speaker, c.cue) for c in claims] == [("The farmers", "see")]
