"""A quoted question is no claim, but the cue that closes it names who answers: '“Why would we close it?” Ann Lee
said. “It makes money.”' gives the answer to Ann Lee. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_the_answer_after_a_quoted_question_is_the_cue_s_speaker() -> None:
    claims = _claims("Tom Baker owns the mill.\n\n“Why would we close it?” Ann Lee said. “It makes money. It pays us well.”")
    quotes = [c for c in claims if c.kind == "quote"]
    assert [(c.quote, c.speaker) for c in quotes] == [("It makes money.", "Ann Lee"), ("It pays us well.", "Ann Lee")]
    assert not any(c.quote.startswith("Why") for c in claims)  # the question itself is no claim


def test_asked_closes_a_question_as_said_does() -> None:
    [c] = [c for c in _claims("“Why would we close it?” Ann Lee asked. “It makes money.”") if c.kind == "quote"]
    assert (c.quote, c.speaker) == ("It makes money.", "Ann Lee")


def test_a_quoted_question_is_no_claim_wherever_its_sentence_ends() -> None:
    for text in ("“Why would we close it?” she said.", "“Why would we close it?” asked Ann Lee."):
        assert not [c for c in _claims(text) if c.kind == "quote"], text
    # a quote of several sentences that ends on a question still states what comes before it
    [c] = [c for c in _claims("“The mill makes money. Why would we close it?” Ann Lee said.") if c.kind == "quote"]
    assert c.quote.startswith("The mill makes money.")
