"""Pilot: a long document paints at once and its claims stream into the list with progress."""

from __future__ import annotations

from reader.core.annotations.backends import open_store
from reader.core.claims.extract import extract_claims
from reader.core.documents.document import load_document
from reader.tui.app import ClaimReaderApp
from reader.tui.widgets.article import ArticleView
from reader.tui.widgets.claims_list import ClaimsList
from tests.conftest import SAMPLES


async def test_claims_of_a_long_book_stream_in() -> None:
    doc = load_document(str(SAMPLES / "long" / "moby-dick.txt"))
    doc.text = doc.text * 2  # 2.5 MB: over the threshold that defers extraction
    app = ClaimReaderApp(doc, store=open_store())
    async with app.run_test(size=(120, 40)) as pilot:
        session = app.screen.session
        article = app.screen.query_one(ArticleView)
        assert article.lines.starts  # the text is readable before any claim is found
        await app.workers.wait_for_complete()
        await pilot.pause()
        expected = extract_claims(doc)
        lst = app.screen.query_one(ClaimsList)
        assert not session.claims_pending
        assert [c.span for c in session.claims] == [c.span for c in expected]
        assert len(lst.order) == len(expected) and lst.row_count == len(expected)
        assert len(article.spans_of("claim")) == len(expected)
