"""A relative clause on a class of people ('those who say C', 'anyone who claims C') names nobody: no earlier name is its
speaker, and "It's worth noting that C" is the article's own remark, with no subject 'It's worth'. The sentences are written
for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_those_who_said_is_nobody_named_before() -> None:
    claims = _claims("Tom Baker spoke to the farmers on Monday. Those who said the mill was safe were wrong, according to the union.")
    assert not any(c.cue == "said" and c.speaker for c in claims)
    assert ("union", "Those who said the mill was safe were wrong") in [(c.speaker, c.quote) for c in claims]


def test_a_class_of_people_who_doubt_is_no_frame_of_its_own() -> None:
    claims = _claims("Anyone who doubts the mill's prices should read the report, Ann Lee wrote.")
    assert [(c.speaker, c.cue, c.quote) for c in claims] == [("Ann Lee", "wrote", "Anyone who doubts the mill's prices should read the report")]
    claims = _claims("Tom Baker said that those who doubt the mill's prices are wrong.")
    assert [(c.speaker, c.quote) for c in claims] == [("Tom Baker", "those who doubt the mill's prices are wrong")]


def test_who_after_a_name_still_stands_for_it() -> None:
    claims = _claims("Acme sold the mill, according to police, who said officers arrived at noon.")
    assert [(c.speaker, c.quote) for c in claims if c.cue == "said"] == [("police", "officers arrived at noon")]


def test_its_worth_noting_is_no_speaker() -> None:
    claims = _claims("It's worth noting that the mill has never closed before.")
    assert claims and not any(c.speaker for c in claims)
    assert [c.speaker for c in _claims("It's a plan Tom Baker said could drive the farmers away.") if c.cue == "said"] == ["Tom Baker"]


def test_a_participle_opening_the_sentence_is_no_speaker() -> None:
    claims = _claims("Citing figures from the Chamber of Commerce, the farmers worry that the mill would close by May.")
    assert all(c.speaker != "Citing" for c in claims)
    assert [c.speaker for c in claims if c.cue == "worry"] == ["the farmers"]


def test_a_person_is_never_an_it() -> None:
    claims = _claims("Tom Baker wrote the report.\n\nIt says that the farmers will stay.")
    assert [c.speaker for c in claims if c.cue == "says"] == [None]
    claims = _claims("The Acme company issued a statement. It said the mill would close.")
    assert [c.speaker for c in claims if c.cue == "said"] == ["The Acme company"]


def test_those_who_did_something_before_a_cue_of_their_own_are_the_source() -> None:
    """'Those who spoke with the Herald said C': the clause picks out a group, and the name keeps it ('Those' alone says
    nobody); 'All of those who …' is the same group, never a fragment 'All of those who … said' with no report."""
    for text, who in [("Those who spoke with the Herald said the price was too low.", "Those who spoke with the Herald"),
                      ("All of those who met the miller said the price was too low.", "All of those who met the miller")]:
        assert [(c.speaker, c.cue, c.quote) for c in _claims(text)] == [(who, "said", "the price was too low")]
