"""A saying inside a condition ('If Ann Lee says C, M') is one nobody made: no frame, no speaker; a saying inside a
'when' clause happened and stays a claim. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_saying_inside_a_condition_is_nobodys() -> None:
    for text in ("If Ann Lee says the mill will close, the farmers will protest.",
                 "The farmers will protest unless Ann Lee says the mill will stay open."):
        claims = _claims(text)
        assert not any(c.speaker or c.speaker_candidates or c.cue for c in claims), text


def test_a_saying_inside_a_when_clause_stays() -> None:
    claims = _claims("When Ann Lee said the mill would close, the farmers protested.")
    said = next(c for c in claims if c.cue == "said")
    assert (said.speaker, said.quote) == ("Ann Lee", "the mill would close")
