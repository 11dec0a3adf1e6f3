"""The small article the store tests annotate, and how they make an annotation on a quote of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.annotations.model import Annotation, Selector
from reader.core.documents.document import Document, from_text
from reader.core.text.spans import Span

TEXT = (
    "Budget to grow\n\nOfficials said on Tuesday that the budget would grow by 4 percent next year. "
    "Critics disagreed strongly with the claim about growth.\n\nPolice detained 12 people after the protest."
)


def ann(doc: Document, quote: str, **kw: object) -> Annotation:
    start = doc.text.index(quote)
    sel = Selector.from_span(doc.text, Span(start, start + len(quote)))
    return Annotation(sel, doc.fingerprint, doc.path, doc.title, **kw)  # type: ignore[arg-type]


@pytest.fixture(name="doc")
def doc_fixture(tmp_path: Path) -> Document:
    """`doc`: TEXT as the file article.txt in the test's folder (import `doc_fixture` to use it)."""
    return from_text(TEXT, path=str(tmp_path / "article.txt"))
