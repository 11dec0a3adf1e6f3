"""The press-release layout (stages/press.py) on a real release: the Department of Health (NI) item of the press
keys (tests/gold/press/, OGL v3.0), as published (the cue and the quote in one paragraph, quote marks kept) and as
the page printed it (the cue line its own paragraph, then a blockquote whose marks are gone when its markup is
stripped): the same speakers either way."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.claims.record import Claim
from reader.core.documents.document import from_text

ROOT = Path(__file__).resolve().parent.parent
RELEASE = (ROOT / "tests/gold/press/articles/healthni-post-covid-clinics.txt").read_text(encoding="utf-8")
NHSE = (ROOT / "tests/gold/press/articles/nhse-long-covid-clinics.txt").read_text(encoding="utf-8")


def _blockquoted(text: str) -> str:
    """The release with each cue line on its own and the quotes' marks gone (a blockquote without its '>')."""
    for cue in ("The Minister said: “", "Concluding the Minister said: “"):
        text = text.replace(cue, cue[:-2] + "\n\n")
    return text.replace("“", "").replace("”", "")


def _claim(claims: list[Claim], start: str) -> Claim:
    return next(c for c in claims if c.quote.startswith(start))


def test_a_colon_quote_is_one_claim_of_the_cue_speaker() -> None:
    claims = extract_claims(from_text(RELEASE))
    c = _claim(claims, "Establishing dedicated services")
    assert c.kind == "quote" and c.speaker == "Robin Swann" and "quote.colon-paragraph" in c.rules
    assert c.quote.endswith("support them in their recovery.")  # all three sentences, one claim
    assert not any(o.quote.startswith("Many people are suffering") for o in claims)


def test_a_quote_left_open_goes_on_in_the_next_paragraph() -> None:
    claims = extract_claims(from_text(NHSE))
    first = _claim(claims, "In the first wave of the pandemic")
    assert first.speaker == "Graham Burns" and first.quote.endswith("what long covid is.")
    nxt = _claim(claims, "I’m delighted that patients")
    assert nxt.speaker == "Graham Burns" and "quote.run-paragraph" in nxt.rules
    assert not any(c.quote.startswith("Sir Simon Stevens") or c.quote.startswith("Dr Graham Burns") for c in claims)


def test_paragraphs_after_a_cue_line_are_the_speakers_until_narrative() -> None:
    claims = extract_claims(from_text(_blockquoted(RELEASE)))
    assert not any(c.quote.startswith(("The Minister said", "Concluding the Minister")) for c in claims)  # cue lines
    first = _claim(claims, "Establishing dedicated services")
    assert first.kind == "quote" and first.speaker == "Robin Swann" and "quote.cue-line" in first.rules
    assert first.quote.endswith("in their recovery.")
    # the article's own paragraph after the quote: no first person, no speaker
    narrative = _claim(claims, "Clinics will refer patients")
    assert narrative.speaker is None and narrative.kind != "quote"
    assert _claim(claims, "The multidisciplinary clinics").speaker == "Robin Swann"
    assert _claim(claims, "I will continue to review services").speaker == "Robin Swann"  # first person: goes on
    assert _claim(claims, "Patients must be referred").speaker is None  # after the 'Notes to editors:' heading


def test_a_colon_quote_without_marks_is_the_cue_speakers_too() -> None:
    # the release with its quote marks gone and the cue left in the quote's paragraph
    claims = extract_claims(from_text(RELEASE.replace("“", "").replace("”", "")))
    first = _claim(claims, "Establishing dedicated services")
    assert first.kind == "quote" and first.speaker == "Robin Swann" and "quote.colon-paragraph" in first.rules
    assert first.quote.endswith("in their recovery.")
    assert _claim(claims, "Clinics will refer patients").speaker is None
    assert _claim(claims, "The multidisciplinary clinics").quote.endswith("respiratory symptoms post COVID19.")
    assert _claim(claims, "I will continue to review services").speaker == "Robin Swann"


def test_a_reflexive_first_person_goes_on_with_the_run() -> None:
    text = ("Justice Secretary confirms plans\n\nThe government will change the release test.\n\nMarie McCourt said:\n\n"
            "I am obviously very pleased that the Justice Secretary has now confirmed the plans.\n\n"
            "This legislation will mean that myself and many other families will not have to endure the torture.\n\n"
            "Parole Board guidance is already clear that offenders may still pose a risk.\n")
    claims = extract_claims(from_text(text))
    assert _claim(claims, "This legislation will mean").speaker == "Marie McCourt"  # 'myself' is the first person
    assert _claim(claims, "Parole Board guidance").speaker is None


def test_a_pronoun_reported_inside_the_quote_does_not_end_the_run() -> None:
    # 'he agreed to meet me', in the speaker's own words, is their report of someone else: the quote goes on
    text = ("Mill law confirmed\n\nThe minister, Tom Baker, said the law was needed.\n\nAnn Lee said:\n\n"
            "I am pleased that the minister has confirmed the law and grateful that he agreed to meet me.\n\n"
            "This law will mean that other families will not suffer as my family has.\n")
    claims = extract_claims(from_text(text))
    assert _claim(claims, "I am pleased").speaker == "Ann Lee" and "quote.cue-line" in _claim(claims, "I am pleased").rules
    assert _claim(claims, "This law will mean").speaker == "Ann Lee"
