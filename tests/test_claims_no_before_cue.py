"""A cue word right after 'no', 'any' or 'every' is a noun ('the farmers want no repeat of the vote'), not a verb
with the words before it as its subject; 'no longer say' keeps its verb. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_base_form_after_no_or_every_is_a_noun() -> None:
    for text in ("The farmers want no repeat of the vote in 2019.", "The miller sent every question to the council."):
        claims = _claims(text)
        assert [(c.kind, c.speaker, c.cue) for c in claims] == [("assertion", None, None)], text


def test_no_longer_keeps_the_verb() -> None:
    claims = _claims("The millers no longer say that the mill is safe.")
    assert [(c.quote, c.cue) for c in claims] == [("the mill is safe", "say")]
