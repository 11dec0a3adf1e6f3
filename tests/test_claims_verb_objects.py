"""A cue word can be the object of a verb before it: 'Acme denies claims that C' is Acme's denial, not a claim made
by a speaker called 'denies'; and 'deny' with a person and a thing after it ('deny pupils a hot meal') keeps
something from someone, an act, not speech. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_claims_after_a_verb_of_answering_are_its_object() -> None:
    for text, verb in (("Acme denies claims that it misled farmers.", "denies"),
                       ("The ministry rejected claims that it misled farmers.", "rejected")):
        [c] = _claims(text)
        assert (c.speaker, c.cue) == (text.split(" claims")[0].removesuffix(" " + verb), verb), text
        assert c.quote.startswith(verb), text  # its content opens at the verb: what was denied is the claims


def test_deny_someone_something_is_an_act() -> None:
    for text in ("Closed kitchens deny pupils a hot meal and put their health at risk.",
                 "The court denied him bail on Monday."):
        assert [(c.speaker, c.cue) for c in _claims(text)] == [(None, None)], text


def test_deny_a_report_or_a_clause_is_still_speech() -> None:
    c = _claims("The firm denied reports the mill was for sale.")[0]
    assert (c.speaker, c.cue) == ("The firm", "denied")
    c = _claims("Tom Baker denied he had sold the mill.")[0]
    assert (c.speaker, c.cue) == ("Tom Baker", "denied")


def test_a_call_on_the_telephone_is_no_speech_in_either_look() -> None:
    for text in ("Ann Lee called the mayor on Friday.", "Ann Lee called Tom Baker to offer her support.",
                 "The minister called her back.", "The mayor declared a state of emergency on Monday."):
        assert all(c.cue is None for c in _claims(text)), text  # the second look no longer reads it as a stance


def test_calling_something_a_name_is_still_speech() -> None:
    for text in ("Ann Lee called the plan unfair.", "Ann Lee called Mr. Baker's remarks “a wake-up call” for farmers.",
                 "Ann Lee called Tom J. Baker's plan “a mess.”"):
        assert [c.cue for c in _claims(text)] == ["called"], text


def test_denied_bail_or_the_win_and_added_up_to_are_acts() -> None:
    for text in ("Mill owner denied bail.", "The council denied her party a seat.",
                 "The mill's losses added up to a third of its sales."):
        assert [(c.speaker, c.cue) for c in _claims(text)] == [(None, None)], text
    c = _claims("Ann Lee denied her party had lost the vote.")[0]
    assert (c.speaker, c.cue) == ("Ann Lee", "denied")


def test_a_claim_filed_for_money_is_an_act() -> None:
    claims = _claims("The Herald wrote that Tom Baker had claimed a loss of $2 million last year.")
    assert [(c.speaker, c.cue) for c in claims] == [("The Herald", "wrote")]
    c = _claims("Tom Baker claimed the losses were small.")[0]
    assert (c.speaker, c.cue, c.quote) == ("Tom Baker", "claimed", "the losses were small")
