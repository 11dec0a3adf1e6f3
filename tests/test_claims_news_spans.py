"""How long a saying went on is no part of what was said, and a 'he' or 'she' never means people in the plural
(rules in reader/core/claims/stages/frames/hearer.py's time phrases and speakers/memory.py's pronouns)."""

from __future__ import annotations

import pytest

from tests.claim_rows import claims_of as _claims


@pytest.mark.parametrize("cue", ["said for weeks", "have said for several years", "said for the past two months",
                                 "acknowledged for the first time"])
def test_a_stretch_of_time_after_the_cue_is_not_content(cue: str) -> None:
    c = _claims(f"The Saudis {cue} that they would support the release of the pages.")[-1]
    assert (c.quote, c.speaker) == ("they would support the release of the pages", "The Saudis")


def test_for_before_an_object_is_still_the_object() -> None:
    # 'for the legislation in July' is what was called for, and July no span of time
    c = _claims("Gov. JB Pritzker called for the legislation in July.")[-1]
    assert c.quote == "called for the legislation in July"


@pytest.mark.parametrize("group", ["Officials", "Scientists", "Researchers"])
def test_a_he_or_she_never_stands_for_people_in_the_plural(group: str) -> None:
    text = f"{group} said in recent weeks that the plant is safe.\n\nHe said for the first time that he would run."
    c = next(c for c in _claims(text) if c.quote == "he would run")
    assert c.speaker is None
    assert c.speaker_confidence is not None and c.speaker_confidence < 0.5


def test_the_person_who_spoke_before_the_group_still_is_the_he() -> None:
    text = ("Mayor Tom Reed said the plant had passed its inspection.\n\n"
            "Officials said in recent weeks that the plant is safe.\n\nHe said for the first time that he would run.")
    assert next(c for c in _claims(text) if c.quote == "he would run").speaker == "Tom Reed"
