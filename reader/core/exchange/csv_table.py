"""CSV export: one row per claim with its annotations folded in, then one row per free annotation.

RFC 4180 via the csv module (CRLF rows, fields with commas/quotes/newlines quoted, quotes doubled).
Quotes from articles and users' notes reach spreadsheets and terminals, so every cell goes through
`safe_out.csv_cell`: control, bidi and invisible characters become visible placeholders, and a cell a
spreadsheet could read as a formula (= + - @, also behind leading whitespace or invisible characters)
is prefixed with a single quote (OWASP's advice for CSV injection). An orphan's Start/End are empty:
its old offsets would point at unrelated words of the current text. The first column is "Claim" as
in Meedan Check's CSV.
"""

from __future__ import annotations

import csv
import io

from reader.core.annotations.model import Annotation
from reader.core.claims.extract import Claim
from reader.core.documents.document import Document
from reader.core.exchange.common import ClaimRow, document_url, link
from reader.core.exchange.safe_out import csv_cell

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


def neutralize(cell: str) -> str:
    """The cell as written: visible, never a formula (see `safe_out.csv_cell`)."""
    return csv_cell(cell)


def row_cells(row: ClaimRow, url: str) -> list[str]:
    claim = row.claim
    anns = row.annotations
    orphan = claim is None and bool(anns) and anns[0].is_orphan
    cells = [
        row.quote,
        (claim.speaker or "") if claim else "",
        claim.kind if claim else ("orphan" if anns and anns[0].is_orphan else "annotation"),
        row.verdict or "",
        "; ".join(row.tags),
        "\n".join(row.notes),
        "" if orphan else str(row.start),
        "" if orphan else str(row.end),
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
