"""A count as a cue's subject names nobody ('Of the 40 farmers, 30 said C': the speaker is unclear, '30' its
candidate), and the group it counts from ('Of the 40 farmers,') is no claim of its own. The sentences are written for
these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_count_is_no_speakers_name() -> None:
    for text in ("Of the 40 farmers, 30 said that the mill should close.",
                 "Of the 40 farmers asked, thirty agreed that the mill should close."):
        [c] = _claims(text)
        assert (c.speaker, c.quote) == (None, "the mill should close"), text
        assert c.speaker_candidates and c.speaker_candidates[0].lower() in ("30", "thirty"), text


def test_a_name_after_a_lead_of_the_same_shape_is_still_named() -> None:
    [c] = _claims("Of all the mills in the valley, Acme is the oldest, Ann Lee said.")
    assert c.speaker == "Ann Lee" and c.quote.startswith("Of all the mills")
