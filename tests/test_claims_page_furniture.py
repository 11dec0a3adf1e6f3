"""Page furniture a reader copies with an article: a dateline cut off at its dash ('LEEDS, England (AP) — …'), a time
stamp line ('Published 12:30 PM EST, …'). Neither is a claim; the statement after the dateline is. The text is written
for these tests."""

from __future__ import annotations

from tests.claim_rows import claims_of as _claims


def test_a_dateline_before_a_dash_is_no_claim() -> None:
    for text in ("LEEDS, England (AP) — The Acme flour mill will close in May.",
                 "LEEDS, England (Herald) — The Acme flour mill will close in May, its owner said on Monday."):
        cs = _claims(text)
        assert [c.quote for c in cs] == ["The Acme flour mill will close in May"], text
    # a sentence in capitals longer than a dateline stays
    assert _claims("I DO NOT THINK THE MILL WILL EVER CLOSE.")


def test_a_time_stamp_line_is_no_claim() -> None:
    text = "The mill closes\n\nPublished 12:30 PM EST, Mon December 7, 2026\n\nThe Acme flour mill will close in May."
    assert [c.quote for c in _claims(text)] == ["The Acme flour mill will close in May"]
    # a sentence that opens with 'Published' and says something stays
    assert _claims("Published in May, the report found that wages fell by 3 percent.")


def test_a_sources_list_under_its_heading_is_no_claim() -> None:
    text = ("Mill to close\n\nThe Acme flour mill will close in May, the company said.\n\nSources\n\n"
            "“Acme to shut Leeds mill” — The Herald, December 7, 2026\n\n"
            "“Mill closure threatens 300 jobs” — Leeds Post, December 7, 2026")
    assert [c.quote for c in _claims(text)] == ["The Acme flour mill will close in May"]
    # the article goes on after a list: a paragraph with no citation in it is the article's again
    text = ("Mill to close\n\nRelated news\n\nAcme reports record losses (March 3, 2026)\n\n"
            "The Acme flour mill will close in May, the company said.")
    assert [c.quote for c in _claims(text)] == ["The Acme flour mill will close in May"]



def test_a_preview_or_a_banner_ends_with_its_sentence() -> None:
    """A text with no paragraph breaks (a pasted page) keeps the claims after a preview or a banner in the same paragraph."""
    claims = _claims("This week's roundup: the mill, the farmers and the mayor. Ann Lee said the mill would close in May. "
                     "This post is part of our special coverage of the mill. Tom Baker said the farmers would leave.")
    assert [(c.speaker, c.quote) for c in claims] == [("Ann Lee", "the mill would close in May"),
                                                       ("Tom Baker", "the farmers would leave")]


def test_a_series_note_in_a_page_of_one_paragraph_is_one_sentence() -> None:
    said = " ".join(f"Ann Lee said the mill would lay off {n} farmers." for n in range(10, 30))
    claims = _claims("The following is the sixth edition of a monthly series on the mill. " + said)
    assert len(claims) == 20 and all(c.speaker == "Ann Lee" for c in claims)
    assert not _claims("The following is the sixth edition of a monthly series on the mill. It gathers the month's news.")


def test_where_to_read_more_or_whom_to_call_is_no_claim() -> None:
    text = ("For more information on the mill's closure please contact the Acme press office. For further details about the "
            "farmers' fund or to sign up for updates visit www.acme.example.org.uk. The Acme hotline can be contacted on its "
            "freephone number 0800 555 1234 or via the website. Ann Lee said the mill would close in May.")
    assert [(c.speaker, c.quote) for c in _claims(text)] == [("Ann Lee", "the mill would close in May")]
    assert _claims("For more than a decade, the farmers sold their wheat to the mill.")
