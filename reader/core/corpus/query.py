"""`reader corpus query`: a user's SQL over the tables, streamed out as an aligned table, CSV or JSON.

Rows are fetched in batches and written as they come (CSV and JSON never hold the result); the table
format shows the first `limit` rows, since aligning columns needs them all. Text from the corpus is made
harmless (control characters shown, not obeyed) whenever it goes to a terminal.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reader.core.corpus.duck import connect, run_query
from reader.core.corpus.reader_api import safe_inline

Format = Literal["table", "csv", "json"]
BATCH = 2_000
CELL = 48


@dataclass
class Result:
    columns: list[str]
    rows: Iterator[tuple[Any, ...]]


def execute(out: str | Path, sql: str) -> Result:
    con = connect(out)
    cur = run_query(con, sql)
    columns = [d[0] for d in (cur.description or [])]

    def rows() -> Iterator[tuple[Any, ...]]:
        try:
            while batch := cur.fetchmany(BATCH):
                yield from batch
        finally:
            con.close()

    return Result(columns, rows())


def _plain(value: Any) -> Any:
    """A DuckDB value as JSON has it: dates as ISO strings, decimals as numbers, nested values kept."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(_plain(value), ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(_plain(value))


def render(result: Result, fmt: Format, terminal: bool, limit: int = 100) -> Iterator[str]:
    """Lines of output (each without its newline)."""
    if fmt == "csv":
        return _csv(result, terminal)
    if fmt == "json":
        return _json(result, terminal)
    return _table(result, limit)


def _csv(result: Result, terminal: bool) -> Iterator[str]:
    clean: Callable[[str], str] = (lambda s: safe_inline(s)) if terminal else (lambda s: s)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([clean(_cell(v)) for v in row])
        if buf.tell() > 1 << 16:
            yield buf.getvalue().removesuffix("\n")
            buf.seek(0)
            buf.truncate()
    if buf.tell():
        yield buf.getvalue().removesuffix("\n")


def _json(result: Result, terminal: bool) -> Iterator[str]:
    """A JSON array, one object a line, streamed (each line is held back until the next shows whether a comma follows)."""
    yield "["
    held: str | None = None
    for row in result.rows:
        text = json.dumps({c: _plain(v) for c, v in zip(result.columns, row, strict=True)}, ensure_ascii=False, default=str)
        if held is not None:
            yield held + ","
        held = safe_inline(text) if terminal else text
    if held is not None:
        yield held
    yield "]"


def _table(result: Result, limit: int) -> Iterator[str]:
    rows: list[list[str]] = []
    more = False
    for row in result.rows:
        if len(rows) == limit:
            more = True
            break
        rows.append([safe_inline(_cell(v), CELL) for v in row])
    header = [safe_inline(c, CELL) for c in result.columns]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    yield "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()
    yield "  ".join("-" * w for w in widths)
    for r in rows:
        yield "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
    yield f"({len(rows)} rows shown; more with --limit N, or all with --format csv|json)" if more else f"({len(rows)} row{'s' * (len(rows) != 1)})"
