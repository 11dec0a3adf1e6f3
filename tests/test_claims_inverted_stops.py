"""An inverted cue at a sentence's end ('“…,” said Tom Baker.'): the full stop is no part of the speaker's mention, so the
mention is the name the later sentences resolve to. The sentences are written for these tests."""

from __future__ import annotations

from reader.core.claims.extract import Claim
from tests.claim_rows import claims_of as _claims


def _mention(text: str, claim: Claim) -> str | None:
    """The words of the claim's speaker mention (from_text keeps a text that opens on a line of its own as it is)."""
    return None if claim.speaker_span is None else text[claim.speaker_span.start : claim.speaker_span.end]


def test_the_full_stop_after_an_inverted_name_is_no_part_of_the_mention() -> None:
    text = "“We will vote on Friday,” said Tom Baker.\n\n“The roof leaks,” said the owner of the mill. The mill is old."
    claims = [c for c in _claims(text) if c.speaker]
    assert [(c.speaker, _mention(text, c)) for c in claims] == [("Tom Baker", "Tom Baker"), ("the owner of the mill", "the owner of the mill")]


def test_an_abbreviation_ending_a_name_keeps_its_stop() -> None:
    text = "“We will vote on Friday,” said Tom Baker Jr.\n\nThe town agreed."
    assert _mention(text, _claims(text)[0]) == "Tom Baker Jr."


def test_a_role_after_an_inverted_cue_is_the_person_named_with_it() -> None:
    text = "Tom Baker, the mayor, said the town would vote.\n\n“We will vote on Friday,” said the mayor."
    assert _claims(text)[-1].speaker == "Tom Baker"


def test_a_pronoun_after_an_inverted_surname_is_the_full_name() -> None:
    text = ("Ann Lee runs the mill in York.\n\n“The mill is old,” said Lee. “The roof leaks.”\n\n"
            "She added that the farmers would help.")
    assert _claims(text)[-1].speaker == "Ann Lee"
