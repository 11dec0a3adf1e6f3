"""A paragraph whose opening quote mark was lost ('It is a right we keep,” the miller said.') is a quote from its start,
its cue's speaker's; a mark typed for the opener ('She adds,” the mill …') or one with no cue after it opens nothing. A
title with its complement before a person's name ends where a given name starts ('Minister of Farms Tom Baker'). The
sentences are written for these tests."""

from __future__ import annotations

from reader.core.claims.stages.quotes import find_quotes
from tests.claim_rows import claims_of as _claims

_LOST = "Ann Lee runs the mill.\n\nThe mill is a pioneer in the valley. It is a right that we keep,” Ann Lee said.\n\nThe mill opened in 1990."


def test_a_paragraph_that_lost_its_opening_mark_is_the_cue_speakers_quote() -> None:
    at = _LOST.index("The mill is")
    [q] = find_quotes(_LOST, at, _LOST.index("\n\nThe mill opened"), paragraph=True)
    assert _LOST[q.start : q.end] == "The mill is a pioneer in the valley. It is a right that we keep,"
    claims = _claims(_LOST)
    first = next(c for c in claims if c.quote.startswith("The mill is a pioneer"))
    second = next(c for c in claims if c.quote.startswith("It is a right"))
    assert (first.kind, first.speaker) == ("quote", "Ann Lee")
    assert (second.kind, second.speaker, second.cue) == ("quote", "Ann Lee", "said")


def test_a_straight_closer_with_no_opener_closes_a_quote_too() -> None:
    claims = _claims(_LOST.replace("”", '"'))
    assert next(c for c in claims if c.quote.startswith("It is a right")).kind == "quote"


def test_a_mark_without_a_cue_after_it_opens_no_lost_quote() -> None:
    text = "Ann Lee runs the mill.\n\nShe adds,” the mill sells flour at a loss.”\n\nThe mill opened in 1990."
    para = text.index("She adds")
    assert not any(q.start == para for q in find_quotes(text, para, text.index("\n\nThe mill opened"), paragraph=True))
    text = "Ann Lee runs the mill. \n\nThe mill is a pioneer. We lost the contract.” When we agreed to sell, the bank left.\n\nEnd."
    para = text.index("The mill is")
    assert find_quotes(text, para, text.index("\n\nEnd"), paragraph=True) == []


def test_a_title_with_its_complement_ends_where_a_given_name_starts() -> None:
    [c] = _claims("“It is a right that we keep,” the Acme Minister of Farms Tom Baker said.")
    assert (c.speaker, c.role) == ("Tom Baker", "the Acme Minister of Farms")
    [c] = _claims("The Minister of Farms Ann Lee said the mill would close.")
    assert (c.speaker, c.role) == ("Ann Lee", "The Minister of Farms")
