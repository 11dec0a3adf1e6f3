"""Stance verbs with a noun-phrase object, prepositional openers, the outlet's own reporting and page furniture:
one test per construction, on real paragraphs of sample_articles/ (looked up by their opening words)."""

from __future__ import annotations

from reader.core.claims.stages.frames.find import find_frames
from tests.test_claims import _claims, _find


def test_stance_verb_with_a_noun_phrase_object_starts_at_the_verb() -> None:
    cl = _claims("eastmed-pipeline", "On Tuesday, the Greek prime minister")
    c = _find(cl, "reasserted the openness of the EastMed project")
    assert c.kind == "attribution" and c.quote.startswith("reasserted") and c.speaker == "Kyriakos Mitsotakis"


def test_stance_verbs_in_a_row_each_take_their_subject() -> None:
    cl = _claims("campaign-trail-oct-2020", "The candidates agreed on many issues")
    c = _find(cl, "supported the removal of US troops from Afghanistan")
    assert c.kind == "attribution" and c.quote.startswith("supported")
    # after 'though', the coordinated names are the next stance's subject
    c = _find(cl, "raised concerns about the problems")
    assert c.kind == "attribution" and c.quote.startswith("raised") and c.speaker == "Pierce and Carroll"
    c = _find(cl, "attacked war as a tool of the US ruling class")  # 'attacked X as …' is speech
    assert c.kind == "attribution" and c.speaker == "La Riva and Hawkins"
    c = _find(cl, "wanted the US to avoid being the policeman of the world")
    assert c.kind == "attribution"


def test_stance_phrase_and_adverb_before_the_verb() -> None:
    cl = _claims("campaign-trail-oct-2020", "The candidates agreed on many issues")
    c = _find(cl, "expressed opposition to Defund the Police")  # the phrase goes on with 'to'
    assert c.kind == "attribution" and c.speaker == "Blankenship and Carroll"
    c = _find(cl, "endorsed it")  # "La Riva fully endorsed it": the adverb is no part of the name
    assert c.kind == "attribution" and c.speaker == "La Riva"


def test_hailed_as_and_considers_to_be() -> None:
    cl = _claims("eastmed-pipeline", "With this forming of political")
    c = _find(cl, "hailed the pipeline as an advancement")
    assert c.kind == "attribution" and c.speaker == "Democratic Rally"


def test_a_record_and_a_passive_are_no_stance() -> None:
    cl = _claims("gdansk-mayor-stabbed", "Adamowicz, 53, has supported")
    assert _find(cl, "has supported LGBT rights").kind == "assertion"  # 'has supported': a record, no position stated
    assert find_frames("The plan, backed by the EU, was signed.") == []


def test_prepositional_opener_is_no_subject() -> None:
    cl = _claims("eastmed-pipeline", "In his Tuesday live-streamed talk")
    for c in cl:
        assert not (c.speaker or "").startswith("In ")
    c = _find(cl, "We don't seek to exclude anyone")
    assert c.kind == "quote"
    assert all(f.verb != "think" for f in find_frames("at the United States think tank Atlantic Council's headquarters"))


def test_leading_conjunction_is_no_part_of_the_name() -> None:
    cl = _claims("campaign-trail-oct-2020", "In opening the debate, Carroll")
    assert all(not (c.speaker or "").startswith("And ") for c in cl)


def test_felt_before_a_clause_is_a_cue() -> None:
    cl = _claims("campaign-trail-oct-2020", "The candidates agreed on many issues")
    c = _find(cl, "the League of Women Voters did a better job")
    assert c.kind == "attribution"
    assert find_frames("He felt the cold wind on his face.") == []


def test_outlet_reporting_and_furniture_are_no_claims() -> None:
    cl = _claims("campaign-trail-oct-2020", "The following is the sixth", "This month's spotlight", "Wikinews provided",
                 "Wikinews asked three political pundits")
    for words in ("sixth and final edition", "original material", "Free and Equal Elections Foundation holds",
                  "Wikinews provided an opportunity", "Wikinews asked three political pundits"):
        assert not any(words in c.quote for c in cl), words


def test_slogan_in_quote_marks_is_no_claim() -> None:
    cl = _claims("campaign-trail-oct-2020", "To dissatisfied Democrats")
    assert not any(c.quote.startswith(("Be Bold", "Vote Gold")) for c in cl)
    assert _find(cl, "There is a real party of peace and justice.").kind == "quote"


def test_reported_question_is_no_claim() -> None:
    cl = _claims("campaign-trail-oct-2020", "Like the previous debate", "Just before the final presidential debate")
    assert not any("wondered how the US can train" in c.quote for c in cl)
    c = _find(cl, "blasted Biden as a career politician")  # the question after 'and repeatedly asked why' is cut off
    assert c.kind == "attribution" and c.quote == "blasted Biden as a career politician"


def test_name_given_in_quote_marks_is_a_quote_by_the_subject() -> None:
    cl = _claims("campaign-trail-oct-2020", "In the final days of October")
    c = _find(cl, "chumps.")  # "Biden referred to the people as “chumps.”"
    assert (c.kind, c.quote) == ("quote", "chumps.") and (c.speaker or "").endswith("Biden")
    cl = _claims("campaign-trail-oct-2020", "With Blankenship's absence")
    c = _find(cl, "deeply concerned")  # "Pierce professed himself “deeply concerned” about …, and endorsed using …"
    assert (c.kind, c.quote, c.speaker) == ("quote", "deeply concerned", "Pierce")
    assert _find(cl, "endorsed using").kind == "attribution"


def test_offer_and_request_with_an_infinitive() -> None:
    cl = _claims("campaign-trail-oct-2020", "In opening the debate, Carroll")
    c = _find(cl, "offered US$1 million to Hunter Biden")
    assert c.kind == "statistic" and c.quote.startswith("offered") and c.speaker == "Blankenship"  # its point is a sum
    cl = _claims("campaign-trail-oct-2020", "Just before the final presidential debate")
    c = _find(cl, "asked Trump to post the video on his website")
    assert c.kind == "attribution" and c.quote.startswith("asked") and (c.speaker or "").endswith("Biden")


def test_in_the_analysis_of_x_reads_as_according_to() -> None:
    cl = _claims("eastmed-pipeline", "Haifa University geostrategy expert")
    c = _find(cl, "the high costs and technical challenges render the project unrealistic")
    assert c.kind == "attribution" and c.speaker == "German Institute for Economic Research"


def test_calling_it_a_quoted_name_after_a_stance() -> None:
    cl = _claims("eastmed-pipeline", "He also commented on")
    for words in ("null and void", "geographically ridiculous"):  # '…, calling it “null and void” and “…”'
        c = _find(cl, words)
        assert c.kind == "quote", words


def test_citing_lead_is_circumstance_of_the_frame() -> None:
    cl = _claims("youtube-dl-dmca", "youtube-dl has multiple unit tests")
    assert not any(c.quote == "Citing this test" for c in cl)  # "Citing this test, RIAA's take-down notice claimed “…”"
