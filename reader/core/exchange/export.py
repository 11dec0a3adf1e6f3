"""Export claims and annotations in the formats fact-checkers exchange.

`export(doc, claims, annotations, fmt)` is the one entry point the CLI and the app call; each
format lives in its own module and returns the whole file as a string (the caller writes it;
CSV must be written with newline="" so its CRLF rows stay RFC 4180).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reader.core.annotations.model import Annotation, VerdictEvent
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document
from reader.core.exchange.claimreview import export_claimreview
from reader.core.exchange.csv_table import export_csv
from reader.core.exchange.jsonl import export_jsonl
from reader.core.exchange.markdown import export_markdown
from reader.core.exchange.w3c import export_w3c

Exporter = Callable[[Document, list[Claim], list[Annotation]], str]

FORMATS: dict[str, Exporter] = {
    "w3c": export_w3c,
    "claimreview": export_claimreview,
    "csv": export_csv,
    "markdown": export_markdown,
    "jsonl": export_jsonl,
}
EXTENSIONS = {"w3c": ".w3c.jsonld", "claimreview": ".claimreview.jsonld", "csv": ".csv", "markdown": ".md", "jsonl": ".jsonl"}
"""Suggested file suffix per format, for default output names in the CLI and the export dialog."""


class ExportError(ValueError):
    """An export request that cannot be met; the message is one line for the user."""


def export(doc: Document, claims: Sequence[Claim], annotations: Sequence[Annotation], fmt: str,
           history: Mapping[str, Sequence[VerdictEvent]] | None = None) -> str:
    """The document's claims and annotations as one file's text in format `fmt` (a key of FORMATS).

    `history` (annotation id -> its verdict events, oldest first) goes into JSONL as one record per
    event; the other formats carry the current verdict with its author, time and sources."""
    try:
        exporter = FORMATS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    if fmt == "jsonl":
        return export_jsonl(doc, list(claims), list(annotations), history)
    return exporter(doc, list(claims), list(annotations))


__all__ = ["EXTENSIONS", "FORMATS", "ExportError", "export"]
