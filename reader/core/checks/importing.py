"""Reading known checks from files: ClaimReview JSON (any shape claimreview.py reads) and CSV/TSV tables.

Every failure is a CheckFileError with one line naming the file and what is wrong; the CLI turns it
into exit code 2. Nothing here touches the archive: the caller adds what was read in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field

from reader.core.checks.claimreview import checks_from_json
from reader.core.checks.record import KnownCheck, clean_field, make_check

MAX_BYTES = 1 << 30
TABLE_FIELDS = ("rating", "url", "reviewer", "date", "title", "claimant")


class CheckFileError(Exception):
    """A file of checks that cannot be read; the message is one line."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Which named columns of a table hold what; `text` and `id` are required."""

    text: str
    id: str
    optional: dict[str, str] = field(default_factory=dict)
    """rating / url / reviewer / date / title / claimant -> column name."""


@dataclass(frozen=True, slots=True)
class Loaded:
    checks: list[KnownCheck]
    skipped: int
    """Records with no claim text (or no id, for tables)."""


def _text(path: str) -> str:
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise CheckFileError(f"{path}: {size} bytes is more than the {MAX_BYTES >> 20} MiB a file of checks may have")
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise CheckFileError(f"{path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CheckFileError(f"{path}: not UTF-8 (byte {exc.start})") from None
    return text.replace("\x00", "\u2400")


def _source(path: str) -> str:
    return clean_field(os.path.basename(path), 200) or "checks"


def is_table(path: str) -> bool:
    return path.lower().endswith((".csv", ".tsv", ".tab", ".txt"))


def load_claimreview(path: str) -> Loaded:
    text = _text(path)
    try:
        data = json.loads(text)
    except RecursionError:
        raise CheckFileError(f"{path}: JSON nested too deeply") from None
    except ValueError as exc:
        data = _json_lines(text)
        if data is None:
            raise CheckFileError(f"{path}: not JSON ({exc.args[0] if exc.args else exc})") from None
    checks, skipped = checks_from_json(data, _source(path))
    if not checks and not skipped:
        raise CheckFileError(f"{path}: no ClaimReview found (expected @type ClaimReview, a list, @graph or a DataFeed)")
    return Loaded(checks, skipped)


def _json_lines(text: str) -> list[object] | None:
    """JSON Lines: one review a line. None when the text is not that either."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    try:
        return [json.loads(line) for line in lines]
    except (ValueError, RecursionError):
        return None


def load_table(path: str, columns: Columns, delimiter: str | None = None) -> Loaded:
    text = _text(path)
    if delimiter is None:
        first = text.split("\n", 1)[0]
        delimiter = "\t" if path.lower().endswith((".tsv", ".tab")) or first.count("\t") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if not header:
            raise CheckFileError(f"{path}: empty table (a header row naming the columns is needed)")
        where = _positions(path, [h.strip() for h in header], columns)
        checks, skipped, source = [], 0, _source(path)
        for row in reader:
            values = {name: row[i] if i < len(row) else "" for name, i in where.items()}
            ident = clean_field(values.pop("id"), 500)
            check = make_check(claim=values.pop("text"), source=source, key=f"{source}:{ident}" if ident else "", **values)
            if check is None or not ident:
                skipped += 1
            else:
                checks.append(check)
    except csv.Error as exc:
        raise CheckFileError(f"{path}: line {reader.line_num}: {exc}") from None
    return Loaded(checks, skipped)


def _positions(path: str, header: list[str], columns: Columns) -> dict[str, int]:
    lowered = {h.casefold(): i for i, h in reversed(list(enumerate(header)))}
    wanted = {"text": columns.text, "id": columns.id, **columns.optional}
    where, missing = {}, []
    for name, column in wanted.items():
        i = lowered.get(column.strip().casefold())
        if i is None:
            missing.append(column)
        else:
            where[name] = i
    if missing:
        shown = ", ".join(clean_field(h, 40) for h in header[:20])
        raise CheckFileError(f"{path}: no column {', '.join(map(repr, missing))} (columns: {shown})")
    return where
