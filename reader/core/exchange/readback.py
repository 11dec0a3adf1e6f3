"""Every export format read back as annotations to import: `reader import` takes any file `reader export` wrote.

W3C Web Annotation (ours or another tool's) is parsed by `importer.parse_collection`; this module adds the
other four and tells them apart by their first bytes:

- JSONL: the annotation records are ours field for field (id, selector, verdict, tags, note, highlight,
  claim key, times): nothing is lost.
- ClaimReview: one review per verdict: the claim's words, the verdict (`reviewRating.alternateName`), the
  review's body as the note. No positions: the words anchor as a quote.
- CSV: one row per claim: its words and span, verdict, tags, notes, claim key and annotation id.
- Markdown: one item per claim: verdict, the words (`> …`), the span (`chars a–b`), tags and notes.

CSV and Markdown hold one row per claim, so several annotations on one claim come back as one (verdict,
every tag, every note): what a reader of the report sees is what is imported.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from collections.abc import Callable
from typing import Any

from reader.core.annotations.model import VERDICTS
from reader.core.exchange.common import SOURCE_PREFIX, VERDICT_LABELS
from reader.core.exchange.import_input import MAX_DEPTH, json_value
from reader.core.exchange.importer import ImportedAnnotation, ImportFormatError, parse_collection
from reader.core.exchange.w3c_parse import sanitized

Parser = Callable[[str], list[ImportedAnnotation]]
_LABEL_TO_VERDICT = {label.casefold(): verdict for verdict, label in VERDICT_LABELS.items()}
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ITEM = re.compile(r"^- (?:\*\*(?P<label>[^*]+)\*\*|\*no verdict\*) · (?P<facts>.*)$")
_CHARS = re.compile(r"chars (\d+)–(\d+)")


def _verdict(value: Any) -> str | None:
    word = str(value or "").strip().casefold()
    if word in VERDICTS:
        return word
    return _LABEL_TO_VERDICT.get(word)


def _stable_id(*parts: object) -> str:
    """An id for a record that had none, the same on every import of the same file (so it dedupes)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "claim-reader:" + "\x1f".join(map(str, parts))))


def parse_jsonl(data: str) -> list[ImportedAnnotation]:
    out = []
    source = None
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ImportFormatError(f"line {n} is not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise ImportFormatError(f"line {n} is not a JSON object")
        if record.get("type") == "document" and record.get("fingerprint"):
            source = SOURCE_PREFIX + str(record["fingerprint"])
        if record.get("type") != "annotation":
            continue
        sel = record.get("selector") or {}
        out.append(ImportedAnnotation(
            id=str(record.get("id") or _stable_id("jsonl", n)), exact=sel.get("exact"), prefix=sel.get("prefix") or "",
            suffix=sel.get("suffix") or "", start=sel.get("start"), end=sel.get("end"), source=source,
            verdict=_verdict(record.get("verdict")), tags=tuple(record.get("tags") or ()), note=record.get("note"),
            highlight=bool(record.get("highlight")), claim_key=record.get("claim_key"),
            created=record.get("created"), modified=record.get("modified"), creator=str(record.get("creator") or ""),
            verdict_by=str(record.get("verdict_by") or ""), verdict_at=str(record.get("verdict_at") or ""),
            evidence=tuple(str(e) for e in record.get("evidence") or () if isinstance(e, str)),
        ))
    return out


def parse_claimreview(data: str) -> list[ImportedAnnotation]:
    doc = json_value(data)
    reviews = doc.get("@graph", [doc]) if isinstance(doc, dict) else doc
    out = []
    for review in reviews if isinstance(reviews, list) else []:
        if not isinstance(review, dict) or review.get("@type") != "ClaimReview":
            continue
        item = review.get("itemReviewed") or {}
        rating = review.get("reviewRating") or {}
        words = item.get("text") or review.get("claimReviewed")
        verdict = _verdict(rating.get("alternateName")) or _verdict(rating.get("name"))
        if not words or not verdict:
            continue
        appearance = item.get("appearance") or {}
        date = review.get("datePublished")
        out.append(ImportedAnnotation(
            id=_stable_id("claimreview", words, verdict), exact=words, prefix="", suffix="", start=None, end=None,
            source=appearance.get("url") if isinstance(appearance, dict) else None, verdict=verdict,
            note=review.get("reviewBody") or rating.get("ratingExplanation"), created=date, modified=date,
        ))
    return out


def parse_csv(data: str) -> list[ImportedAnnotation]:
    out = []
    for row in csv.DictReader(io.StringIO(data, newline="")):
        cells = {k: (v[1:] if v.startswith("'") else v) for k, v in row.items() if k}  # undo the formula guard
        verdict, tags, notes = _verdict(cells.get("Verdict")), cells.get("Tags", ""), cells.get("Notes", "")
        if not (verdict or tags or notes):
            continue  # a claim nobody annotated
        ids = cells.get("Annotation IDs", "").split()
        start: int | None
        end: int | None
        try:
            start, end = int(cells["Start"]), int(cells["End"])
        except (KeyError, ValueError):
            start = end = None  # an orphan's row: no position
        out.append(ImportedAnnotation(
            id=ids[0] if ids else _stable_id("csv", cells.get("Claim"), start, end), exact=cells.get("Claim"), prefix="",
            suffix="", start=start, end=end, source=cells.get("Item page URL") or None, verdict=verdict,
            tags=tuple(t.strip() for t in tags.split(";") if t.strip()), note=notes or None,
            claim_key=cells.get("Claim key") or None, modified=cells.get("Modified") or None,
        ))
    return out


def _unescape(line: str) -> str:
    return _UNESCAPE.sub(r"\1", line)


def _markdown_item(head: re.Match[str], body: list[str]) -> ImportedAnnotation | None:
    verdict = _verdict(head.group("label")) if head.group("label") else None
    chars = _CHARS.search(head.group("facts"))
    quote = [_unescape(line[4:]) for line in body if line.startswith("  > ")]
    tags: tuple[str, ...] = ()
    notes: list[str] = []
    for line in body:
        if line.startswith("  Tags: "):
            tags = tuple(_unescape(t.strip()) for t in line[8:].split(", ") if t.strip())
        elif line.startswith("  ") and not line.startswith(("  > ", "  In: ", "  Verdict by ")):
            notes.append(_unescape(line[2:]))
    note = "\n".join(notes) or None
    if not (verdict or tags or note) or not quote:
        return None
    start, end = (int(chars.group(1)), int(chars.group(2))) if chars else (None, None)
    exact = " ".join(quote)
    return ImportedAnnotation(id=_stable_id("markdown", start, end, exact), exact=exact, prefix="", suffix="",
                              start=start, end=end, source=None, verdict=verdict, tags=tags, note=note)


def parse_markdown(data: str) -> list[ImportedAnnotation]:
    out = []
    lines = data.splitlines()
    i = 0
    while i < len(lines):
        head = _ITEM.match(lines[i])
        i += 1
        if head is None:
            continue
        body = []
        while i < len(lines) and not lines[i].startswith(("- ", "## ")):
            body.append(lines[i])
            i += 1
        item = _markdown_item(head, body)
        if item is not None:
            out.append(item)
    return out


def sniff(data: str) -> str:
    """Which of our formats `data` is: "jsonl", "claimreview", "csv", "markdown" or "w3c" (the default)."""
    text = data.lstrip("\ufeff \t\r\n")
    first = text.split("\n", 1)[0]
    if first.startswith("{") and '"type":"document"' in first.replace(" ", ""):
        return "jsonl"
    if text.startswith(("{", "[")):
        return "claimreview" if '"ClaimReview"' in text[:4000] and "AnnotationCollection" not in text[:4000] else "w3c"
    if first.startswith("Claim,Speaker,Kind,Verdict"):
        return "csv"
    if first.startswith("# "):
        return "markdown"
    return "w3c"


PARSERS: dict[str, Parser] = {
    "jsonl": parse_jsonl,
    "claimreview": parse_claimreview,
    "csv": parse_csv,
    "markdown": parse_markdown,
    "w3c": parse_collection,
}


def parse_export(data: str) -> list[ImportedAnnotation]:
    """Annotations from a file in any format `reader export` writes (W3C from other tools too), every field
    checked and cleaned as W3C's are (`w3c_parse.sanitized`). Raises ImportFormatError (one line) when the
    file is none of them."""
    try:
        found = PARSERS[sniff(data)](data)
    except RecursionError:
        raise ImportFormatError(f"not importable: nested more than {MAX_DEPTH} levels deep") from None
    except (AttributeError, TypeError, ValueError) as exc:  # a record of the right shape holding the wrong types
        if isinstance(exc, ImportFormatError):
            raise
        raise ImportFormatError(f"not importable: a record holds values of the wrong type ({' '.join(str(exc).split())[:80]})") from None
    return [sanitized(a) for a in found]
