"""A cue after a modal says what may, must or cannot be said, not what was: 'Baker cannot say that C', 'Baker could say
that C', 'farmers may want to C' make no one's claim, and no speaker is read as 'Baker cannot'. The sentences are written
for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_modal_before_a_cue_reports_nothing_said() -> None:
    for text in ("Baker cannot say that the mill is safe.", "Baker could say that the mill is safe.",
                 "Farmers may want to sell the mill."):
        assert [(c.speaker, c.cue) for c in _claims(text)] == [(None, None)], text


def test_a_content_first_cue_after_a_modal_clause_keeps_its_speaker() -> None:
    c = _claims("Baker cannot say that the mill is safe, Lee added.")[0]
    assert (c.quote, c.speaker, c.cue) == ("Baker cannot say that the mill is safe", "Lee", "added")
    # a modal in what was said is no part of the cue
    c = _claims("Lee said the farmers may want to sell the mill.")[0]
    assert (c.quote, c.speaker, c.cue) == ("the farmers may want to sell the mill", "Lee", "said")
