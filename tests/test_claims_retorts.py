"""A retort with 'back' reports what was said ('X fired back that C', 'X shot back: “Q”', '“Q,” X shot back.'), as
'points out' does; 'fired back at the rebels' is no speech. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_retort_before_a_clause_or_a_quote_is_a_cue() -> None:
    for text, quote in (("Ann Lee fired back that the mill was safe.", "the mill was safe"),
                        ("Tom Baker shot back: “Nonsense.”", "Nonsense."),
                        ("Tom Baker shot back, “The mill is safe.”", "The mill is safe.")):
        [c] = _claims(text)
        assert (c.quote, c.cue) == (quote, text.split()[2] + " back"), text
        assert c.speaker == " ".join(text.split()[:2]), text


def test_a_retort_after_a_quote_names_its_speaker() -> None:
    [c] = _claims("“The mill is safe,” Ann Lee shot back.")
    assert (c.speaker, c.cue) == ("Ann Lee", "shot back")  # not a speaker 'Ann Lee shot' with the cue 'back'


def test_firing_back_at_someone_is_no_speech() -> None:
    assert [(c.speaker, c.cue) for c in _claims("The troops fired back at the rebels.")] == [(None, None)]
