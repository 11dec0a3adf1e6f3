"""A relative clause on a class of people ('those who say C', 'anyone who claims C') names nobody: no earlier name is its
speaker, and "It's worth noting that C" is the article's own remark, with no subject 'It's worth'. The sentences are written
for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_those_who_said_is_nobody_named_before() -> None:
    claims = _claims("Tom Baker spoke to the farmers on Monday. Those who said the mill was safe were wrong, according to the union.")
    said = [c for c in claims if c.cue == "said"]
    assert said and all(c.speaker is None for c in said)


def test_those_who_question_is_nobody_named_before() -> None:
    claims = _claims("Tom Baker repeated claims by Ann Lee that those who question prices at the mill hurt the farmers.")
    assert not any(c.cue == "question" and c.speaker for c in claims)


def test_who_after_a_name_still_stands_for_it() -> None:
    claims = _claims("Acme sold the mill, according to police, who said officers arrived at noon.")
    assert [(c.speaker, c.quote) for c in claims if c.cue == "said"] == [("police", "officers arrived at noon")]


def test_its_worth_noting_is_no_speaker() -> None:
    claims = _claims("It's worth noting that the mill has never closed before.")
    assert claims and not any(c.speaker for c in claims)
    assert [c.speaker for c in _claims("It's a plan Tom Baker said could drive the farmers away.") if c.cue == "said"] == ["Tom Baker"]
