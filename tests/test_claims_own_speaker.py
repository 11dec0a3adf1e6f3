"""A quote paragraph that names its own speaker keeps it (own_speaker.py); a speaker carried in from an earlier
paragraph past a name of the quote's own paragraph abstains (confidence.py). Shapes mined on PolNeAR train, where the
carry from the last paragraph was wrong 99 times in 134; the texts here are made up for the shape, not news."""

from __future__ import annotations

from reader.core.claims.extract import extract_claims
from reader.core.claims.record import Claim
from reader.core.documents.document import from_text, load_document
from tests.conftest import ROOT

_BEFORE = "Title\n\n“The plan will fail in the first winter,” said Alma Reyes, who chairs the committee.\n\n"
"""A first paragraph whose quote is Alma Reyes's: the speaker the rules carried onto the next quote paragraph."""


def _claim(text: str, start: str) -> Claim:
    return next(c for c in extract_claims(from_text(text)) if c.quote.startswith(start))


def test_an_as_lead_names_the_quotes_speaker() -> None:
    c = _claim(_BEFORE + "As Tomas Berg put it in a letter to members, “The budget has no room for a second bridge.”", "The budget")
    assert c.speaker == "Tomas Berg" and "speaker.paragraph-cue" in c.speaker_rules


def test_an_inverted_said_lead_names_the_quotes_speaker() -> None:
    c = _claim(_BEFORE + "Few on the council agree. Said Berg: “The budget has no room for a second bridge.”", "The budget")
    assert c.speaker == "Berg"


def test_a_cue_after_the_closing_mark_names_the_speaker_and_the_quote_after_it() -> None:
    """'“…!” Berg said.': the sentence ends at the '!', so no frame reads the cue after it."""
    text = _BEFORE + "“We will not pay for a second bridge!” Tomas Berg said. “We said so in March.”"
    first, second = _claim(text, "We will not"), _claim(text, "We said so")
    assert first.speaker == "Tomas Berg" and "speaker.closing-cue" in first.speaker_rules
    assert second.speaker == "Tomas Berg" and "speaker.quote-before" in second.speaker_rules


def test_a_full_stop_before_the_closing_mark_is_no_cue_after_it() -> None:
    """'… you know that.” UNESCO reportedly said …': a new sentence, not the quote's cue."""
    c = _claim(_BEFORE + "On the radio she said, “The budget has no room. You know that.” Tomas Berg said nothing.", "You know")
    assert c.speaker != "Tomas Berg"


def test_a_carried_speaker_abstains_past_a_name_of_the_quotes_paragraph() -> None:
    c = _claim(_BEFORE + "An adviser to Tomas Berg sat at the back of the room. “She will not sign it.”", "She will not")
    assert c.speaker is None and c.speaker_confidence is not None and c.speaker_confidence < 0.5
    assert c.speaker_candidates[:2] == ("Alma Reyes", "Tomas Berg")


def test_a_passive_cue_after_a_quote_names_its_speaker_for_every_sentence() -> None:
    """gv-argentina-death-with-dignity: '“…” as said by the girl's mother, Selva Herbón, on several occasions'."""
    doc = load_document(str(ROOT / "tests/gold/news/articles/gv-argentina-death-with-dignity.txt"))
    quotes = [c for c in extract_claims(doc) if c.quote.startswith(("What we are going through", "My daughter's condition"))]
    assert len(quotes) == 2
    assert all(c.speaker == "Selva Herbón" and c.role == "the girl's mother" for c in quotes)


def test_a_manner_adverb_is_no_part_of_the_subject() -> None:
    c = _claim("Title\n\nMira Holt spoke at the hearing. She regretfully noted that the archive had been closed for years.",
               "the archive")
    assert c.speaker == "Mira Holt"


def test_said_in_an_interview_with_an_outlet_that_reports() -> None:
    """gv-russia-ustream-ddos: 'CEO Brad Hunstable said in an interview with Global Voices that C'."""
    c = _claim("Title\n\nCEO Mira Holt said in an interview with Global Voices that the outage lasted ten hours.", "the outage")
    assert c.speaker == "Mira Holt" and c.via == "interview with Global Voices"
