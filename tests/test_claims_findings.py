"""'found that' reports a finding after a role's or an organisation's head noun ('the ombudsman found that C', 'the
council also found that C'), as after a study or a court; a thing's search finds nothing it could report. The sentences
are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_role_or_a_body_that_found_that_reports_the_finding() -> None:
    for text, who in (("The ombudsman found that the mill had no licence.", "The ombudsman"),
                      ("In February, the council also found that the mill had no licence.", "the council")):
        [c] = _claims(text)
        assert (c.kind, c.speaker, c.cue, c.quote) == ("attribution", who, "found", "the mill had no licence"), text


def test_a_thing_that_found_that_is_no_source() -> None:
    [c] = _claims("The search found that the mill had no licence.")
    assert c.cue is None and c.kind == "assertion"


def test_what_a_finding_shows_after_a_comma_is_no_inverted_source() -> None:
    claims = _claims("A Herald survey of the valley's mills and their owners over ten years, shows Acme Farms ahead of the big mills.")
    assert not any(c.speaker and "Farms" in c.speaker for c in claims)


def test_a_report_issued_some_time_ago_by_a_body_is_the_bodys() -> None:
    for when in ("in May", "over the summer"):
        claims = _claims(f"A report issued {when} by the Organization for Farming and Development noted that more than a fifth "
                         "of the mills were closed.")
        assert [(c.speaker, c.via) for c in claims if c.cue == "noted"] == [("the Organization for Farming and Development", "A report")], when
