"""Reading a corpus lazily: folders of articles, JSON Lines files and WARC files, one raw article at a time.

Nothing here parses an article: the parent process only splits its inputs into raw records (a file's
bytes, a JSON line, an HTTP response's body) and the workers do the decoding, HTML extraction and claim
extraction. So the parent stays light (its CPU is not taken from the workers), and a record's order,
and so every partition's content, depends only on the inputs: a resumed run cuts the same partitions.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")

Form = Literal["file", "jsonl", "warc"]


class InputError(Exception):
    """An input cannot be read at all (missing, unknown kind): one line for the user, exit code 2."""


@dataclass(slots=True)
class RawArticle:
    """One article as read from its input, not yet decoded: what a worker is sent."""

    ordinal: int
    source: str
    form: Form
    name: str                      # file path, "file.jsonl:LINE", or the WARC record id
    nbytes: int                    # bytes it holds once read (partitions are cut by these: the parent's memory)
    advance: int = 0               # input file bytes it took, compressed or not (progress and ETA)
    payload: bytes | None = None   # None for a file not read yet (see `load`)
    url: str | None = None
    date: str | None = None
    encoding: str | None = None
    error: str | None = None


@dataclass(slots=True)
class Partition:
    """A run of consecutive articles: the unit of work, of output files and of resumption."""

    index: int
    articles: list[RawArticle] = field(default_factory=list)
    nbytes: int = 0
    advance: int = 0


def kind_of_input(path: Path) -> Literal["folder", "article", "jsonl", "warc"]:
    name = path.name.lower()
    if path.is_dir():
        return "folder"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(ARTICLE_SUFFIXES):
        return "article"
    raise InputError(f"{path}: not a folder, .jsonl, .warc(.gz) or article file (.txt, .md, .html)")


def check_inputs(inputs: Sequence[str]) -> list[str]:
    """The inputs as given, refused up front (missing, unreadable, unknown kind) so a run never starts on a typo."""
    if not inputs:
        raise InputError("no input given (folders, .jsonl or .warc files)")
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        kind_of_input(path)
        if not os.access(path, os.R_OK):
            raise InputError(f"{raw}: permission denied")
    return list(inputs)


def read_inputs(inputs: Sequence[str], max_bytes: int) -> Iterator[RawArticle]:
    """Every article of every input, in a fixed order (inputs as given; folders walked in sorted order)."""
    ordinal = 0
    for raw in inputs:
        for art in _read_one(Path(raw), max_bytes):
            art.ordinal = ordinal
            ordinal += 1
            yield art


def _read_one(path: Path, max_bytes: int) -> Iterator[RawArticle]:
    kind = kind_of_input(path)
    if kind == "folder":
        for child in _walk(path):
            yield from _read_one(child, max_bytes)
    elif kind == "jsonl":
        yield from _jsonl(path, max_bytes)
    elif kind == "warc":
        yield from _warc(path, max_bytes)
    else:
        size = path.stat().st_size
        error = f"too big ({size} bytes; the limit is {max_bytes})" if size > max_bytes else None
        yield RawArticle(0, str(path), "file", str(path), 0 if error else size, size, error=error)


def _walk(folder: Path) -> Iterator[Path]:
    """Article, JSONL and WARC files under a folder, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            low = name.lower()
            if not name.startswith(".") and low.endswith(ARTICLE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES):
                yield Path(root, name)


def load(art: RawArticle, max_bytes: int) -> RawArticle:
    """A folder article's bytes, read just before it is sent to a worker (never for a skipped partition)."""
    if art.form != "file" or art.payload is not None or art.error:
        return art
    try:
        with open(art.name, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        art.error = f"cannot read: {exc.strerror or exc}"
        return art
    if len(data) > max_bytes:
        art.error = f"too big (over {max_bytes} bytes)"
    else:
        art.payload = data
    return art


def _jsonl(path: Path, max_bytes: int) -> Iterator[RawArticle]:
    """One raw line per article; a line over the limit is skipped in chunks (never held) and recorded as too big."""
    with open(path, "rb") as raw:
        fh: BinaryIO = gzip.GzipFile(fileobj=raw) if path.name.lower().endswith(".gz") else raw  # type: ignore[assignment]
        lineno, last = 0, 0
        while True:
            line = fh.readline(max_bytes + 1)
            if not line:
                return
            lineno += 1
            name = f"{path}:{lineno}"
            size = len(line)
            if size > max_bytes:
                while line and not line.endswith(b"\n"):
                    line = fh.readline(1 << 20)
                    size += len(line)
                line = b""
            if size > max_bytes or line.strip():
                pos = raw.tell()
                art = RawArticle(0, str(path), "jsonl", name, len(line), pos - last, payload=line or None)
                last = pos
                if not line:
                    art.error = f"too big ({size} bytes; the limit is {max_bytes})"
                yield art


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _warc(path: Path, max_bytes: int) -> Iterator[RawArticle]:
    """HTML pages of a WARC file: 'response' (HTTP 2xx) and 'resource' records; requests, metadata and other types skipped."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        last = 0
        for record in ArchiveIterator(fh):
            if record.rec_type not in ("response", "resource"):
                continue
            ctype, status = _content_type(record)
            if not ctype.startswith(_HTML_TYPES) or not status.startswith("2"):
                continue
            rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
            stream = record.content_stream()
            data = stream.read(max_bytes + 1)
            pos = fh.tell()
            art = RawArticle(0, str(path), "warc", rid or f"{path}@{pos}", len(data), pos - last,
                             url=record.rec_headers.get_header("WARC-Target-URI"),
                             date=record.rec_headers.get_header("WARC-Date"), encoding=_charset(ctype))
            last = pos
            if len(data) > max_bytes:
                art.error, art.nbytes = f"too big (over {max_bytes} bytes)", 0
            else:
                art.payload = data
            yield art


def _content_type(record: object) -> tuple[str, str]:
    http = getattr(record, "http_headers", None)
    if http is not None:
        return (http.get_header("Content-Type") or "").lower(), http.get_statuscode() or ""
    rec_headers = getattr(record, "rec_headers")  # noqa: B009 - warcio's records are untyped
    return (rec_headers.get_header("Content-Type") or "").lower(), "200"


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("'\"")
    return None


def partitions(articles: Iterator[RawArticle], size: int, max_bytes: int) -> Iterator[Partition]:
    """Consecutive articles cut into partitions of at most `size` articles and about `max_bytes` input bytes."""
    part = Partition(0)
    for art in articles:
        if part.articles and (len(part.articles) >= size or part.nbytes + art.nbytes > max_bytes):
            yield part
            part = Partition(part.index + 1)
        part.articles.append(art)
        part.nbytes += art.nbytes
        part.advance += art.advance
    if part.articles:
        yield part
