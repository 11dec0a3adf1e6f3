"""People described by someone else's name ('Supporters of Baker', 'advisers to Ann Lee'), subjects that open on 'But'
or 'At least', and reports that go on after ', but that'. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in _claims(text)}


def test_people_described_by_a_name_are_not_that_person() -> None:
    speakers = _speakers("Tom Baker said the mill is fine.\n\nSupporters of Baker said the mill will close.\n\n"
                         "“It is fair,” said one longtime adviser to Baker.\n\nFormer commissioner Baker said the vote was fine.")
    assert speakers["the mill will close"] == "Supporters of Baker"
    assert speakers["It is fair,"] == "one longtime adviser to Baker"
    assert speakers["the vote was fine"] == "Tom Baker"


def test_a_relation_keeps_its_to_inside_the_subject() -> None:
    claims = _claims("Other advisers to the mill urged the owner to sell.")
    assert [(c.speaker, c.cue) for c in claims] == [("Other advisers to the mill", "urged")]
    speakers = _speakers("In recent days, advisers to Mr. Baker say, the mayor has grown tired of the vote.")
    assert "Baker" not in speakers.values()
    assert "Tom Baker" not in speakers.values()


def test_but_opens_no_subject_of_a_coordinated_cue() -> None:
    speakers = _speakers("But other advisers have been urging the owner to sell, saying that only a flood would move the council.")
    assert speakers["only a flood would move the council"] == "other advisers"


def test_at_least_and_a_count_open_a_subject() -> None:
    speakers = _speakers("At least half of farmers in each valley say the mill is about right.")
    assert speakers == {"the mill is about right": "At least half of farmers in each valley"}
    speakers = _speakers("At least we know the minister said there were no injuries.")
    assert not any(s and s.startswith("At least") for s in speakers.values())


def test_but_that_goes_on_with_the_report() -> None:
    claims = _claims("The governor said the town needs to secure the mill, but that he would not support closing it.")
    assert [(c.quote, c.speaker) for c in claims] == [("the town needs to secure the mill", "The governor"),
                                                       ("he would not support closing it", "The governor")]
    claims = _claims("Ann Lee said she applied to the mill but that was not the case.")
    assert all(c.quote != "was not the case" for c in claims)


def test_a_description_naming_another_then_the_name_is_the_named_person() -> None:
    speakers = _speakers("Tom Baker said the vote was fair.\n\nOne pastor supporting Mr. Baker, Joe Smith of the Baptist Church in"
                         " York, said he had made more than 150 phone calls.")
    assert speakers["he had made more than 150 phone calls"] == "Joe Smith"
    claims = _claims("A farmer backing Ms. Lee, Joe Smith, said he had made 150 calls.")
    assert [(c.speaker, c.role) for c in claims] == [("Joe Smith", "A farmer backing Ms. Lee")]
