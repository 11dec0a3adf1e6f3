"""Fuzz: arbitrary text through loader (from_text / parse_document) -> segmenter -> extractor -> display.

Never raises; every span lies inside the text; every quote equals its span; display keeps length.
Search and store join this chain when they exist.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import LoadError, from_text, parse_document
from reader.core.text.safe import is_safe, safe_inline, safe_text
from reader.core.text.segment import paragraphs, sentences

# Characters that stress the chain: quotes and stops the extractor keys on, controls, bidi, joiners, marks.
SPICE = st.sampled_from(list('"“”‘’.!?…\n\n \t\r\x00\x1b\x9b\u202e\u2066\u200b\u200d\ufeff\u0301\u2028[]@=') + ["\ud800"])
WORDS = st.sampled_from(["said", "according to ", "reportedly", "Mr. ", "U.S. "])
TEXT = st.lists(st.one_of(st.text(max_size=20), SPICE, WORDS), max_size=60).map("".join)


def check(doc_text: str, body_start: int) -> None:
    n = len(doc_text)
    for span in [*paragraphs(doc_text), *sentences(doc_text, body_start)]:
        assert 0 <= span.start <= span.end <= n


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_from_text_segment_extract(text: str) -> None:
    doc = from_text(text)
    check(doc.text, doc.body_start)
    for claim in extract_claims(doc):
        assert 0 <= claim.start <= claim.end <= len(doc.text)
        assert doc.text[claim.start : claim.end] == claim.quote
        if claim.speaker_span:
            assert claim.speaker_span.end <= len(doc.text)
    shown = safe_text(doc.text)
    assert len(shown) == len(doc.text) and is_safe(shown)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([None, "replace", "latin-1", "utf-16"]), st.sampled_from(["-", "a.txt", "a.md", "a.html"]))
def test_bytes_either_load_or_refuse_in_one_line(data: bytes, encoding: str | None, name: str) -> None:
    try:
        doc = parse_document(data, name, encoding)
    except LoadError as exc:
        assert "\n" not in str(exc)
        return
    check(doc.text, doc.body_start)
    for claim in extract_claims(doc):
        assert doc.text[claim.start : claim.end] == claim.quote
    assert len(safe_text(doc.text)) == len(doc.text)
    assert "\n" not in safe_inline(doc.title)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_safe_text_keeps_length_and_is_idempotent(s: str) -> None:
    once = safe_text(s)
    assert len(once) == len(s) and is_safe(once)
    assert safe_text(once) == once
