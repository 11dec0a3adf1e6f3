"""A spaced hyphen typed for a dash sets off an aside as a dash does: 'Ann Lee - the owner of the mill - said …' is Ann
Lee's, with her role; a quote after the hyphen is a quote. What a claim shows keeps the hyphen as printed. The
sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_spaced_hyphen_sets_off_an_apposition() -> None:
    [c] = _claims("Ann Lee - the owner of the mill - said that the mill would close.")
    assert (c.speaker, c.role, c.quote) == ("Ann Lee", "the owner of the mill", "the mill would close")


def test_a_quote_after_a_spaced_hyphen_is_a_quote() -> None:
    claims = _claims("The mill's owner gave the Herald her answer - “Never again” - and left the room.")
    quote = next(c for c in claims if c.kind == "quote")
    assert (quote.quote, quote.speaker) == ("Never again", "The mill's owner")


def test_the_claim_keeps_the_hyphen_as_printed() -> None:
    text = "The farmers - angry at the price - told the Herald that the mill should close."
    [c] = _claims(text)
    assert c.quote == "the mill should close" and c.speaker == "The farmers"
    assert c.via == "the Herald"


def test_an_aside_after_the_hearer_is_no_part_of_the_via() -> None:
    for text in ("Ann Lee told the Herald - a weekly paper - that the mill would close.",
                 "Ann Lee told the Herald — a weekly paper — that the mill would close."):
        [c] = _claims(text)
        assert (c.speaker, c.via, c.quote) == ("Ann Lee", "the Herald", "the mill would close"), text
