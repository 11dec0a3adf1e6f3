"""The worker's side: one partition of raw articles in, its articles and claims as Arrow tables out.

`run_partition` is a pure function of its argument (the extractor is a pure function of one article),
which is what lets any engine run it (in-process, a process pool, a Dask worker on another machine)
with identical results. A bad article becomes a row with `error` set; it never fails the partition.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from reader.core.corpus import reader_api as api
from reader.core.corpus.inputs import Partition, RawArticle
from reader.core.corpus.schema import ARTICLES, CLAIMS

UNKNOWN = (None, None)
_PAGE = "page.html"


@dataclass
class PartitionResult:
    """What a worker sends back: the partition's two tables, each row tagged with its (year, month)."""

    index: int
    articles: pa.Table
    claims: pa.Table
    errors: int
    advance: int


class BadArticle(Exception):
    """A record that is not a readable article; its message goes to `articles.error` (under its JSON id once known)."""

    def __init__(self, message: str, ident: str | None = None) -> None:
        super().__init__(message)
        self.ident = ident


@dataclass
class _Read:
    doc: api.Document
    id: str
    url: str | None
    title: str | None
    date: dt.date | None


def run_partition(part: Partition) -> PartitionResult:
    """Extract every article of a partition. Runs in a worker process; imports nothing the parent must send."""
    arts: dict[str, list[Any]] = {name: [] for name in ARTICLES.names}
    claims: dict[str, list[Any]] = {name: [] for name in CLAIMS.names}
    arts["_ym"], claims["_ym"] = [], []
    version = api.extractor_version()
    errors = 0
    for raw in part.articles:
        ident = raw.name
        try:
            read = _read(raw)
            ident = read.id
            found = api.extract_claims(read.doc)
        except (BadArticle, api.LoadError) as exc:
            errors += 1
            message = (str(exc) or type(exc).__name__).removeprefix(f"{_PAGE}: ")  # a WARC page's stand-in name says nothing
            _article_row(arts, raw, getattr(exc, "ident", None) or ident, None, message)
            continue
        except Exception as exc:
            errors += 1  # an extractor bug on one article is that article's error, not the corpus's
            _article_row(arts, raw, ident, None, f"extractor failed: {type(exc).__name__}: {exc}")
            continue
        ym = _article_row(arts, raw, read.id, read, None, len(found))
        for i, claim in enumerate(found):
            _claim_row(claims, read.id, i, claim, version)
            claims["_ym"].append(ym)
    return PartitionResult(part.index, _table(arts, ARTICLES), _table(claims, CLAIMS), errors, part.advance)


def _table(cols: dict[str, list[Any]], schema: pa.Schema) -> pa.Table:
    ym = cols.pop("_ym")
    table = pa.table(cols, schema=schema)
    return table.append_column("_year", pa.array([y for y, _ in ym], pa.int16())).append_column("_month", pa.array([m for _, m in ym], pa.int8()))


def _one_line(s: str, limit: int = 300) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _article_row(cols: dict[str, list[Any]], raw: RawArticle, ident: str, read: _Read | None, error: str | None,
                 n_claims: int = 0) -> tuple[int | None, int | None]:
    doc = read.doc if read else None
    date = read.date if read else _date(raw.date)
    row = {
        "id": ident, "ordinal": raw.ordinal, "source": raw.source,
        "url": (read.url if read else raw.url), "title": (read.title if read else None), "date": date,
        "fingerprint": doc.fingerprint if doc else None, "chars": len(doc.text) if doc else None,
        "claim_count": n_claims, "error": _one_line(error) if error else None,
    }
    for k, v in row.items():
        cols[k].append(v)
    ym = (date.year, date.month) if date else UNKNOWN
    cols["_ym"].append(ym)
    return ym


def _claim_row(cols: dict[str, list[Any]], article_id: str, i: int, c: api.Claim, version: str) -> None:
    confidence = getattr(c, "speaker_confidence", None)  # not in the extractor's record yet: the column stays null
    rules, speaker_rules = getattr(c, "rules", None), getattr(c, "speaker_rules", None)
    row = {
        "article_id": article_id, "claim_id": f"{article_id}#{i}", "ordinal": i, "kind": c.kind, "content": c.quote,
        "start": c.span.start, "end": c.span.end, "speaker": c.speaker, "speaker_canonical": None,
        "speaker_confidence": float(confidence) if isinstance(confidence, int | float) else None,
        "role": c.role, "cue": c.cue, "via": c.via, "hedged": bool(c.hedged), "hedge": c.hedge,
        "numbers": [{"text": n.text, "value": n.value, "start": n.span.start, "end": n.span.end} for n in c.numbers],
        "rules": [str(r) for r in rules] if isinstance(rules, list | tuple) else None,
        "speaker_rules": [str(r) for r in speaker_rules] if isinstance(speaker_rules, list | tuple) else None,
        "quote_id": quote_id(c.quote) if c.kind == "quote" else None,
        "extractor_version": version,
    }
    for k, v in row.items():
        cols[k].append(v)


_QUOTE_EDGES = " \t\n\"'“”‘’«»„‚‹›.,;:!?…–—-"


def quote_id(text: str) -> str | None:
    """One id per quotation however it was typed: case, spacing and the quote marks and punctuation around it ignored."""
    key = " ".join(text.casefold().split()).strip(_QUOTE_EDGES)
    return hashlib.md5(key.encode("utf-8"), usedforsecurity=False).hexdigest() if key else None


def _read(raw: RawArticle) -> _Read:
    if raw.error:
        raise BadArticle(raw.error)
    if raw.payload is None:
        raise BadArticle("not read")
    if raw.form == "jsonl":
        return _from_json(raw)
    # A WARC page is HTML whatever its URL ends with; its record id names it.
    doc = api.parse_document(raw.payload, _PAGE if raw.form == "warc" else raw.name, raw.encoding)
    if raw.form == "warc":
        url = raw.url or doc.meta.get("url")
        return _Read(doc, raw.name, url, doc.title or None, _date(doc.meta.get("date")) or _date(raw.date))
    return _Read(doc, raw.name, doc.meta.get("url"), doc.title or None, _date(doc.meta.get("date")))


def _from_json(raw: RawArticle) -> _Read:
    assert raw.payload is not None
    try:
        obj = json.loads(raw.payload)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadArticle(f"not a JSON object ({exc})") from None
    if not isinstance(obj, dict):
        raise BadArticle("not a JSON object")
    ident = obj.get("id")
    if not isinstance(ident, str | int) or isinstance(ident, bool) or str(ident) == "":
        raise BadArticle("no 'id' (a string or number)")
    ident = str(ident)
    url, title = _opt_str(obj, "url", ident), _opt_str(obj, "title", ident)
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        doc = api.from_text(_titled(text, title), ident)
    elif isinstance(html, str) and html.strip():
        page = api.extract_html(html, url)
        if page is None:
            raise BadArticle("no article text found in this HTML page", ident)
        doc = api.from_text(page.text, ident, title=api.normalize(title or page.title))
        doc.meta.update(page.meta)
        url = url or page.meta.get("url")
    else:
        raise BadArticle("no 'text' or 'html' (a non-empty string)", ident)
    date = _date(obj.get("date")) or _date(doc.meta.get("date"))
    return _Read(doc, ident, url, doc.title or None, date)


def _opt_str(obj: dict[str, Any], key: str, ident: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise BadArticle(f"'{key}' is not a string", ident)


def _titled(text: str, title: str | None) -> str:
    """The text with its title as first line, the convention every Document follows (the title line is not
    searched for claims): a JSON title is put first unless the text already opens with it."""
    if not title:
        return text
    first = text.lstrip().split("\n", 1)[0].strip()
    return text if " ".join(first.split()) == " ".join(title.split()) else f"{title.strip()}\n\n{text}"


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _date(value: object) -> dt.date | None:
    """The date of an ISO-like string ('2019-01-04', '2019-01-04T10:00:00Z'); None when there is none or it is invalid."""
    if not isinstance(value, str):
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
