"""Documents: loading bytes from disk, decoding, and normalizing into the text every span indexes.

Normalization happens once, here: BOM stripped, CRLF/CR -> LF, Unicode NFC. All offsets in the
program are code points of `Document.text`, so nothing downstream may re-normalize.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.spans import Span

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
"""Files above this are refused with a clear message (configurable with --max-size)."""


class LoadError(Exception):
    """A document could not be opened; the message is one line meant for the user."""


@dataclass
class Document:
    text: str
    path: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """Content hash of the normalized text: the document's identity across moves and renames."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def title_span(self) -> Span:
        end = self.text.find("\n")
        return Span(0, len(self.text) if end < 0 else end)

    @property
    def body_start(self) -> int:
        """Offset where the body begins: after the title line (titles are metadata, not claims)."""
        return min(len(self.text), self.title_span.end)

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path != "-" else "<stdin>"


def normalize(text: str) -> str:
    """BOM stripped, newlines unified, NFC: the one text every offset refers to."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def first_line_title(text: str) -> str:
    for line in text.split("\n", 20)[:20]:
        if line.strip():
            return line.strip()
    return ""


def from_text(text: str, path: str = "-", title: str | None = None) -> Document:
    norm = normalize(text)
    return Document(text=norm, path=path, title=title if title is not None else first_line_title(norm))


def decode(data: bytes, encoding: str | None = None, where: str = "") -> str:
    """Decode bytes as UTF-8 (or a BOM-declared UTF-16/32, or `encoding`); errors name the byte offset."""
    prefix = f"{where}: " if where else ""
    if encoding in (None, "utf-8", "utf8"):
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError as exc:
                raise LoadError(f"{prefix}invalid UTF-16 at byte {exc.start}") from None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LoadError(
                f"{prefix}not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "try --encoding latin-1 or --encoding replace"
            ) from None
    if encoding == "replace":
        return data.decode("utf-8", errors="replace")
    try:
        return data.decode(encoding)
    except LookupError:
        raise LoadError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise LoadError(f"{prefix}not valid {encoding} at byte offset {exc.start}") from None


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the head of a file that is not UTF-16 mean a binary (image, executable...)."""
    head = data[:8192]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file or stdin, refusing what cannot be a document with a one-line reason."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise LoadError(f"<stdin>: more than {max_bytes} bytes; raise the limit with --max-size")
        return data
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(f"{path}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(f"{path}: not a regular file (FIFO, socket or device); pipe it to 'reader -' instead")
    if st.st_size > max_bytes:
        raise LoadError(
            f"{path}: {st.st_size / 1e6:.0f} MB is over the {max_bytes / 1e6:.0f} MB limit; "
            "raise it with --max-size"
        )
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except OSError as exc:
        raise LoadError(f"{path}: {exc.strerror or exc}") from None


def load_document(path: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Open a text document from a path (or '-' for stdin)."""
    data = read_bytes(path, max_bytes)
    where = "<stdin>" if path == "-" else path
    if not data.strip():
        raise LoadError(f"{where}: empty file (nothing to read)")
    if looks_binary(data) and encoding is None:
        raise LoadError(f"{where}: looks like a binary file, not text")
    text = decode(data, encoding, where)
    doc = from_text(text, path)
    if not doc.text.strip():
        raise LoadError(f"{where}: empty file (only whitespace)")
    return doc
