"""Cue words that are nouns or acts here, and a time that opens a sentence before its subject: 'added another link to the
chain', 'many of the campaign pledges', 'a collection of his writing', 'A few minutes later they …'. The sentences are
written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_adding_a_thing_to_another_is_an_act() -> None:
    claims = _claims("Social media has added another link to the chain, she noted.")
    assert [(c.quote, c.cue) for c in claims] == [("Social media has added another link to the chain", "noted")]
    claims = _claims("Ann Lee added the council needs to act quickly.")
    assert [(c.quote, c.speaker, c.cue) for c in claims] == [("the council needs to act quickly", "Ann Lee", "added")]


def test_a_plural_after_many_of_the_is_a_noun() -> None:
    claims = _claims("The mayor reiterated many of the campaign pledges he has been making for months: rebuilding the mill and"
                     " helping farmers.")
    assert [(c.speaker, c.cue) for c in claims] == [("The mayor", "reiterated")]


def test_a_gerund_after_a_possessive_is_a_noun() -> None:
    claims = _claims("The mayor sent it after Tom Baker published “Mill Studies,” a 2005 collection of his writing that included"
                     " a harsh profile of the mayor.")
    assert all(c.cue != "writing" for c in claims)
    assert all(c.speaker is None for c in claims)


def test_a_time_before_the_subject_is_no_subject() -> None:
    claims = _claims("First, the party officials said the vote would begin without the farmers. A few minutes later they reversed"
                     " themselves and said they will register the farmers while the vote is under way.")
    speakers = {c.quote: c.speaker for c in claims}
    assert speakers["they will register the farmers while the vote is under way"] == "the party officials"
    claims = _claims("An Acme official later walked back the comments, saying that the mill would stay open.")
    assert [(c.quote, c.speaker) for c in claims if c.cue] == [("the mill would stay open", "An Acme official")]


def test_a_cue_word_after_a_name_and_its_past_is_an_object() -> None:
    claims = _claims("Ann Lee scrutinized reports like the 2014 farm survey, which tied the floods to the mill.")
    assert all(c.cue is None for c in claims)
    claims = _claims("The man arrested claims he is innocent.")
    assert [(c.speaker, c.cue) for c in claims] == [("The man arrested", "claims")]
    claims = _claims("Some 56 percent of the farmers polled said they were less likely to sell.")
    assert [c.cue for c in claims] == ["said"]


def test_as_much_as_is_no_seeing_as() -> None:
    claims = _claims("The top 1 percent would see their incomes go up by as much as 19.9 percent, according to the conservative-leaning"
                     " Acme Foundation, more than twice what it projected for those in the middle.")
    assert [(c.kind, c.speaker, c.cue) for c in claims] == [("statistic", "conservative-leaning Acme Foundation", "according to")]
    claims = _claims("The farmers see the mill as a threat to the valley.")
    assert [(c.speaker, c.cue) for c in claims] == [("The farmers", "see")]
