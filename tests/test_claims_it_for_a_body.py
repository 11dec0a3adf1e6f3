"""'It' for the body the sentence before opens on: 'The mayor’s office issued a statement. “Q,” it said' is the
office's; a document, a thing or a bare name that could be anyone is no such body, and a statement's issuer is found
when it is a common noun phrase with an owner ('the mayor’s office'). The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_it_after_a_sentence_opening_on_a_body_is_that_body() -> None:
    for text, body in (("The mayor’s office issued a statement on Monday. “The bridge will reopen in May,” it said.",
                        "The mayor’s office"),
                       ("The parish council met on Monday. It said the bridge would reopen in May.", "The parish council")):
        [c] = [c for c in _claims(text) if c.cue == "said"]
        assert c.speaker == body, text


def test_it_after_a_thing_or_a_bare_name_stays_unresolved() -> None:
    for text in ("The post showed a flooded road. It said the bridge was closed.",
                 "Acme issued a statement on Monday. “The bridge will reopen in May,” it said."):
        [c] = [c for c in _claims(text) if c.cue == "said"]
        assert c.speaker is None, text


def test_a_statement_issued_by_an_owned_office_is_the_office_s() -> None:
    c = _claims("The mayor’s office issued a statement on Monday. The statement said the bridge would reopen in May.")[-1]
    assert (c.speaker, c.via) == ("The mayor’s office", "The statement")
