"""What stands around a cue is no claim of its own, and a cue word that is a noun makes none: the affiliation after a
name that a role opens ('said study co-author Professor X of Y University'), a stance verb alone before the colon of its
quote ('X disagreed: “…”') (both shapes are in the issue's list of what failed on blind text), a cue word after a verb of
giving or showing ('made promises') or before its own verb ('reporting is'). The sentences are written for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims
from tests.claim_rows import rows_of as _rows


def test_an_affiliation_after_a_role_and_a_name_is_part_of_the_source() -> None:
    cs = _claims("“The results are clear,” said study co-author Professor John Smith of Harvard University.")
    assert [(c.quote, c.speaker, c.role) for c in cs] == [("The results are clear,", "John Smith", "study co-author")]
    text = "“The results are clear,” said study co-author Professor John Smith of Harvard University."
    assert text[cs[0].speaker_span.start : cs[0].speaker_span.end] == "Professor John Smith of Harvard University"
    # a role after the affiliation is still the role
    c = _claims("“It works,” said lead author John Smith of the University of Oslo, a physicist.")[0]
    assert (c.speaker, c.role) == ("John Smith", "a physicist")


def test_a_stance_verb_alone_before_a_quote_is_no_claim() -> None:
    assert _rows("Ann Lee disagreed: “The data are weak.”") == [("The data are weak.", "Ann Lee", None)]
    # the stance's object before the colon is still what the speaker holds
    assert _rows("Critics opposed the plan: “It is bad.”") == [("opposed the plan", "Critics", None),
                                                                ("It is bad.", "Critics", None)]


def test_a_cue_word_after_a_verb_of_giving_or_showing_is_its_object() -> None:
    for text in ("This graphic provides forecast rainfall totals for a specified time period.",
                 "After the protests, the government eventually made promises to halt imports immediately.",
                 "This requires questions and tasks in all subjects to be framed clearly."):
        c = _claims(text)[0]
        assert (c.cue, c.speaker, c.kind) == (None, None, "assertion"), text
        assert c.quote == text.rstrip(".")
    # the statement of whoever said it is still theirs
    c = _claims("David Taylor said the system showed enough promise to take part in the next test.")[0]
    assert (c.speaker, c.quote) == ("David Taylor", "the system showed enough promise to take part in the next test")


def test_an_ing_or_s_cue_word_before_its_verb_is_a_noun() -> None:
    for text in ("This type of guerilla reporting is in line with the general trend.",
                 "Around the attack, the uncertainty around death reports became a political issue."):
        c = _claims(text)[0]
        assert (c.cue, c.speaker, c.kind) == (None, None, "assertion"), text
    # a progressive with its auxiliary still reports
    assert _rows("Officials are saying the town is safe.") == [("the town is safe", "Officials", None)]
