"""Sentence segmentation on the seed article: exact sentence lists for two paragraphs."""

from __future__ import annotations

from pathlib import Path

from reader.core.documents.document import load_document
from reader.core.text.segment import paragraph_sentences, paragraphs

ROOT = Path(__file__).resolve().parent.parent


def _para_sentences(stem: str, index: int) -> list[str]:
    doc = load_document(str(ROOT / "sample_articles" / f"{stem}.txt"))
    para = paragraphs(doc.text, doc.body_start)[index]
    return [s.of(doc.text) for s in paragraph_sentences(doc.text, para)]


def test_seed_quote_paragraph_stays_one_sentence() -> None:
    # inner single quotes, a dash and a straight closing quote mid-sentence do not end the sentence
    assert _para_sentences("execution-squads", 1) == [
        "According to a Telegram post from the Security Service of Ukraine (SBU) several Russian POWs have told "
        "their captors that \"army leadership has resumed the practice of 'execution squads' – echelons that follow "
        "the main forces of the Russian Federation and kill those who want to escape,\" in a grim echo of Stalin’s "
        "World War II Soviet commissar squads."
    ]


def test_seed_mixed_quote_marks() -> None:
    # curly opener, straight closer, then the cue: one sentence; the next paragraph is its own sentence
    assert _para_sentences("execution-squads", 12) == ["“I think we are steadily going back to a USSR,\" she said."]
    assert _para_sentences("execution-squads", 13) == [
        "\"I’m not seeing it as a temporary shock and then we’re going to go back to the liberal democracy and "
        "reintegration into the world, unless there is a change in government.”"
    ]


def test_sentences_inside_a_quote_split() -> None:
    sents = _para_sentences("trump-border-emergency", 1)
    assert sents[:3] == [
        "Trump said on Friday \"I can do it [call a national emergency] if I want.",
        "I may do it.\"",
        "Trump also said that he would prefer to agree a solution with the opposition.",
    ]


def test_long_paragraph_is_linear() -> None:
    # many stops in one paragraph: the abbreviation look-back is bounded, so this stays fast
    from reader.core.documents.document import from_text

    doc = from_text("T\n\n" + "The building was evacuated. Over 1,000 rescuers responded. " * 10000)
    sents = paragraph_sentences(doc.text, paragraphs(doc.text, doc.body_start)[0])  # its speed: benchmarks/huge.py
    assert len(sents) == 20000
