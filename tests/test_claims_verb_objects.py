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
