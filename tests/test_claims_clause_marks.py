"""What a semicolon after a cue closes: in 'C, he said; D' the speaker said C, and D is the writer's next clause. The
sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_cue_closed_by_a_semicolon_reports_the_clause_before_it() -> None:
    cs = _claims("Tom Baker ran the audit. The letters were real, Baker said; nobody disputed that.")
    rows = [(c.quote, c.speaker, c.cue) for c in cs]
    assert ("The letters were real", "Tom Baker", "said") in rows
    assert ("nobody disputed that", None, None) in rows
    # a comma after the cue still runs the content on across it
    c = _claims("The letters, Baker said, were real.")[0]
    assert (c.speaker, c.cue) == ("Baker", "said") and "were real" in c.quote


def test_a_participle_cue_after_an_appeal_or_a_filing_is_the_main_subjects() -> None:
    c = _claims("Tom Baker made an appeal to millers saying the new tax would ruin them.")[-1]
    assert (c.quote, c.speaker, c.cue) == ("the new tax would ruin them", "Tom Baker", "saying")
    c = _claims("Ann Lee filed a complaint on Monday alleging that the mill broke the law.")[-1]
    assert (c.quote, c.speaker, c.cue) == ("the mill broke the law", "Ann Lee", "alleging")
