"""A perception with no one named holding it is a report (GUIDE: a hedged statement whose source is vague or absent):
'X was seen as Y', 'is widely regarded as', 'it is believed', 'It is hoped that C' (lexicon/hedges.py)."""

from __future__ import annotations

import pytest

from tests.claim_rows import claims_of as _claims


@pytest.mark.parametrize(("sentence", "quote"), [
    ("The move was seen as the first step toward returning to normal conditions.",
     "The move was seen as the first step toward returning to normal conditions"),
    ("The union is widely regarded as one of the more liberal in the labor movement.",
     "The union is widely regarded as one of the more liberal in the labor movement"),
    ("Some of the bags had holes from where it is believed the liquid had leaked.",
     "Some of the bags had holes from where it is believed the liquid had leaked"),
    ("It is hoped that the food crisis will be discussed at the conference in May.",
     "the food crisis will be discussed at the conference in May"),
])
def test_a_perception_with_no_holder_is_a_report(sentence: str, quote: str) -> None:
    c = _claims(sentence)[-1]
    assert (c.kind, c.quote, c.hedged) == ("report", quote, True)


def test_considered_as_a_choice_is_no_hedge() -> None:
    # 'was considered as an alternative route': weighed up, not believed by someone unnamed
    c = _claims("At the meeting, the cable was considered as an alternative route to export the gas.")[-1]
    assert (c.kind, c.hedged) == ("assertion", False)


@pytest.mark.parametrize(("sentence", "quote"), [
    ("There are unconfirmed reports of gunfire in the capital.", "There are unconfirmed reports of gunfire in the capital"),
    ("According to media reports, dozens were killed.", "dozens were killed"),
    ("According to unverified reports, dozens were killed.", "dozens were killed"),
])
def test_unconfirmed_and_media_reports_are_reports(sentence: str, quote: str) -> None:
    c = _claims(sentence)[-1]
    assert (c.kind, c.quote, c.hedged, c.speaker) == ("report", quote, True, None)


def test_what_remains_unconfirmed_is_still_no_claim() -> None:
    assert _claims("The cause of the fire remains unclear.") == []


def test_what_the_reporter_could_not_learn_is_no_claim() -> None:
    # not-claim.unknown: 'not immediately clear' and 'could not independently verify' say what is not known
    assert _claims("It was not immediately clear who fired the shots.") == []
    assert _claims("Reuters could not independently verify the claim.") == []
    # a quote that says something is not yet known is still the speaker's
    c = _claims("“While the results are not yet known, it looks like we are in a virtual tie,” Sanders said.")
    assert c and c[0].speaker == "Sanders"
