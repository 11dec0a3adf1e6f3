"""Where a cue's content ends at a clause of the sentence's own (reader/core/claims/stages/frames/lead_clause.py), on
sentences of the news keys' Global Voices articles (tests/gold/news/articles, CC BY 3.0)."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text, load_document
from tests.conftest import SAMPLES

NEWS = Path(__file__).parent / "gold" / "news" / "articles"


def _sentence(stem: str, opening: str) -> str:
    text = (NEWS / f"{stem}.txt").read_text(encoding="utf-8")
    at = text.index(opening)
    return text[at : text.index(".", text.index(",", at)) + 1]


def _claims(sentence: str) -> list:
    return extract_claims(from_text("News\n\n" + sentence, "news.txt"))


def test_a_cue_in_the_opening_when_clause_does_not_report_the_main_clause() -> None:
    cl = _claims(_sentence("gv-israel-asylum-seekers-racism", "When the Israeli media reports"))
    main = [c for c in cl if "dog-whistling" in c.quote]
    assert main and all(c.speaker is None for c in main), main
    assert all("dog-whistling" not in c.quote for c in cl if c.speaker == "the Israeli media")


def test_but_and_a_clause_of_its_own_ends_what_the_cue_reports() -> None:
    cl = _claims(_sentence("gv-china-al-jazeera-expulsion", "Foreign Ministry spokesman Hong Lei"))
    hong = [c for c in cl if c.speaker == "Hong Lei"]
    assert hong and all("speculation" not in c.quote for c in hong), hong
    assert "content.but-clause" in hong[0].rules
    rest = [c for c in cl if "online speculation points to" in c.quote]
    assert rest and rest[0].speaker != "Hong Lei"


def test_a_linking_adverbial_and_closing_hashtags_are_no_part_of_the_statement() -> None:
    """claim.linking-lead, the GUIDE's smallest span: power-plant-pollution-deaths' 'For example, 37% of the power plant
    pollution …' states the figure, not the linking words; a tweet's closing hashtag is a tag, not a word of what it says
    (gv-palestine-hunger-strike-deal, as published)."""
    doc = load_document(str(SAMPLES / "power-plant-pollution-deaths.txt"))
    figure = next(c for c in extract_claims(doc) if "37% of the power plant pollution" in c.quote)
    assert figure.quote.startswith("37% of the power plant pollution"), figure.quote
    tweet = extract_claims(from_text("Title\n\n@LinahAlsaafin: BREAKING: #ThaerHalahleh's father just called me; told me "
                                     "Thaer has agreed to end his hunger strike on the morning of 15/5 Tears #PalHunger"))
    assert tweet and not any(c.quote.endswith("#PalHunger") for c in tweet), tweet


def test_a_frame_inside_dashes_ends_at_the_closing_dash() -> None:
    """content.dash-aside (gv-singapore-hougang-by-election, as published): Tharman Shanmugaratnam's words end at the
    closing dash; what Jackson Tan points out after it is no longer his."""
    article = (NEWS / "gv-singapore-hougang-by-election.txt").read_text(encoding="utf-8")
    claims = extract_claims(from_text(article))
    tharman = next(c for c in claims if c.quote.startswith("the by-election would solely be on local issues"))
    assert tharman.speaker == "Tharman Shanmugaratnam" and tharman.quote.endswith("rather than national policy"), tharman
    assert not any("Singapore is too small" in c.quote and c.speaker == "Tharman Shanmugaratnam" for c in claims)


def test_a_request_is_a_stance_like_a_demand() -> None:
    """youtube-dl-dmca: 'RIAA listed a number of forks of youtube-dl and requested GitHub via the notice they all be
    made inaccessible' — the request is RIAA's, as a demand would be (lexicon/cues stance verbs)."""
    doc = load_document(str(SAMPLES / "youtube-dl-dmca.txt"))
    request = next(c for c in extract_claims(doc) if "made inaccessible" in c.quote)
    assert request.speaker == "Recording Industry Association of America (RIAA)" and request.quote.startswith("requested GitHub"), request


def test_a_lead_clause_ends_before_a_main_clause_with_any_finite_verb() -> None:
    """'When farmers said C, the talks went on': an irregular past, a modal or 'there’s' opens the main clause too."""
    for sentence, main in [("When the farmers said the price was too low, the talks went on.", "the talks went on"),
                           ("Although Tom Baker said the mill was safe, its owners will close it in May.", "its owners will close it"),
                           ("Because the Herald reported that the mill was losing money, there’s no buyer for it now.", "there’s no buyer")]:
        cl = _claims(sentence)
        reported = [c for c in cl if c.cue is not None and c.speaker is not None]
        assert reported and all(main not in c.quote for c in reported), (sentence, reported)
        assert "content.lead-clause" in reported[0].rules
        assert any(main in c.quote and c.speaker is None for c in cl), cl


def test_a_participle_after_while_goes_on_with_the_report() -> None:
    """'X said C, while preparing D': the participle has C's subject, so D is X's report too; 'while' and a clause of its
    own still ends it."""
    cl = _claims("Acme said it plans to open the mill in May, while hiring more staff over the summer.")
    acme = [c for c in cl if c.speaker == "Acme"]
    assert len(acme) == 1 and acme[0].quote.endswith("over the summer"), cl
    cl = _claims("Acme said it plans to open the mill in May, while the farmers want it open in March.")
    assert [c.quote for c in cl if c.speaker == "Acme"] == ["it plans to open the mill in May"], cl


def test_that_s_after_a_cue_is_part_of_the_content() -> None:
    """'said that’s the worst price': 'that’s' is a pronoun and its verb, no complementiser to leave out."""
    for sentence in ("Tom Baker said that’s the worst price in years.", "As the mayor has pointed out, that's a poor deal for the farmers."):
        cl = _claims(sentence)
        said = [c for c in cl if c.speaker is not None]
        assert said and said[0].quote.startswith("that"), cl
