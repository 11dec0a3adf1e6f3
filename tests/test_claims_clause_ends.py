"""Where a cue's content ends at a clause of the sentence's own (reader/core/claims/stages/frames/lead_clause.py), on
sentences of the news keys' Global Voices articles (tests/gold/news/articles, CC BY 3.0)."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text

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
