"""CSV export: one row per claim with its annotations folded in, then one row per free annotation.

RFC 4180 via the csv module (CRLF rows, fields with commas/quotes/newlines quoted, quotes doubled).
Quotes from articles and users' notes reach spreadsheets, so any cell a spreadsheet could read as a
formula (first character = + - @, tab or CR) is prefixed with a single quote (OWASP's advice for
CSV injection). The first column is "Claim" as in Meedan Check's CSV.
"""

from __future__ import annotations

import csv
import io

from reader.core.annotations.model import Annotation
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document
from reader.core.exchange.common import ClaimRow, document_url, link

HEADER = (
    "Claim",
    "Speaker",
    "Kind",
    "Verdict",
    "Tags",
    "Notes",
    "Start",
    "End",
    "Hedged",
    "Cue",
    "Item page URL",
    "Claim key",
    "Annotation IDs",
    "Modified",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """Prefix a cell a spreadsheet would evaluate with `'`, which makes it literal text."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def row_cells(row: ClaimRow, url: str) -> list[str]:
    claim = row.claim
    anns = row.annotations
    cells = [
        row.quote,
        (claim.speaker or "") if claim else "",
        claim.kind if claim else ("orphan" if anns and anns[0].is_orphan else "annotation"),
        row.verdict or "",
        "; ".join(row.tags),
        "\n".join(row.notes),
        str(row.start),
        str(row.end),
        ("yes" if claim.hedged else "no") if claim else "",
        (claim.cue or "") if claim else "",
        url,
        row.key or "",
        " ".join(a.id for a in anns),
        max((a.modified for a in anns), default=""),
    ]
    return [neutralize(c) for c in cells]


def export_csv(doc: Document, claims: list[Claim], annotations: list[Annotation]) -> str:
    url = document_url(doc) or ""
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    for row in link(claims, annotations):
        writer.writerow(row_cells(row, url))
    return out.getvalue()
