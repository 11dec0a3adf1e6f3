"""Two cues joined by a conjunction ('said and wrote that C', 'agreed or strongly agreed that C', 'but strongly favored
C'): C is the second cue's, and the conjunction between them is no claim nor the end of the first one's. After 'or' only
a finite form joins ('or implied', not 'or add a comment'). An inverted cue after a quoted question ('asked Tom Baker,
the owner.') names the speaker of the quote that answers it. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_the_conjunction_between_two_cues_is_no_claim() -> None:
    for text, cue in (("Ann Lee said and wrote that the mill should close.", "wrote"),
                      ("Ann Lee agreed or strongly agreed that the mill should close.", "agreed"),
                      ("Ann Lee said or implied that the mill should close.", "implied")):
        claims = _claims(text)
        assert [(c.speaker, c.cue, c.quote) for c in claims] == [("Ann Lee", cue, "the mill should close")], text


def test_a_content_does_not_end_on_the_conjunction_before_a_second_cue() -> None:
    claims = _claims("Ann Lee urged the farmers to stay and repeatedly said that the mill would reopen.")
    assert all(not c.quote.endswith(("and repeatedly", "and")) for c in claims)
    assert any(c.cue == "said" and c.quote == "the mill would reopen" for c in claims)


def test_an_inverted_cue_after_a_quoted_question_names_the_answer() -> None:
    claims = _claims("Ann Lee runs the mill.\n\n“Why would we close it?” asked Tom Baker, the owner of the mill. “It makes money.”")
    [answer] = [c for c in claims if c.quote.startswith("It makes money")]
    assert answer.speaker == "Tom Baker"
