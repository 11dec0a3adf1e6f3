"""Fuzz the whole chain: loader -> segmenter -> extractor -> search -> store -> export.

Arbitrary text never raises; every span (claims, search hits, lit characters, annotations)
lies inside the text and every quote equals its span; what the store saves comes back verbatim.
"""

from __future__ import annotations

import json
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.annotations.backends import open_store
from reader.core.annotations.store import StoreError
from reader.core.claims.extract import extract_claims
from reader.core.documents.document import from_text
from reader.core.exchange.export import FORMATS, export
from reader.core.search.index import SearchIndex
from reader.core.session.session import Session, claim_key
from tests.hostile.test_fuzz import TEXT

QUERY = st.text(alphabet=st.sampled_from(list("aeiorstn '^$!@#:|\\\"”RS.x\u202e\x1b")), max_size=12)
NOTE = st.text(max_size=40)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(TEXT, st.lists(QUERY, min_size=1, max_size=3), NOTE, st.lists(NOTE, max_size=3))
def test_text_search_store_export_never_break(text: str, queries: list[str], note: str, tags: list[str]) -> None:
    doc = from_text(text, path="fuzz.txt")
    n = len(doc.text)
    claims = extract_claims(doc)
    for c in claims:
        assert doc.text[c.start : c.end] == c.quote
    index = SearchIndex.build(doc, claims)
    for q in queries:
        for hit in index.search(q):
            assert 0 <= hit.span.start <= hit.span.end <= n
            assert all(0 <= i < len(hit.label) for i in hit.lit)
        for span in index.text_matches(q):
            assert 0 <= span.start <= span.end <= n
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(tmp)
        try:
            session = Session.open(doc, claims, store)
            if claims:
                c = claims[0]
                if "\x00" in note or any("\x00" in t for t in tags):  # NUL is refused at input, naming the field
                    with pytest.raises(StoreError, match="NUL"):
                        session.set_note(c.span, note, claim_key(c))
                        session.set_tags(c.span, tags, claim_key(c))
                    note, tags = "x", []
                session.set_note(c.span, note or "x", claim_key(c))
                session.set_tags(c.span, tags, claim_key(c))
                index.set_annotations(session.annotations)
                for a in store.for_document(doc):
                    assert doc.text[a.selector.start : a.selector.end] == a.selector.exact
                    assert a.note == (note or "x")
                    assert list(a.tags) == list(dict.fromkeys(t.strip() for t in tags if t.strip()))
            for fmt in FORMATS:
                out = export(doc, claims, session.annotations, fmt)
                if fmt in ("w3c", "claimreview"):
                    json.loads(out)
        finally:
            store.close()
