"""'X was quoted … as saying C' (stages/quoted_as.py) and an editor's bracketed first name ('[Lala] Aslikyan',
stages/typewriter.py view_of), on paragraphs of a Global Voices post (tests/gold/news/articles, CC BY 3.0)."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text

ARTICLE = (Path(__file__).parent / "gold" / "news" / "articles" / "gv-armenia-firebombers-bail.txt").read_text(encoding="utf-8")


def _paragraph_with(words: str) -> str:
    at = ARTICLE.index(words)
    end = ARTICLE.find("\n\n", at)
    return ARTICLE[ARTICLE.rfind("\n\n", 0, at) + 2 : end if end >= 0 else len(ARTICLE)].strip()


def test_quoted_as_saying_names_the_speaker_and_the_channel() -> None:
    text = "Armenia\n\n" + _paragraph_with("was quoted by the local media as saying")
    said = [c for c in extract_claims(from_text(text, "a.txt")) if "two brothers" in c.quote]
    assert said and said[0].speaker == "Artsvik Minasyan" and said[0].via == "the local media", said
    assert "frame.quoted-as-saying" in said[0].rules
    assert said[0].quote.startswith("the two brothers were")  # the content, without 'that'


def test_a_bracketed_first_name_is_part_of_the_name() -> None:
    text = "Armenia\n\n" + _paragraph_with("Aslikyan said in Armenian")
    claims = extract_claims(from_text(text, "a.txt"))
    fascism = [c for c in claims if c.quote.startswith("Fascism has reached our door")]
    assert fascism and fascism[0].speaker == "Lala Aslikyan", fascism
    assert all(c.quote == text[c.span.start : c.span.end] for c in claims)  # the claim texts are the real text's
