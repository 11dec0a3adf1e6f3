"""A feeling or position made known, 'expressed' or 'voiced' ('voiced support for the plan', 'expressed disappointment
that C'), is the subject's stance; a voice that is a noun is none. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_voiced_or_expressed_positions_are_the_subjects() -> None:
    for text, who, cue in (("Ann Lee voiced support for the plan on Monday.", "Ann Lee", "voiced support"),
                           ("The farmers expressed disappointment that the price had fallen.", "The farmers", "expressed disappointment"),
                           ("Tom Baker expressed admiration for the millers.", "Tom Baker", "expressed admiration")):
        [c] = _claims(text)
        assert (c.speaker, c.cue, c.kind) == (who, cue, "attribution"), text


def test_a_voice_as_a_noun_is_no_cue() -> None:
    assert [c.cue for c in _claims("Her voice shook as the mill closed.")] == [None]
