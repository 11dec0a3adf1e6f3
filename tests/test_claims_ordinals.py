"""'a third' before a noun is an ordinal ('a third child', 'a third term'), not a share: the claim is no statistic for
it. 'cut by a third', 'a third of farmers' stay shares. The sentences are written for these tests."""

from __future__ import annotations

from reader.core.claims.stages.numbers import find_numbers
from tests.claim_rows import claims_of as _claims


def test_a_third_before_a_noun_is_an_ordinal() -> None:
    [n] = find_numbers("Ann Lee won a third term.")
    assert (n.text, n.value, n.statistical) == ("third", 3.0, False)
    [c] = _claims("In 2016, Ann Lee and Tom Baker had a third child.")
    assert c.kind == "assertion"


def test_a_third_as_a_share_is_a_number() -> None:
    for text in ("Prices at the mill fell by a third.", "A third of the farmers sold their land."):
        [n] = find_numbers(text)
        assert abs(n.value - 1 / 3) < 1e-9, text
        assert _claims(text)[0].kind == "statistic", text
