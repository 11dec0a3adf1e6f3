"""Who a quote's lead or tail names: 'In Ann Lee’s words, “…”', 'In the words of Ann Lee, “…”', '“…,” as Ann Lee put
it.', and both people in 'according to Ann Lee and Tom Baker'. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _last(text: str) -> tuple[str, str | None]:
    c = _claims("Tom Baker is a farmer.\n\n" + text)[-1]
    return c.quote, c.speaker


def test_a_lead_in_someones_words_names_the_speaker() -> None:
    assert _last("In Ann Lee’s words, “the mill is the town.”") == ("the mill is the town.", "Ann Lee")
    assert _last("In the words of Ann Lee, “the mill is the town.”") == ("the mill is the town.", "Ann Lee")
    # no one named: no one guessed
    assert _last("In other words, “the mill is the town.”")[1] is None


def test_as_someone_put_it_after_the_quote_names_the_speaker() -> None:
    assert _last("“The mill is the town,” as Ann Lee put it.") == ("The mill is the town,", "Ann Lee")


def test_according_to_two_people_names_both() -> None:
    c = _claims("According to Ann Lee and Tom Baker, the mill must stay open.")[0]
    assert (c.quote, c.speaker, c.role) == ("the mill must stay open", "Ann Lee and Tom Baker", None)
    # a study by two people: both, their shared role apart, the study the via
    c = _claims("According to a study by economists Ann Lee and Tom Baker, wages fell.")[0]
    assert (c.speaker, c.role, c.via) == ("Ann Lee and Tom Baker", "economists", "a study")
    # two bodies are both the source
    assert _claims("According to Acme and Baker Farms, wages fell.")[0].speaker == "Acme and Baker Farms"
    # and a later 'he' is neither of the two
    cs = _claims("According to Ann Lee and Tom Baker, the mill must stay open. It must, he says, stay open.")
    assert cs[-1].speaker != "Ann Lee and Tom Baker"


def test_a_reaction_before_a_colon_names_the_quotes_speaker() -> None:
    assert _last("Ann Lee was blunt: “The mill must stay open.”") == ("The mill must stay open.", "Ann Lee")
    assert _last("The farmers were angry: “We were lied to.”") == ("We were lied to.", "The farmers")
    # a state that is no reaction names no one
    assert _last("The gate was locked: “No entry.”")[1] is None


def test_was_how_someone_described_it_after_the_quote_names_the_speaker() -> None:
    assert _last("“Reckless and cruel” was how Ann Lee described the plan.") == ("Reckless and cruel", "Ann Lee")
    assert _last("“A disaster” is how Tom Baker sums it up.") == ("A disaster", "Tom Baker")
