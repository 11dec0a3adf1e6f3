"""Degrees set off by commas after a name ('Ann Lee, M.D., director of …') are no name and no role: the speaker is the
name before them, the role the words after them. The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.role) for c in _claims(text) if c.speaker]


def test_a_role_after_the_degrees_of_an_inverted_source() -> None:
    text = "“The mill is safe,” said Ann Lee, M.D., director of the Farm Health Office."
    assert _who(text) == [("Ann Lee", "director of the Farm Health Office")]
    assert [c.quote for c in _claims(text)] == ["The mill is safe,"]  # the role is no claim of its own


def test_a_subject_with_degrees_is_the_name_before_them() -> None:
    assert _who("Tom Baker, Ph.D., a professor at York, said the mill is safe.") == [("Tom Baker", "a professor at York")]
    assert _who("Tom Baker, M.D., Ph.D., the owner of the mill, said it is safe.") == [("Tom Baker", "the owner of the mill")]


def test_degrees_that_end_the_sentence_end_the_name() -> None:
    text = "“The season is near,” said Farm Office Director Ann Lee, Ph.D. “The harvest is early.”"
    assert _who(text) == [("Ann Lee", "Farm Office Director"), ("Ann Lee", "Farm Office Director")]


def test_a_name_set_off_by_a_stray_comma_before_its_cue_is_the_subject() -> None:
    # 'Tom Baker, said the mill …' has its own verb after 'the mill': no source after the cue, as in 'Tom Baker, said the mayor, …'
    assert _who("Tom Baker, M.D., said the mill is safe.") == [("Tom Baker", None)]
    assert _who("Tom Baker, said the mill will close.") == [("Tom Baker", None)]
    assert [c.speaker for c in _claims("And Tom Baker, said the mayor, is the owner.")] == ["the mayor"]
