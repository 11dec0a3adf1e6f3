"""A folder as a library: the documents in it and in its sub-folders, each with title, file name, date, size
and kind, for the library screen.

Scanning never raises for one bad file: a file that cannot be opened is listed with `error` set
(the same one-line message `load_document` would give), so the user sees why it will not open.
Claim and annotation counts and the last reading position come from other modules (extractor,
store); the UI fills those fields in.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from reader.core.documents import formats
from reader.core.documents.document import LoadError, LoadOptions, os_error, parse_document

FULL_LOAD_BYTES = 4_000_000
"""Files up to this size are fully loaded while scanning (exact title, fingerprint, errors);
larger ones only have their head read, so a folder with a 200 MB log still lists at once."""

HEAD_BYTES = 64_000
MAX_DEPTH = 4
"""Sub-folder levels scanned (a library is a few folders of articles, not a whole home directory)."""
MAX_FILES = 5_000
"""Documents listed at most: past that the scan stops (a folder of logs must not take minutes)."""


@dataclass
class LibraryEntry:
    path: str
    name: str
    title: str
    size: int
    kind: str
    """'text', 'markdown' or 'html'."""
    rel: str = ""
    """The file's path inside the library folder ("long/moby-dick.txt")."""
    modified: float = 0.0
    """Last modification time (seconds since the epoch)."""
    error: str | None = None
    """Why the file cannot be opened (one line), or None."""
    fingerprint: str | None = None
    """`Document.fingerprint` when the file was fully loaded: the key the store uses."""
    meta: dict[str, str] | None = None
    claims: int | None = None
    annotations: int | None = None
    position: int | None = None
    """Last reading position (offset in Document.text), from the store."""

    @property
    def ok(self) -> bool:
        return self.error is None


def is_document_name(name: str) -> bool:
    return not name.startswith(".") and Path(name).suffix.lower() in formats.SUFFIX_KINDS


def _document_paths(root: Path) -> list[Path]:
    """Document files in `root` and its sub-folders (hidden ones and symlinked folders skipped), up to MAX_DEPTH
    levels and MAX_FILES files. Raises OSError when `root` itself cannot be listed."""
    out: list[Path] = []
    todo = [(root, 0)]
    while todo and len(out) < MAX_FILES:
        folder, depth = todo.pop(0)
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            if folder == root:
                raise
            continue  # an unreadable sub-folder hides only itself
        for name in names:
            path = folder / name
            if name.startswith("."):
                continue
            if is_document_name(name):
                out.append(path)
            elif depth < MAX_DEPTH and not path.is_symlink() and path.is_dir():
                todo.append((path, depth + 1))
    return out[:MAX_FILES]


def scan_library(folder: str | os.PathLike[str], options: LoadOptions | None = None) -> list[LibraryEntry]:
    """The documents inside `folder` and its sub-folders, sorted by title, then path.

    Raises LoadError only when the folder itself cannot be listed.
    """
    root = Path(folder)
    try:
        paths = _document_paths(root)
    except OSError as exc:
        raise os_error(root, exc, "folder") from None
    entries = []
    for path in paths:
        entry = scan_file(str(path), options)
        if entry is not None:
            entry.rel = path.relative_to(root).as_posix()
            entries.append(entry)
    entries.sort(key=lambda e: (e.title.casefold(), e.rel))
    return entries


def scan_file(path: str, options: LoadOptions | None = None) -> LibraryEntry | None:
    """One entry; None for things that are not files (sub-folders, sockets are skipped silently)."""
    options = options or LoadOptions()
    name = os.path.basename(path)
    kind = formats.kind_of(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        return LibraryEntry(path, name, name, 0, kind, error=f"{path}: {exc.strerror or exc}")
    if stat.S_ISDIR(st.st_mode):
        return None
    entry = LibraryEntry(path, name, name, st.st_size, kind, rel=name, modified=st.st_mtime)
    try:
        if st.st_size <= FULL_LOAD_BYTES or st.st_size > options.max_bytes:
            doc = options.load(path)
            entry.fingerprint = doc.fingerprint
        else:
            with open(path, "rb") as fh:
                head = fh.read(HEAD_BYTES)
            # Cut at the last newline so a multi-byte character is not split.
            cut = head.rfind(b"\n")
            doc = parse_document(head[: cut if cut > 0 else len(head)], path, options.encoding)
    except LoadError as exc:
        entry.error = str(exc)
        return entry
    except OSError as exc:  # pragma: no cover - load_document maps these; belt and braces
        entry.error = f"{path}: {exc.strerror or exc}"
        return entry
    entry.title = doc.title or _first_words(doc.text) or name
    entry.kind = doc.meta.get("kind", kind)
    entry.meta = {k: v for k, v in doc.meta.items() if k != "kind"}
    return entry


def _first_words(text: str, limit: int = 80) -> str:
    """A title for a document whose first line is no headline: its opening words."""
    words = " ".join(text[: limit * 2].split())
    return words if len(words) <= limit else words[: limit - 1].rsplit(" ", 1)[0] + "…"


LibrarySort = Literal["title", "file", "date", "size", "claims"]
SORTS: tuple[LibrarySort, ...] = get_args(LibrarySort)


def filter_entries(entries: Sequence[LibraryEntry], query: str) -> list[LibraryEntry]:
    """The library's `/` filter: every word must be in the title or the file's path (case ignored)."""
    words = query.casefold().split()
    return [e for e in entries if all(w in e.title.casefold() or w in e.rel.casefold() for w in words)]


def sort_entries(entries: Sequence[LibraryEntry], by: LibrarySort) -> list[LibraryEntry]:
    """Title and file A→Z; date, size and claims largest (newest) first; unknown counts last."""
    if by == "file":
        return sorted(entries, key=lambda e: e.rel.casefold())
    if by == "date":
        return sorted(entries, key=lambda e: -e.modified)
    if by == "size":
        return sorted(entries, key=lambda e: -e.size)
    if by == "claims":
        return sorted(entries, key=lambda e: (e.claims is None, -(e.claims or 0), e.title.casefold()))
    return sorted(entries, key=lambda e: (e.title.casefold(), e.rel))
