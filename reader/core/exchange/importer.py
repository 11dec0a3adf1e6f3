"""Import W3C Web Annotations (ours or another tool's) and anchor them onto a document.

Parsing lives in `w3c_parse` (re-exported here). Nothing is written here: `import_into` returns the
annotations to save and the caller saves only after it succeeded, so a bad file leaves the store untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core.annotations.anchor import reanchor_all
from reader.core.annotations.model import Annotation, Selector, now_iso
from reader.core.documents.document import Document, LoadError, read_bytes
from reader.core.exchange.import_input import ImportFormatError
from reader.core.exchange.w3c_parse import ImportedAnnotation, named_fingerprints, parse_collection, shorten
from reader.core.text.spans import Span

__all__ = ["ImportFormatError", "ImportReport", "ImportedAnnotation", "import_into", "named_fingerprints", "parse_collection",
           "read_collection"]

IMPORT_MAX_BYTES = 50_000_000
"""Default size limit of an annotation file: it is parsed whole (JSON), unlike a document."""


def read_collection(path: str, max_bytes: int = IMPORT_MAX_BYTES) -> str:
    """An annotation file's text through the document loader's guards: regular files (or stdin) only, so a
    FIFO or /dev/zero is refused at once; the size limit; UTF-8 (a BOM allowed). Raises LoadError (one line)."""
    data = read_bytes(path, max_bytes)
    where = "<stdin>" if path == "-" else path
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError(f"{where}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); annotation files are UTF-8 JSON") from None


@dataclass
class ImportReport:
    annotations: list[Annotation]
    """New or updated annotations to save, each with its anchoring state (orphans included)."""
    anchored: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    skipped: int = 0
    """Already present and not newer, or unusable (no quote and no position on this text)."""
    replaced: int = 0
    """Values that held NUL or unpaired surrogates, stored with U+FFFD in their place."""

    def summary(self) -> str:
        out = (
            f"imported {len(self.annotations)}: {self.anchored} anchored, {self.fuzzy} fuzzy, "
            f"{self.orphaned} orphaned; {self.skipped} skipped"
        )
        if self.replaced:
            out += f"; {self.replaced} value{'s' if self.replaced != 1 else ''} held NUL (now ␀) or bytes that are not UTF-8 (now \ufffd)"
        return out


# ---------------------------------------------------------------- anchoring


def _placed(text: str, quote: str, start: int | None) -> Span | None:
    """Where a quote given without context (ClaimReview, CSV, Markdown carry none) sits in this text: at its
    stated position when the words are there, else at its one and only occurrence. A quote found twice
    without a position stays unplaced: anchoring then says ambiguous or orphan rather than guessing."""
    if start is not None and text[start : start + len(quote)] == quote:
        return Span(start, start + len(quote))
    first = text.find(quote)
    if first < 0 or text.find(quote, first + 1) >= 0:
        return None
    return Span(first, first + len(quote))


def _selector(doc: Document, fingerprint: str, imp: ImportedAnnotation) -> Selector | None:
    """A full Selector: position-only annotations take their quote from the text, but only when the
    file names this very document (otherwise the offsets mean nothing here)."""
    if imp.exact is not None:
        start = imp.start if imp.start is not None else 0
        end = imp.end if imp.end is not None else start + len(imp.exact)
        if not imp.prefix and not imp.suffix and imp.exact:
            placed = _placed(doc.text, imp.exact, imp.start)
            if placed is not None:
                return Selector.from_span(doc.text, placed)
        return Selector(exact=imp.exact, prefix=imp.prefix, suffix=imp.suffix, start=start, end=end)
    if imp.fingerprint == fingerprint and imp.end is not None and imp.end <= len(doc.text):
        assert imp.start is not None
        return Selector.from_span(doc.text, Span(imp.start, imp.end))
    return None


def import_into(doc: Document, imported: list[ImportedAnnotation], existing: list[Annotation]) -> ImportReport:
    """Anchor `imported` onto `doc`; `existing` are the document's stored annotations (ids dedupe).

    An annotation whose id is already stored is skipped unless the file's copy is newer. Raises
    ImportFormatError when the file is evidently about another document: it names no source that
    is this document and not one quote anchors.
    """
    known = {a.id: a for a in existing}
    fingerprint = doc.fingerprint  # a property that hashes the whole text: compute once
    report = ImportReport(annotations=[])
    fresh: list[Annotation] = []
    for imp in imported:
        old = known.get(imp.id) if imp.id else None
        if old is not None and (imp.modified or "") <= old.modified:
            report.skipped += 1
            continue
        selector = _selector(doc, fingerprint, imp)
        if selector is None:
            report.skipped += 1
            continue
        stamp = now_iso()
        ann = Annotation(
            selector=selector,
            doc_fingerprint=fingerprint,
            doc_path=doc.path,
            doc_title=doc.title,
            verdict=imp.verdict,
            tags=imp.tags,
            note=imp.note,
            highlight=imp.highlight,
            claim_key=imp.claim_key,
            created=imp.created or stamp,
            modified=imp.modified or imp.created or stamp,
            creator=imp.creator,
            verdict_by=imp.verdict_by if imp.verdict else "",
            verdict_at=imp.verdict_at if imp.verdict else "",
            evidence=imp.evidence,
        )
        fresh.append(replace(ann, id=imp.id) if imp.id else ann)
    # The one anchoring call: the same re-anchoring the store applies when a text changes.
    candidates = reanchor_all(doc.text, fresh)

    states = [a.state for a in candidates]
    matched_here = any(imp.fingerprint == fingerprint for imp in imported)
    if candidates and all(s == "orphan" for s in states) and not matched_here:
        sources = sorted({imp.source for imp in imported if imp.source})
        named = f" (they name {shorten(sources[0])}{' and others' if len(sources) > 1 else ''})" if sources else ""
        raise ImportFormatError(
            f"these annotations are for another document{named}: none of their {len(candidates)} quotes "
            f"occur in {doc.name}; import them into the right file with --into"
        )
    report.annotations = candidates
    report.replaced = sum(imp.replaced for imp in imported)
    report.anchored = sum(s in ("exact", "moved") for s in states)
    report.fuzzy = sum(s in ("fuzzy", "ambiguous") for s in states)
    report.orphaned = sum(s == "orphan" for s in states)
    return report
