"""Interview transcripts (reader/core/interview.py), on the real Wikinews interviews in sample_articles/ and one written
for these tests (an interviewer labelled "Wikinews:"):
the asking side's turns are not claims, the answers are quotes by the person answering."""

from __future__ import annotations

from functools import cache

from reader.core.claims.extract import Claim, extract_claims
from reader.core.claims.stages.interview import Transcript
from reader.core.documents.document import from_text, load_document
from tests.conftest import SAMPLES


@cache
def claims_of(stem: str) -> tuple[str, tuple[Claim, ...]]:
    doc = load_document(str(SAMPLES / f"{stem}.txt"))
    return doc.text, tuple(extract_claims(doc))


def claims_in(stem: str, paragraph_start: str) -> list[Claim]:
    """The claims of the paragraph that begins with `paragraph_start`."""
    text, claims = claims_of(stem)
    start = text.index(paragraph_start)
    end = text.find("\n\n", start)
    return [c for c in claims if start <= c.span.start < (end if end >= 0 else len(text))]


def test_an_ordinary_article_is_no_transcript() -> None:
    text = (SAMPLES / "execution-squads.txt").read_text(encoding="utf-8")
    assert not Transcript(text).active


def test_initials_label_answers_are_quotes_by_the_named_interviewee() -> None:
    for opening in ("Michael Siegel I am a professor", "MS Although we used gun ownership data", "MS The results suggest"):
        found = claims_in("youth-suicide-guns-study", opening)
        assert found, opening
        assert {(c.kind, c.speaker) for c in found} == {("quote", "Michael Siegel")}, opening
        assert all(not c.quote.startswith(("MS", "Michael Siegel")) for c in found)


def test_questions_and_the_outlets_note_about_the_interview_are_not_claims() -> None:
    assert claims_in("youth-suicide-guns-study", "((Wikinews))  Thank you for taking the time") == []
    assert claims_in("youth-suicide-guns-study", "((WN))  Given that some key data is from 2004") == []
    assert claims_in("youth-suicide-guns-study", "Siegel agreed to answer some questions") == []
    text, claims = claims_of("youth-suicide-guns-study")
    note = text.index("Wikinews interviewed Siegel to learn more.")
    assert not [c for c in claims if c.span.start <= note < c.span.end]


def test_bracketed_labels_and_continuation_paragraphs() -> None:
    first = claims_in("neanderthal-tools-interview", "((Naomi Martisius))   Okay.  Well, I guess")
    assert first and {(c.kind, c.speaker) for c in first} == {("quote", "Naomi Martisius")}
    assert all("))" not in c.quote for c in first)
    more = claims_in("neanderthal-tools-interview", "So we wanted to apply this method ZooMS")  # no label: same turn
    assert more and {c.speaker for c in more} == {"Naomi Martisius"}
    # inside a "((Name))" transcript, "Name: …" is part of her answer, not a turn of its own
    roles = claims_in("neanderthal-tools-interview", "Frido Welker: I think it says right at the top")
    assert roles and {c.speaker for c in roles} == {"Naomi Martisius"}
    # the interviewer's unlabelled opening
    assert claims_in("neanderthal-tools-interview", "Thank you for agreeing to discuss your findings.") == []


def test_two_interviewees_take_turns() -> None:
    assert {c.speaker for c in claims_in("centos-stream", "((Rich Bowen))  I'm Rich Bowen")} == {"Rich Bowen"}
    assert {c.speaker for c in claims_in("centos-stream", "((Pablo Greco))  CentOS started as an external project")} == {"Pablo Greco"}


def test_a_reporters_initials_asking_are_the_interviewer() -> None:
    assert claims_in("youtube-dl-dmca", "((RS))  Does YouTube implement DRM") == []
    answer = claims_in("youtube-dl-dmca", "((Philipp Hagemeister))  YouTube implements DRM for YouTube Movies.")
    assert answer and {(c.kind, c.speaker) for c in answer} == {("quote", "Philipp Hagemeister")}


def test_an_answer_is_quoted_sentence_by_sentence() -> None:
    text, _ = claims_of("youth-suicide-guns-study")
    found = claims_in("youth-suicide-guns-study", "MS Although we used gun ownership data")
    start = text.index("Although we used gun ownership data")
    end = text.index("\n", start)
    sentences = [s.strip().rstrip(".") for s in text[start:end].split(". ") if s.strip()]
    assert [c.quote for c in found] == sentences


def test_small_talk_in_an_answer_is_not_a_claim() -> None:
    found = claims_in("youtube-dl-dmca", "((Philipp Hagemeister))  Yes, and I concur.")
    assert found and not any(c.quote.startswith("Yes") for c in found)
    assert not any(c.quote.startswith(("Okay", "Yeah")) for c in claims_in("neanderthal-tools-interview", "((Naomi Martisius))  Yeah!"))


def test_the_outlets_own_reporting_is_not_a_claim() -> None:
    text, claims = claims_of("youtube-dl-dmca")
    for phrase in ("reached out to Sergey", "won't give any comments at this time", "EFF is yet to respond", "also reached out to Philipp"):
        at = text.index(phrase)
        assert not [c for c in claims if c.span.start <= at < c.span.end], phrase


def test_a_transcript_whose_interviewer_is_labelled_wikinews_with_a_colon() -> None:
    text = ("Wikinews interviews mill owner Ann Lee\n\nWikinews spoke with Ann Lee, the owner of the Acme mill.\n\n"
            "Wikinews: Why is the mill closing?\n\nAnn Lee: Flour prices fell by half in two years.\n\n"
            "Wikinews: What will happen to the workers?\n\nAnn Lee: Most of them will retire.")
    rows = [(c.kind, c.quote, c.speaker) for c in _plain(text)]
    assert rows == [("quote", "Flour prices fell by half in two years", "Ann Lee"), ("quote", "Most of them will retire", "Ann Lee")]


def _plain(text: str) -> list[Claim]:
    return extract_claims(from_text(text, "t"))
