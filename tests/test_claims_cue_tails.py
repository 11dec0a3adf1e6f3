"""What stands around a cue is no claim of its own: the affiliation after a name that a role opens ('said study co-author
Professor X of Y University') and a stance verb alone before the colon of its quote ('X disagreed: “…”'). Both shapes are
in the issue's list of what failed on blind text; the sentences are written for these tests."""

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
