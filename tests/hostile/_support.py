"""Shared checks for the hostile tests: real article text with hostile pieces spliced in."""

from __future__ import annotations

from pathlib import Path

from reader.core.claims.extract import extract_claims
from reader.core.documents.document import Document, load_document, normalize
from reader.core.text.safe import is_safe, safe_text
from reader.core.text.segment import sentences

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_articles"

ESCAPES = ("\x1b", "\x9b", "\x9d", "\x07", "\x00")
"""ESC, 8-bit CSI, 8-bit OSC, BEL, NUL: what a terminal would act on."""


def article(name: str = "ebola-treatments.txt") -> str:
    return normalize((SAMPLES / name).read_text(encoding="utf-8"))


def spliced(piece: str, name: str = "ebola-treatments.txt") -> str:
    """A real article with `piece` inserted into its first body paragraph and into a quotation."""
    text = article(name)
    para = text.index("\n\n") + 2
    text = text[:para] + piece + " " + text[para:]
    q = text.index('"', para)
    return text[: q + 1] + piece + text[q + 1 :]


def write(tmp_path: Path, data: str | bytes, name: str = "hostile.txt") -> str:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return str(p)


def assert_displayable(doc: Document) -> str:
    """The display string is safe and span-compatible; claims are true to the text. Returns the display text."""
    shown = safe_text(doc.text)
    assert len(shown) == len(doc.text)
    assert is_safe(shown)
    for ch in ESCAPES:
        assert ch not in shown
    for span in sentences(doc.text, doc.body_start):
        assert 0 <= span.start <= span.end <= len(doc.text)
    for claim in extract_claims(doc):
        assert doc.text[claim.start : claim.end] == claim.quote
        assert is_safe(shown[claim.start : claim.end])
    return shown


def load_shown(path: str, **kw: object) -> tuple[Document, str]:
    doc = load_document(path, **kw)  # type: ignore[arg-type]
    return doc, assert_displayable(doc)
