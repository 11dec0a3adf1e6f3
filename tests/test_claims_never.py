"""'Ann Lee never said that C' is negated as 'did not say' is: the cue is 'never said', the speaker Ann Lee (before,
'never' went into the speaker's name and the claim read as hers). The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_never_before_the_cue_negates_it() -> None:
    [c] = _claims("Ann Lee never said that the mill would close.")
    assert (c.speaker, c.cue, c.quote) == ("Ann Lee", "never said", "the mill would close")
    assert "cue.negated" in c.rules


def test_a_cue_without_never_is_not_negated() -> None:
    [c] = _claims("Ann Lee said that the mill would close.")
    assert (c.speaker, c.cue) == ("Ann Lee", "said") and "cue.negated" not in c.rules
