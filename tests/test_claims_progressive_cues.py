"""A cue in the progressive ('the poll is showing that C', 'millers are conceding that C') reports as its simple form does;
'spoke on a show, “Title,” which aired …' quotes the program's name, not words spoken. The sentences are written for
these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _row(text: str) -> tuple[str, str | None, str | None]:
    c = _claims("Tom Baker spoke first.\n\n" + text)[-1]
    return c.quote, c.speaker, c.cue


def test_a_progressive_cue_with_that_reports_its_clause() -> None:
    assert _row("The farm survey is showing that most millers back the plan.") == \
        ("most millers back the plan", "The farm survey", "showing")
    assert _row("Millers are now conceding that the price of flour will rise.") == \
        ("the price of flour will rise", "Millers", "conceding")
    # without 'that' an object after the verb is no reported clause
    c = _claims("The Acme channel, a farm site, has been posting videos of the harvest since May.")[0]
    assert c.cue is None and c.kind == "assertion"


def test_a_quoted_title_after_spoke_is_no_speech() -> None:
    cs = _claims("Ann Lee spoke on the radio in an interview for the farm hour, “Mill Talk,” which aired on Sunday.")
    assert [(c.kind, c.speaker) for c in cs] == [("assertion", None)]
    # words spoken after the channel are still hers
    assert _row("Ann Lee spoke on the Herald radio, “We lost it all.”") == ("We lost it all.", "Ann Lee", "spoke")
