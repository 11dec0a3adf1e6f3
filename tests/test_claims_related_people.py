"""People described by someone else's name ('Supporters of Baker', 'advisers to Ann Lee'), subjects that open on 'But'
or 'At least', and reports that go on after ', but that'. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in _claims(text)}


def test_people_described_by_a_name_are_not_that_person() -> None:
    speakers = _speakers("Tom Baker said the mill is fine.\n\nSupporters of Baker said the mill will close.\n\n"
                         "“It is fair,” said a close adviser to Baker.\n\nFormer commissioner Baker said the vote was fine.")
    assert speakers["the mill will close"] == "Supporters of Baker"
    assert speakers["It is fair,"] == "a close adviser to Baker"
    assert speakers["the vote was fine"] == "Tom Baker"


def test_a_relation_keeps_its_to_inside_the_subject() -> None:
    claims = _claims("Other advisers to the mill urged the owner to sell.")
    assert [(c.speaker, c.cue) for c in claims] == [("Other advisers to the mill", "urged")]
    speakers = _speakers("This spring, advisers to Mr. Baker say, the mayor has lost interest in the mill.")
    assert "Baker" not in speakers.values()
    assert "Tom Baker" not in speakers.values()


def test_but_opens_no_subject_of_a_coordinated_cue() -> None:
    speakers = _speakers("But other advisers have been pressing the owner to wait, saying that the price will rise in May.")
    assert speakers["the price will rise in May"] == "other advisers"


def test_at_least_and_a_count_open_a_subject() -> None:
    speakers = _speakers("At least half of the millers in York say the new rules are fair.")
    assert speakers == {"the new rules are fair": "At least half of the millers in York"}
    speakers = _speakers("At least we know the minister said there were no injuries.")
    assert not any(s and s.startswith("At least") for s in speakers.values())


def test_but_that_goes_on_with_the_report() -> None:
    claims = _claims("The governor said the town must repair the dam, but that he would not raise the tax for it.")
    assert [(c.quote, c.speaker) for c in claims] == [("the town must repair the dam", "The governor"),
                                                       ("he would not raise the tax for it", "The governor")]
    claims = _claims("Ann Lee said she owned the mill but that proved wrong.")
    assert all(c.quote != "proved wrong" for c in claims)


def test_a_description_naming_another_then_the_name_is_the_named_person() -> None:
    speakers = _speakers("Tom Baker said the vote was fair.\n\nOne farmer backing Mr. Baker, Joe Smith of the York valley, said"
                         " he had sold his barn to pay for the dam.")
    assert speakers["he had sold his barn to pay for the dam"] == "Joe Smith"
    claims = _claims("A miller backing Ms. Lee, Joe Smith, said he had sold his barn.")
    assert [(c.speaker, c.role) for c in claims] == [("Joe Smith", "A miller backing Ms. Lee")]
