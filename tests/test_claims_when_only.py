"""A cue's content that only says when ('the vote the council had announced just days before') reports nothing: no
claim. A content that says more than when stays. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_content_that_only_says_when_is_no_claim() -> None:
    claims = _claims("The mayor joined the council, thus delaying the vote the council had announced just days before.")
    assert [c.quote for c in claims] == ["The mayor joined the council"]
    claims = _claims("The millers won the prize in 1998, and the farmers announced in 2009.")
    assert all(c.quote != "in 2009" for c in claims)


def test_a_content_with_more_than_a_time_stays() -> None:
    claims = _claims("The council announced on Monday that the vote would be held in May.")
    assert [(c.quote, c.speaker) for c in claims] == [("the vote would be held in May", "The council")]
