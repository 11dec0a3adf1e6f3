"""Claims found before, kept per document text and extractor version, so an article opens with its claims.

Why: loading the extractor (its few hundred regular expressions) costs more than starting the whole app,
and reopening an article is the common case. The claims of a text depend only on that text and on the
extractor's code, so they are kept under `<data dir>/claims/<fingerprint>-<version>.json`, where the
version is a stamp of the extractor's source files (their names, sizes and times): any change to its rules
misses the cache and the claims are found again. A missing, stale or damaged file is a miss, never an error; a write that fails
is skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import reader.core.claims as claims_package
from reader.core.annotations.store import AnnotationStore
from reader.core.claims.record import Claim, Number
from reader.core.documents.document import Document
from reader.core.text.spans import Span

FORMAT = 2


@cache
def extractor_version() -> str:
    """A stamp of the extractor: the name, size and modification time of every module of reader.core.claims and its
    sub-packages, and of its rule files (a rule edited in rules/*.toml changes claims as much as code does). Read once
    per process. From the files' stats, as Python checks its own .pyc files, not their bytes: hashing the sources cost
    more than the rest of the reader's start-up before its first frame; a file touched but unchanged only costs one
    extraction."""
    h = hashlib.sha256(str(FORMAT).encode())
    for folder in claims_package.__path__:
        for rel, size, mtime in sorted(_sources(folder, "")):
            h.update(f"{rel}\0{size}\0{mtime}\0".encode())
    return h.hexdigest()[:16]


def _sources(folder: str, rel: str) -> Iterator[tuple[str, int, int]]:
    """(path under the package, size, mtime in ns) of each .py and .toml file under `folder`."""
    with os.scandir(folder) as entries:
        for entry in entries:
            name = rel + entry.name
            if entry.is_dir():
                if entry.name != "__pycache__":
                    yield from _sources(entry.path, name + "/")
            elif entry.name.endswith((".py", ".toml")):
                st = entry.stat()
                yield name, st.st_size, st.st_mtime_ns


def cache_path(data_dir: str | os.PathLike[str], doc: Document) -> Path:
    return Path(data_dir) / "claims" / f"{doc.fingerprint[:32]}-{extractor_version()}.json"


def _span(s: Span | None) -> list[int] | None:
    return None if s is None else [s.start, s.end]


def _unspan(v: Any) -> Span | None:
    return None if v is None else Span(int(v[0]), int(v[1]))


def to_record(c: Claim) -> dict[str, Any]:
    return {
        "k": c.kind, "s": _span(c.span), "q": c.quote, "f": [_span(f) for f in c.fragments], "sp": c.speaker,
        "ss": _span(c.speaker_span), "c": c.cue, "cs": _span(c.cue_span), "v": c.via, "r": c.role, "h": c.hedged,
        "hg": c.hedge, "n": [[n.span.start, n.span.end, n.text, n.value] for n in c.numbers], "se": _span(c.sentence),
        "ru": list(c.rules), "sr": list(c.speaker_rules),
    }


def from_record(r: dict[str, Any]) -> Claim:
    span = _unspan(r["s"])
    assert span is not None
    return Claim(
        kind=r["k"], span=span, quote=r["q"], fragments=tuple(s for f in r["f"] if (s := _unspan(f)) is not None),
        speaker=r["sp"], speaker_span=_unspan(r["ss"]), cue=r["c"], cue_span=_unspan(r["cs"]), via=r["v"], role=r["r"],
        hedged=bool(r["h"]), hedge=r["hg"], numbers=tuple(Number(Span(a, b), t, v) for a, b, t, v in r["n"]),
        sentence=_unspan(r["se"]), rules=tuple(r["ru"]), speaker_rules=tuple(r["sr"]),
    )


SMALL = 200_000
"""Bytes of a kept list read at once on the UI thread (an article's: a few ms); a book's is read on a worker."""


def cached_size(data_dir: str | os.PathLike[str], doc: Document) -> int | None:
    """The size of the kept claims of this text, None when there are none."""
    try:
        return cache_path(data_dir, doc).stat().st_size
    except OSError:
        return None


def load_claims(data_dir: str | os.PathLike[str], doc: Document) -> list[Claim] | None:
    """The claims kept for this text by this extractor, or None."""
    try:
        records = json.loads(cache_path(data_dir, doc).read_text(encoding="utf-8"))
        return [from_record(r) for r in records]
    except (OSError, ValueError, KeyError, TypeError, IndexError, AssertionError):
        return None


def save_claims(data_dir: str | os.PathLike[str], doc: Document, claims: list[Claim]) -> None:
    """Keep the claims for the next opening (written atomically; a failure only costs that speed-up)."""
    path = cache_path(data_dir, doc)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump([to_record(c) for c in claims], fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        return


def store_folder(store: AnnotationStore) -> str | None:
    """The folder of a file-backed store (the claims cache goes beside it); None for any other kind."""
    folder = os.path.dirname(store.path) if isinstance(store.path, str) and os.path.isabs(store.path) else None
    return folder if folder and os.path.isdir(folder) else None
