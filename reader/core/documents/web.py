"""Articles read from the web: fetched with trafilatura, kept as snapshots, compared with the last fetch.

A fact-checker cites what a page said when they read it, and pages change after the fact ("stealth
edits"). So every fetch keeps a snapshot of exactly what was read (the page's bytes and the text made
of them) with its URL and the time, under `<data dir>/snapshots/`; when the same URL is fetched again
and its text differs, `WebRead.changes` lists the paragraphs that changed since the last snapshot.

Only `reader URL` fetches (the user asked for that page); nothing else here touches the network.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import ipaddress
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from reader.core.documents.document import Document, LoadError, LoadOptions, from_text, parse_document

URL = re.compile(r"https?://[^\s/$.?#].[^\s]*\Z", re.I)
SNAPSHOTS = "snapshots"


def is_url(text: str) -> bool:
    return URL.match(text) is not None


@dataclass(frozen=True)
class Snapshot:
    """One fetch of one URL: what was read, and when."""

    url: str
    fetched: str
    """UTC time of the fetch, ISO 8601 ("2026-12-04T18:03:11Z")."""
    html: Path
    text: Path
    fingerprint: str
    title: str

    def read_text(self) -> str:
        return self.text.read_text(encoding="utf-8")


ChangeKind = Literal["changed", "added", "removed"]


@dataclass(frozen=True)
class Change:
    """One paragraph that differs between the last snapshot and this fetch."""

    kind: ChangeKind
    before: str
    after: str


@dataclass
class WebRead:
    doc: Document
    snapshot: Snapshot
    previous: Snapshot | None = None
    """The last snapshot of the same URL before this fetch, if any."""
    changes: list[Change] = field(default_factory=list)
    """Paragraphs that changed since `previous` (empty when the text is the same or there was none)."""


def snapshot_dir(data_dir: str | os.PathLike[str], url: str) -> Path:
    return Path(data_dir) / SNAPSHOTS / hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]


def _named_local(url: str) -> bool:
    """Whether the URL itself names this machine or a private network (localhost, 127.0.0.1, 10.…, 192.168.…)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


def fetch(url: str) -> bytes:
    """The page's bytes; LoadError with one line when it cannot be had (network, HTTP status, not HTML).

    trafilatura refuses non-public addresses (SSRF protection); that guard stays on, except when the user
    named a local or private address themselves (an intranet page, a test server on 127.0.0.1)."""
    from trafilatura.downloads import fetch_response  # only a URL pays for the HTTP stack
    from trafilatura.settings import DEFAULT_CONFIG

    config = copy.deepcopy(DEFAULT_CONFIG)
    if _named_local(url):
        config["DEFAULT"]["SSRF_PROTECTION"] = "off"
    log = logging.getLogger("trafilatura")
    was = log.disabled
    log.disabled = True  # trafilatura logs each failure to stderr itself: the one line is ours
    try:
        response = fetch_response(url, decode=False, config=config)
    finally:
        log.disabled = was
    if response is None:
        raise LoadError(f"{url}: could not be fetched (no answer, a network error, or more than trafilatura's size limit)")
    if response.status != 200:
        raise LoadError(f"{url}: the server answered HTTP {response.status}")
    if not response.data:
        raise LoadError(f"{url}: the page is empty")
    return bytes(response.data)


def snapshots(data_dir: str | os.PathLike[str], url: str) -> list[Snapshot]:
    """The snapshots kept for `url`, oldest first."""
    folder = snapshot_dir(data_dir, url)
    out = []
    for meta in sorted(folder.glob("*.json")):
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            out.append(Snapshot(info["url"], info["fetched"], meta.with_suffix(".html"), meta.with_suffix(".txt"),
                                info["fingerprint"], info.get("title", "")))
        except (OSError, ValueError, KeyError):
            continue  # a damaged snapshot hides only itself
    return out


def _write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def keep(data_dir: str | os.PathLike[str], url: str, html: bytes, doc: Document, now: datetime | None = None) -> Snapshot:
    """Store a snapshot of this fetch: the bytes, the text read from them, and a small JSON record."""
    when = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    folder = snapshot_dir(data_dir, url)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stem = folder / when.replace(":", "-").replace(".", "-")
        _write(stem.with_suffix(".html"), html)
        _write(stem.with_suffix(".txt"), doc.text.encode("utf-8"))
        record = {"url": url, "fetched": when, "fingerprint": doc.fingerprint, "title": doc.title}
        _write(stem.with_suffix(".json"), json.dumps(record, ensure_ascii=False).encode("utf-8"))
    except OSError as exc:
        raise LoadError(f"{folder}: cannot keep a snapshot ({exc.strerror or exc})") from None
    return Snapshot(url, when, stem.with_suffix(".html"), stem.with_suffix(".txt"), doc.fingerprint, doc.title)


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def what_changed(before: str, after: str) -> list[Change]:
    """The paragraphs that differ between two texts, in order: changed in place, added, removed."""
    old, new = paragraphs(before), paragraphs(after)
    out: list[Change] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        out += [Change("changed", old[i1 + k], new[j1 + k]) for k in range(pairs)]
        out += [Change("removed", p, "") for p in old[i1 + pairs : i2]]
        out += [Change("added", "", p) for p in new[j1 + pairs : j2]]
    return out


WordOp = Literal["same", "removed", "added"]


def word_diff(before: str, after: str) -> list[tuple[str, WordOp]]:
    """A changed paragraph word by word: what stayed, what went, what came (for showing a stealth edit)."""
    a, b = before.split(), after.split()
    out: list[tuple[str, WordOp]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append((" ".join(a[i1:i2]), "same"))
            continue
        if i2 > i1:
            out.append((" ".join(a[i1:i2]), "removed"))
        if j2 > j1:
            out.append((" ".join(b[j1:j2]), "added"))
    return out


def read_url(url: str, data_dir: str | os.PathLike[str], options: LoadOptions | None = None) -> WebRead:
    """Fetch `url`, read it as an HTML article, keep a snapshot, and say what changed since the last one."""
    options = options or LoadOptions()
    html = fetch(url)
    if len(html) > options.max_bytes:
        raise LoadError(f"{url}: more than the size limit; raise it with --max-size")
    doc = parse_document(html, url, options.encoding)  # the kind by the URL's suffix, else sniffed from the bytes
    doc.meta["url"] = url
    earlier = snapshots(data_dir, url)
    snap = keep(data_dir, url, html, doc)
    doc.meta["fetched"] = snap.fetched
    previous = earlier[-1] if earlier else None
    changes: list[Change] = []
    if previous is not None and previous.fingerprint != doc.fingerprint:
        try:
            changes = what_changed(previous.read_text(), doc.text)
        except OSError:
            changes = []
    return WebRead(doc, snap, previous, changes)


def open_url(url: str, data_dir: str | os.PathLike[str], options: LoadOptions | None = None) -> Document:
    """The article at `url` as last read: its latest snapshot (offline), else fetched now (and kept)."""
    kept = snapshots(data_dir, url)
    if kept:
        try:
            text = kept[-1].read_text()
        except OSError:
            text = None
        if text is not None:
            doc = from_text(text, url, title=kept[-1].title)
            doc.meta.update({"kind": "html", "url": url, "fetched": kept[-1].fetched})
            return doc
    return read_url(url, data_dir, options).doc
