"""A guidance, a statement or a letter named with its issuer's name before its noun ('updated Acme guidance') makes a
later 'The guidance explains' the issuer's, paragraphs later too. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_the_guidance_is_its_issuers_paragraphs_later() -> None:
    text = ("Millers are to benefit from updated Acme guidance on how to store grain.\n\n"
            "The new guidance follows a long consultation with farmers across the valley.\n\n"
            "Acme received 40 responses to the consultation.\n\n"
            "The guidance explains that millers should keep grain dry in winter.")
    said = next(c for c in _claims(text) if c.cue == "explains")
    assert (said.speaker, said.via, said.quote) == ("Acme", "The guidance", "millers should keep grain dry in winter")


def test_a_study_named_after_its_topic_is_not_its_issuers() -> None:
    text = ("The Herald looked at the Acme study of grain prices.\n\nThe study found that prices rose in May.")
    said = next(c for c in _claims(text) if c.cue == "found")
    assert said.speaker != "Acme"
