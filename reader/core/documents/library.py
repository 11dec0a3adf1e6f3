"""A folder as a library: the documents in it, each with title, size and kind, for the library screen.

Scanning never raises for one bad file: a file that cannot be opened is listed with `error` set
(the same one-line message `load_document` would give), so the user sees why it will not open.
Claim and annotation counts and the last reading position come from other modules (extractor,
store); the UI fills those fields in.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from reader.core.documents import formats
from reader.core.documents.document import LoadError, LoadOptions, parse_document

FULL_LOAD_BYTES = 4_000_000
"""Files up to this size are fully loaded while scanning (exact title, fingerprint, errors);
larger ones only have their head read, so a folder with a 200 MB log still lists at once."""

HEAD_BYTES = 64_000


@dataclass
class LibraryEntry:
    path: str
    name: str
    title: str
    size: int
    kind: str
    """'text', 'markdown' or 'html'."""
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


def scan_library(folder: str | os.PathLike[str], options: LoadOptions | None = None) -> list[LibraryEntry]:
    """The documents directly inside `folder` (no recursion), sorted by title, then file name.

    Raises LoadError only when the folder itself cannot be listed.
    """
    root = Path(folder)
    try:
        names = sorted(os.listdir(root))
    except FileNotFoundError:
        raise LoadError(f"{root}: no such folder") from None
    except NotADirectoryError:
        raise LoadError(f"{root}: not a folder") from None
    except PermissionError:
        raise LoadError(f"{root}: permission denied") from None
    scanned = [scan_file(str(root / name), options) for name in names if is_document_name(name)]
    entries = [e for e in scanned if e is not None]
    entries.sort(key=lambda e: (e.title.casefold(), e.name))
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
    entry = LibraryEntry(path, name, name, st.st_size, kind)
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
    entry.title = doc.title or name
    entry.kind = doc.meta.get("kind", kind)
    entry.meta = {k: v for k, v in doc.meta.items() if k != "kind"}
    return entry
