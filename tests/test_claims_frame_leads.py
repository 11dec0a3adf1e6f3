"""A circumstance that opens a sentence before its frame states nothing of its own, also after a conjunction ('And at
the other mills, such as the one in York, she said C'): no claim of a fragment. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_lead_after_a_conjunction_is_no_claim() -> None:
    claims = _claims("Ann Lee runs the mill.\n\nAnd at the other mills, such as the one in York, she said wages would fall "
                     "by May.")
    said = [c for c in claims if c.cue == "said"]
    assert [c.quote for c in said] == ["wages would fall by May"]
    assert not any("other mills" in c.quote for c in claims)


def test_a_clause_after_a_conjunction_stays_a_claim() -> None:
    claims = _claims("But in May the mill closed, and Ann Lee said the union would meet.")
    assert any(c.quote.startswith("But in May the mill closed") or c.quote.startswith("in May the mill closed") for c in claims)
