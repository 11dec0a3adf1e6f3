"""A cue line ending in a colon and the list below it (the press-release shape of wire copy): each item of the list is the
line's speaker's, as far as the list goes; a heading before the line's own colon names no one; a line that ends on a
modal ('the EU will:') leads into its list and states nothing; a document named as the line's subject speaks for its
issuer, as anywhere else. The sentences are written for these tests, in the shapes of the wire keys."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def _para(*lines: str) -> str:
    return "Title\n\n" + "\n\n".join(lines)


def test_every_item_of_a_list_after_a_cue_line_is_the_speakers() -> None:
    text = _para("In a statement, Kirby said the department:",
                 "-- Will not use the mines outside the peninsula;",
                 "-- Will not help others to use them; and",
                 "-- Will begin to destroy the mines it holds.",
                 "The change follows a review of the policy.")
    cs = _claims(text)
    assert [c.speaker for c in cs] == ["Kirby", "Kirby", "Kirby", None]
    assert cs[-1].quote == "The change follows a review of the policy"
    # items in lower case that end the line's own sentence
    text = _para("Northwind Health estimates that every year the rule will:", "prevent up to 2,600 cases of the disease.",
                 "reduce up to 1,500 early deaths.", "The rule takes effect next year.")
    assert [c.speaker for c in _claims(text)] == ["Northwind Health", "Northwind Health", None]


def test_a_paragraph_that_is_no_item_ends_the_list() -> None:
    text = _para("In a statement, Kirby said the department:", "-- Will not use the mines outside the peninsula;",
                 "The review began in June.")
    assert [c.speaker for c in _claims(text)] == ["Kirby", None]


def test_a_heading_before_the_lines_colon_names_no_one_and_a_modal_leads_into_the_list() -> None:
    text = _para("Ramp up production of COVID-19 vaccines: the EU will:", "Update the purchase agreements for new vaccines;",
                 "Work closely with manufacturers to watch supply chains;")
    cs = _claims(text)
    assert [(c.quote, c.speaker) for c in cs] == [("Update the purchase agreements for new vaccines", None),
                                                  ("Work closely with manufacturers to watch supply chains", None)]


def test_a_document_as_the_lines_subject_is_read_as_a_document() -> None:
    c = _claims("Title\n\nThe guidance published today explains that schools should act.")[0]
    assert (c.speaker, c.via) == (None, "The guidance")
    text = _para("The guidance published today explains that schools should:", "use clear and consistent layout",
                 "use plain language")
    assert [(c.speaker, c.via) for c in _claims(text)] == [(None, "The guidance"), (None, "The guidance")]
    # a report named with its date is the report, not 'The report released'
    c = _claims("Title\n\nThe report released today says that prices rose.")[0]
    assert (c.speaker, c.via) == (None, "The report")
