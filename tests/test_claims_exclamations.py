"""An exclamation that only says how its speaker feels is no claim (GUIDE: opinions with nothing checkable); one that
tells something, or holds a figure, stays (extract.py's _exclaimed, rule not-claim.exclamation)."""

from __future__ import annotations

import pytest

from tests.claim_rows import claims_of as _claims


@pytest.mark.parametrize("sentence", ["Protesters chanted at the minister: “Shame on you!”",
                                      "What a blatant disregard to human lives!!",
                                      "But he is our candidate, and we love him!"])
def test_a_felt_exclamation_is_no_claim(sentence: str) -> None:
    text = f"The rally went on until midnight.\n\n{sentence}"
    assert all(not c.quote.rstrip("!”\" ").endswith(("you", "lives", "him")) for c in _claims(text))


@pytest.mark.parametrize("sentence", ["We just won Ohio!", "He voted for the war, not me!",
                                      "Ten million people are facing famine in Yemen!", "Children in Yemen are dying of hunger!!!"])
def test_an_exclamation_that_tells_something_stays(sentence: str) -> None:
    cs = _claims(f"The rally went on until midnight.\n\n{sentence}")
    assert any(c.quote.rstrip("!") == sentence.rstrip("!") for c in cs)
