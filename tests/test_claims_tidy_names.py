"""A speaker shown without a bracket or a colon it took from the text around it. The sentences are written for these
tests."""

from __future__ import annotations

from reader.core.claims.stages.speakers.mention_shape import no_mention, tidy_name
from tests.claim_rows import claims_of as _claims


def test_stray_brackets_and_colons_leave_the_name() -> None:
    assert tidy_name("Nielsen.)") == "Nielsen"
    assert tidy_name("a miller (") == "a miller"
    assert tidy_name("the Herald:") == "the Herald"
    assert tidy_name("Acme (UK)") == "Acme (UK)"  # a bracket the name closes stays
    assert tidy_name("U.S.)") == "U.S."


def test_a_source_inside_brackets_is_shown_without_the_closing_bracket() -> None:
    text = "The mill sold 5,000 sacks of flour last week (according to Acme Data.)\n\nFarm incomes rose (according to census figures)."
    claims = _claims(text)
    assert [(c.speaker, text[c.speaker_span.start : c.speaker_span.end] if c.speaker_span else None) for c in claims] == [
        ("Acme Data", "Acme Data"), ("census figures", "census figures")]


def test_a_name_cut_off_after_its_verb_is_no_mention() -> None:
    assert no_mention("Mr. Baker scrutinized") and no_mention("Acme cited disparaging")
    for described in ("People briefed on the move", "A married couple", "The retired miller", "Everyone I interviewed", "Tom Baker"):
        assert not no_mention(described), described
